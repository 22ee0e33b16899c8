/**
 * Line breaking for the words drawn on a chart. Spaces separate words in English; Japanese and
 * Chinese write none, so a label in them would never break. Breaks come from spaces and, between
 * two characters of a script written without spaces, from `Intl.Segmenter`'s word boundaries in
 * the text's language, following the usual Japanese rules (kinsoku): no break inside a number,
 * after an opening bracket, before a closing one or a small kana. Text without such characters
 * wraps exactly as a space-only greedy wrap does.
 */

/** Characters of scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]/u;
/** A line may break after these: closing brackets and the ideographic comma and stops. */
const CLOSE = /[」』）】〕］｝〉》、。，．！？”’]/u;
/** ... and before an opening bracket. */
const OPEN = /[「『（【〔［｛〈《“‘]/u;
/** Small kana and the prolonged sound mark never start a line (kinsoku). */
const NO_START = /[ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー々]/u;
/** Digits and a percent sign: a number may sit on either side of a break among kana and kanji. */
const NUMBER = /[\p{N}%％]/u;

const canEndLine = (ch: string) => UNSPACED.test(ch) || CLOSE.test(ch) || NUMBER.test(ch);
const canStartLine = (ch: string) => (UNSPACED.test(ch) && !NO_START.test(ch)) || OPEN.test(ch) || /\p{N}/u.test(ch);

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
	let s = segmenters.get(lang);
	if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'word' })));
	return s;
}

/** A space-free word cut where a line may break inside it. */
function pieces(word: string, lang: string): string[] {
	if (!UNSPACED.test(word)) return [word];
	const out: string[] = [];
	for (const { segment } of segmenter(lang).segment(word)) {
		const last = out.at(-1);
		const before = last?.at(-1) ?? '';
		const breaks = last !== undefined && canEndLine(before) && canStartLine(segment[0]!) && !(NUMBER.test(before) && /\p{N}/u.test(segment[0]!));
		if (breaks || last === undefined) out.push(segment);
		else out[out.length - 1] = last + segment;
	}
	return out;
}

/** Greedy wrap to a pixel width, breaking at spaces and at the language's word boundaries. */
export function wrapText(measure: (text: string) => number, text: string, maxWidth: number, lang = 'en'): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		pieces(word, lang).forEach((piece, i) => {
			// The first piece of a word follows a space; the others join the piece before them.
			const candidate = line ? `${line}${i === 0 ? ' ' : ''}${piece}` : piece;
			if (line && measure(candidate) > maxWidth) {
				lines.push(line);
				line = piece;
			} else line = candidate;
		});
	}
	if (line) lines.push(line);
	return lines;
}

/** The context of a chart being drawn, as the helpers that measure its words need it. */
export type ChartContext = { chart: { ctx: CanvasRenderingContext2D; chartArea: { width: number } } };

/** `text` wrapped to `maxWidth` as `ctx` draws it in `font`; the context's own font is left as it was. */
export function wrapIn(ctx: CanvasRenderingContext2D, font: string, text: string, maxWidth: number, lang = 'en'): string[] {
	ctx.save();
	ctx.font = font;
	const lines = wrapText((t) => ctx.measureText(t).width, text, maxWidth, lang);
	ctx.restore();
	return lines;
}
