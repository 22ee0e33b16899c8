/** A number written in digits, words or CJK numerals, with what stands around it. */
import { CURRENCY_BEFORE } from './lexicon';
import { cjkToNumber, digitsToNumber } from './numerals';
import { readPrefix } from './prefix';
import { readSuffix } from './suffix';
import type { Draft } from './classify';
import { NUMBER_WORDS, readWords } from './words';

export const DIGITS = '(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?|[.．][0-9０-９]+';
const WORDS = NUMBER_WORDS.join('|');

const FRACTION_AFTER = /[\s-]+(halves|half|thirds?|quarters?|fourths?|fifths?|tenths?)\b/iy;
const DENOMINATORS: Record<string, number> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10 };
const IN_N = new RegExp(`[\\s-]+(?:in|out[\\s-]+of)[\\s-]+(${DIGITS}|(?:${WORDS}))\\b`, 'iy');
const CJK_IN_N = /人に([0-9０-９]+)人/y;
const RANGE_AND = new RegExp(`(\\s?[%％]|\\s+percent)?\\s+and\\s+(${DIGITS}|(?:${WORDS})(?:[\\s-]+(?:${WORDS}))*)\\b`, 'iy');
const RANGE_DASH = new RegExp(`(?:\\s?[%％])?\\s?[-–~〜]\\s?(${DIGITS})(?=\\s?[%％]|[\\s-]?(?:percent|per\\s?cent)\\b)`, 'iy');
const DAY_RANGE = /\s?[-–]\s?([0-3]?[0-9])\b/y;
const DECADE_BEFORE = /(?:^|[^A-Za-z])(the|their|his|her)\s+(?:(low|lower|early|mid|high|upper|late)[\s-]+)?$/di;
const CURRENCY_SYMBOL = new RegExp(`(${CURRENCY_BEFORE.map(([s]) => s.replace(/\$/g, '\\$')).join('|')})$`);
const CURRENCIES = new Map(CURRENCY_BEFORE);
/** Letters that may follow digits without making them part of a name ("1990s", "3rd", "$5m"). */
const LETTER_SUFFIX = /^(?:st|nd|rd|th|s|m|bn|pct|pts?)(?![A-Za-z])/i;

function stickyAt(re: RegExp, text: string, index: number) {
	re.lastIndex = index;
	return re.exec(text);
}
export const round1 = (n: number) => Math.round(n * 10) / 10;

export function numberOf(written: string): number {
	if (/^[0-9０-９.．,，]+$/.test(written)) return digitsToNumber(written);
	if (/^[一二两三四五六七八九十百]+$/.test(written)) return cjkToNumber(written);
	return readWords(written)?.value ?? Number.NaN;
}

