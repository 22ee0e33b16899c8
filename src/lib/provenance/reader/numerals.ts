/** Numerals: digits (ASCII and full-width) and CJK numerals; English words are in words.ts. */

/** Full-width digits and separators as ASCII, so "７０．５" reads as 70.5. */
export function asciiDigits(text: string): string {
	return text.replace(/[０-９．，]/g, (c) => (c === '．' ? '.' : c === '，' ? ',' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** "2,749" → 2749, "７０" → 70, ".5" → 0.5. */
export function digitsToNumber(digits: string): number {
	return Number(asciiDigits(digits).replace(/,/g, ''));
}

const CJK_DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Reads 七, 十, 七十, 七十五, 百; digits pass through. NaN when it cannot. */
export function cjkToNumber(text: string): number {
	if (/^[0-9０-９.．,，]+$/.test(text)) return digitsToNumber(text);
	if (text === '百') return 100;
	const m = /^([一二两三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
	if (!m || text === '') return Number.NaN;
	const [, tens = '', ten = '', units = ''] = m;
	if (!ten) return tens ? (CJK_DIGIT[tens] ?? Number.NaN) : Number.NaN;
	return (tens ? (CJK_DIGIT[tens] ?? 0) : 1) * 10 + (units ? (CJK_DIGIT[units] ?? 0) : 0);
}
