/**
 * Text of an HTML page that is in a script without spaces (Japanese, Chinese) but sits in no
 * element whose `lang` is the one expected (or one of them, on pages that list several articles).
 * Reads the markup as a stack of open elements, without a browser: scripts, styles and the head
 * are skipped (their text is not the page's words).
 */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

export function unmarkedCjk(html: string, lang: string | readonly string[]): string[] {
	const expected = new Set(typeof lang === 'string' ? [lang] : lang);
	const body = html.slice(html.indexOf('<body'));
	const stack: (string | null)[] = [];
	const out: string[] = [];
	const current = () => stack.findLast((l) => l !== null) ?? 'en';
	for (const m of body.replace(/<(script|style|textarea)\b[\s\S]*?<\/\1>/g, '').matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>|([^<]+)/g)) {
		const [, close, name, attrs, text] = m;
		if (text !== undefined) {
			if (CJK.test(text) && !expected.has(current())) out.push(text.trim());
		} else if (close) {
			stack.pop();
		} else if (!VOID.has(name!.toLowerCase()) && !attrs!.endsWith('/')) {
			stack.push(/\slang="([^"]*)"/.exec(attrs!)?.[1] ?? null);
		}
	}
	return out;
}