/** Digits that belong to a name or identifier: "G7", "COVID-19", "F-35", "4/27", "5G". */
function inIdentifier(text: string, at: number, end: number): boolean {
	const before = text[at - 1] ?? '';
	if (/[A-Za-z_]/.test(before)) return true;
	// "the mid-40s", "the low-30s": a decade's part, not a name.
	if (before === '-' && /\b(?:mid|low|lower|high|upper|early|late)$/i.test(text.slice(Math.max(0, at - 7), at - 1))) return false;
	if (/[-/_.:#]/.test(before) && /[A-Za-z0-9]/.test(text[at - 2] ?? '')) return true;
	if (/[/:]/.test(text[end] ?? '') && /[0-9]/.test(text[end + 1] ?? '')) return true;
	return /[A-Za-z]/.test(text[end] ?? '') && !LETTER_SUFFIX.test(text.slice(end, end + 4));
}

type Kind = 'digits' | 'cjk' | 'words';

export function numeral(text: string, at: number, written: string, floor: number, kind: Kind): Draft | null {
	const coreEnd = at + written.length;
	const hyakubun = written.startsWith('百分之');
	const value = numberOf(hyakubun ? written.slice(3) : written);
	if (!Number.isFinite(value) || (kind === 'digits' && inIdentifier(text, at, coreEnd))) return null;
	const core = { coreStart: at, coreEnd, value };
	if (kind === 'digits' && text[at - 1] === '第') {
		return { ...core, start: at - 1, end: coreEnd, prefix: { start: at - 1 }, suffix: { end: coreEnd, unit: 'ordinal' } };
	}
	const symbol = CURRENCY_SYMBOL.exec(text.slice(Math.max(floor, at - 3), at));
	const prefix = readPrefix(text, at - (symbol?.[1]?.length ?? 0), floor);
	const base = { ...core, start: prefix.start, prefix };

	const fraction = kind === 'words' ? stickyAt(FRACTION_AFTER, text, coreEnd) : null;
	if (fraction?.[1]) {
		const end = coreEnd + fraction[0].length;
		return { ...base, end, value: round1((value * 100) / (DENOMINATORS[fraction[1].toLowerCase()] ?? 1)), suffix: { end, unit: '%' }, verbal: true };
	}
	const inN = stickyAt(IN_N, text, coreEnd);
	const denominator = inN?.[1] ? numberOf(inN[1]) : Number.NaN;
	if (inN && value >= 1 && value <= denominator && denominator >= 2 && denominator <= 100) {
		const end = coreEnd + inN[0].length;
		return { ...base, end, value: round1((value * 100) / denominator), suffix: { end, unit: '%' }, verbal: true };
	}
	const cjkInN = kind === 'digits' ? stickyAt(CJK_IN_N, text, coreEnd) : null;
	if (cjkInN?.[1]) {
		const end = coreEnd + cjkInN[0].length;
		return { ...base, end, value: round1((digitsToNumber(cjkInN[1]) * 100) / value), suffix: { end, unit: '%' }, verbal: true };
	}
	// "Nov. 14-18": a span of days is one date mention.
	const days = prefix.afterMonth && kind === 'digits' ? stickyAt(DAY_RANGE, text, coreEnd) : null;
	if (days?.[1]) {
		const end = coreEnd + days[0].length;
		return { ...base, end, suffix: { end, unit: 'date' }, qualifier: 'range', high: digitsToNumber(days[1]) };
	}
	const range = prefix.between ? stickyAt(RANGE_AND, text, coreEnd) : kind === 'digits' ? stickyAt(RANGE_DASH, text, coreEnd) : null;
	const high = range ? numberOf(range[2] ?? range[1] ?? '') : Number.NaN;
	// A range climbs: "47%-42%" is a score of two numbers, "40%-45%" one range.
	if (range && Number.isFinite(high) && high > value) {
		const second = coreEnd + range[0].length;
		const suffix = readSuffix(text, second, { digits: true, value: high, written: '' });
		if (range[2] && range[1]) suffix.unit = '%';
		return { ...base, end: suffix.end, suffix, qualifier: 'range', high };
	}
	if (kind === 'digits' && /^(?:\d0|\d{3}0)$/.test(written) && /^s(?![A-Za-z])/.test(text.slice(coreEnd, coreEnd + 2))) {
		return decade(text, at, coreEnd, value, floor, base);
	}

	const suffix = readSuffix(text, coreEnd, { digits: kind === 'digits', value, written });
	if (prefix.afterMonth && kind === 'digits' && suffix.unit === 'other' && value >= 1 && value <= 31) suffix.unit = 'date';
	// "one-sidedness", "one-time": a number word inside another word is no number.
	if (kind === 'words' && suffix.unit === 'other' && text[coreEnd] === '-') return null;
	if (hyakubun) suffix.unit = '%';
	if (symbol?.[1] && (suffix.unit === 'other' || suffix.unit === 'count')) {
		Object.assign(suffix, { unit: 'money', currency: CURRENCIES.get(symbol[1]), noun: undefined });
	}
	return { ...base, end: suffix.end, suffix };
}

/** "the 30s", "the low 40s", "the 1990s", "their 30s" (an age). */
function decade(text: string, at: number, coreEnd: number, value: number, floor: number, base: Omit<Draft, 'end' | 'suffix'>): Draft {
	const from = Math.max(floor, at - 16);
	const the = DECADE_BEFORE.exec(text.slice(from, at));
	const part = the?.[2]?.toLowerCase();
	// "the 1800s" spans a century, "the 1990s" and "the 30s" a decade.
	const span = value >= 1000 && value % 100 === 0 && value % 1000 !== 0 ? 99 : 9;
	const [low, high] = part === 'low' || part === 'lower' || part === 'early' ? [value, value + 3] : part === 'mid' ? [value + 4, value + 6] : part === 'high' || part === 'upper' || part === 'late' ? [value + 7, value + span] : [value, value + span];
	const unit = value >= 1000 ? 'date' : the && /^the$/i.test(the[1] ?? '') ? '%' : 'other';
	const end = coreEnd + 1;
	return { ...base, start: the ? from + (the.indices?.[1]?.[0] ?? 0) : at, value: low, high, end, qualifier: 'range', suffix: { end, unit } };
}
