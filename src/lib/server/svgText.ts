import { SCRIPT_CHAR, scriptFontFor, svgScriptFamily } from '$lib/chart/scripts';
import { CHART_FONT, FONT_FAMILY } from '$lib/chart/theme';

/**
 * Turns the text that @napi-rs/canvas writes into an SVG (one `<text>` per word, one x per glyph,
 * spaces as empty `<text>` elements) into one `<text>` per drawn line with a single x, so the
 * title, labels, quotes and source line can be selected, searched and edited as lines.
 */

/** One of the chart's faces: the weights and style Chart.js asks for. */
export interface Face {
	weight: 400 | 600 | 700;
	style: 'normal' | 'italic';
}

/** The face of a run, given the weight and style Skia writes (one step below the face's weight). */
const SKIA_WEIGHTS: Record<string, Face['weight']> = { '': 400, '500': 600, '600': 700 };

/** Viewers without the embedded face use Inter if installed, then common sans faces. */
export const SVG_FONT_FAMILY = FONT_FAMILY.replace(`'${CHART_FONT}', `, '');

/** The SVG's font stack for a language: Inter, then the language's script face (embedded too), then the fallbacks. */
export function svgFontFamily(lang: string): string {
	const face = scriptFontFor(lang);
	return face ? SVG_FONT_FAMILY.replace(/^Inter, /, `Inter, '${svgScriptFamily(face)}', `) : SVG_FONT_FAMILY;
}

/** Width of `text` drawn in `face` at `size` px, as the canvas that drew the chart measures it. */
export type Measure = (text: string, face: Face, size: number) => number;

interface Run {
	attrs: Record<string, string>;
	face: Face;
	size: number;
	xs: number[];
	ys: number[];
	/** Escaped as Skia wrote it. */
	content: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export const unescapeXml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);

const numbers = (list = '') => list.split(',').map((n) => n.trim()).filter(Boolean).map(Number);

function parseRun(attrText: string, content: string): Run {
	const attrs = Object.fromEntries([...attrText.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
	const weight = SKIA_WEIGHTS[attrs['font-weight'] ?? ''];
	if (weight === undefined) throw new Error(`SVG text: unexpected font-weight ${attrs['font-weight']} from the canvas; map it in SKIA_WEIGHTS`);
	const face: Face = { weight, style: attrs['font-style'] === 'italic' ? 'italic' : 'normal' };
	return { attrs, face, size: Number(attrs['font-size']), xs: numbers(attrs.x), ys: numbers(attrs.y), content };
}

/** A line being collected: runs of one fillText call, joined. */
interface Line {
	run: Run;
	x: number;
	text: string;
}

/** Text only a script face draws: Skia writes it in that face's own weight and style, not the line's. */
const scriptOnly = (run: Run) => [...unescapeXml(run.content)].every((c) => SCRIPT_CHAR.test(c));

const sameLine = (a: Run, b: Run) =>
	a.attrs.fill === b.attrs.fill &&
	a.attrs.transform === b.attrs.transform &&
	a.size === b.size &&
	((a.face.weight === b.face.weight && a.face.style === b.face.style) || scriptOnly(b)) &&
	a.ys[0] === b.ys[0];

const round = (n: number) => String(Math.round(n * 100) / 100);

function lineElement({ run, x, text }: Line, measure: Measure, record: (face: Face, text: string) => void, family: string): string {
	const plain = unescapeXml(text);
	record(run.face, plain);
	const width = measure(plain, run.face, run.size);
	// Chart.js draws centred and right-aligned text at the origin of a translated context (axis ticks).
	const anchor = !run.attrs.transform ? 'start' : Math.abs(x + width / 2) < 0.05 ? 'middle' : Math.abs(x + width) < 0.05 ? 'end' : 'start';
	const at = anchor === 'middle' ? x + width / 2 : anchor === 'end' ? x + width : x;
	const attrs = [
		`fill="${run.attrs.fill ?? '#000'}"`,
		run.attrs.transform ? `transform="${run.attrs.transform}"` : '',
		`x="${round(at)}" y="${round(run.ys[0] ?? 0)}"`,
		`font-family="${family}" font-size="${run.size}"`,
		run.face.weight !== 400 ? `font-weight="${run.face.weight}"` : '',
		run.face.style === 'italic' ? 'font-style="italic"' : '',
		anchor !== 'start' ? `text-anchor="${anchor}"` : ''
	];
	return `<text ${attrs.filter(Boolean).join(' ')}>${text}</text>`;
}

/**
 * Rewrites every run of adjacent `<text>` elements into lines. A run joins the line before it
 * when it shares its style and baseline and starts where the line, measured, ends; anything
 * else starts a new line, so separate fillText calls never merge. Returns the SVG and the
 * characters each face draws (for the embedded subset).
 */
export function textToLines(svg: string, measure: Measure, family = SVG_FONT_FAMILY): { svg: string; used: Map<string, { face: Face; chars: Set<string> }> } {
	const used = new Map<string, { face: Face; chars: Set<string> }>();
	const record = (face: Face, text: string) => {
		const key = `${face.weight}-${face.style}`;
		const entry = used.get(key) ?? { face, chars: new Set<string>() };
		for (const ch of text) entry.chars.add(ch);
		used.set(key, entry);
	};
	const out = svg.replace(/(?:<text[^>]*>[^<]*<\/text>)+/g, (group) => {
		// A run whose glyphs sit on several baselines (text on a path) is kept as Skia wrote it.
		const lines: (Line | string)[] = [];
		let space = false;
		for (const m of group.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)) {
			const run = parseRun(m[1]!, m[2]!);
			if (run.xs.length === 0 && !run.content.trim()) {
				space = true;
				continue;
			}
			const last = lines.at(-1);
			const single = new Set(run.ys).size === 1;
			const joined = typeof last === 'object' ? last.text + (space ? ' ' : '') : '';
			const fits =
				typeof last === 'object' && single && sameLine(last.run, run) &&
				Math.abs(last.x + measure(unescapeXml(joined), run.face, run.size) - run.xs[0]!) < 0.5;
			if (typeof last === 'object' && fits) last.text = joined + run.content;
			else lines.push(single ? { run, x: run.xs[0] ?? 0, text: run.content } : m[0]);
			space = false;
		}
		return lines.map((line) => (typeof line === 'string' ? line : lineElement(line, measure, record, family))).join('');
	});
	return { svg: out, used };
}
