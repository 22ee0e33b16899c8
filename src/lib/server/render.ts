import { createCanvas, SvgExportFlag, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { Chart } from '$lib/chart/register';
import { toChartConfig, type ChartChrome } from '$lib/chart/config';
import { chartHeight } from '$lib/chart/sizes';
import { chartFontFamily, scriptFontFor } from '$lib/chart/scripts';
import type { ChartTheme } from '$lib/chart/theme';
import type { ResolvedFigure } from '$lib/provenance/resolved';
import { registerFonts, registerScriptFonts } from './fonts';
import { embeddedFaces, flatFont, registerFlatFaces, withFlatFaces } from './svgFonts';
import { svgFontFamily, textToLines, type Measure } from './svgText';

export interface RenderRequest {
	figure: ResolvedFigure;
	theme: ChartTheme;
	/** CSS pixels; the PNG is `scale` times wider. */
	width: number;
	height?: number;
	scale?: number;
	chrome?: ChartChrome | null;
}

/** Registers the faces a request draws in: Inter, and its language's script face for the words it holds. */
function registerFacesFor(request: RenderRequest): void {
	registerFonts();
	registerScriptFonts(request.figure.lang, JSON.stringify([request.figure, request.chrome]));
}

/** Draws the chart, hands the drawn canvas to `read`, then frees the chart (which clears it). */
function draw<T>(ctx: SKRSContext2D, request: RenderRequest, width: number, height: number, scale: number, read: () => T): T {
	const config = toChartConfig(request.figure, {
		theme: request.theme,
		chrome: request.chrome ?? null,
		responsive: false,
		devicePixelRatio: scale
	});
	// Chart.js's types expect a DOM context; @napi-rs/canvas implements the same drawing API.
	const chart = new Chart(ctx as unknown as CanvasRenderingContext2D, config);
	// Sizing draws the chart; another draw() would record every element twice in an SVG.
	chart.resize(width, height);
	const result = read();
	chart.destroy();
	return result;
}

/**
 * One canvas per pixel size, reused. @napi-rs/canvas keeps about 5 MB of native memory for every
 * canvas created, even after garbage collection (100 PNGs on new canvases: +500 MB; on one reused
 * canvas: +21 MB), and a build draws a dozen images per chart: 300 charts took 11 GB. Reuse is
 * safe because rendering is synchronous and Chart.js clears the whole canvas before it draws.
 */
const canvases = new Map<string, Canvas>();
function canvasOf(width: number, height: number): Canvas {
	const key = `${width}x${height}`;
	const canvas = canvases.get(key) ?? createCanvas(width, height);
	canvases.set(key, canvas);
	return canvas;
}

/** The chart as PNG bytes, drawn from the same configuration as the browser. */
export function renderPng(request: RenderRequest): Buffer {
	registerFacesFor(request);
	const scale = request.scale ?? 2;
	const height = request.height ?? chartHeight(request.figure, Boolean(request.chrome));
	const canvas = canvasOf(request.width * scale, height * scale);
	return draw(canvas.getContext('2d'), request, request.width, height, scale, () => canvas.encodeSync('png'));
}

/**
 * SVG's clip-path ids come from a per-process counter; renumbering them in order of appearance
 * makes the file depend on the chart alone.
 */
export function renumberSvgIds(svg: string): string {
	const ids = new Map<string, string>();
	return svg.replace(/\bcl_[0-9a-z]+\b/g, (id) => {
		if (!ids.has(id)) ids.set(id, `clip-${ids.size}`);
		return ids.get(id) ?? id;
	});
}

/** Skia writes six decimals; two keep every position exact to a hundredth of a pixel. */
export const trimDecimals = (svg: string): string => svg.replace(/(\d\.\d\d)\d+/g, '$1');

/** Measures as the canvas that drew the chart did, with the same registered faces and fallbacks. */
const measureCtx = createCanvas(1, 1).getContext('2d');
const measureIn = (family: string): Measure => (text, face, size) => {
	measureCtx.font = `${face.style} ${face.weight} ${size}px ${family}`;
	return measureCtx.measureText(text).width;
};

/** The characters each face draws, keyed by weight and style, as textToLines records them. */
export type UsedFaces = ReturnType<typeof textToLines>['used'];

/**
 * The chart as SVG with its words as `<text>` lines, and the characters each face draws, before
 * any font is embedded: a page inlining several charts embeds their faces once.
 */
export async function svgWithText(request: RenderRequest): Promise<{ svg: string; used: UsedFaces }> {
	registerFacesFor(request);
	await registerFlatFaces();
	const height = request.height ?? chartHeight(request.figure, Boolean(request.chrome));
	const canvas = createCanvas(request.width, height, SvgExportFlag.NoPrettyXML);
	const drawn = draw(withFlatFaces(canvas.getContext('2d')), request, request.width, height, 1, () => canvas.getContent().toString('utf8'));
	const lang = request.figure.lang;
	return textToLines(trimDecimals(renumberSvgIds(drawn)), measureIn(flatFont(chartFontFamily(lang))), svgFontFamily(lang));
}

/**
 * The chart as SVG with its words as `<text>` lines (selectable, searchable, editable), drawn in
 * an embedded subset of Inter so browsers show it as the PNG does; other viewers use the font
 * stack (Inter if installed).
 */
export async function renderSvg(request: RenderRequest): Promise<string> {
	const { svg, used } = await svgWithText(request);
	const fonts = await embeddedFaces(used.values(), scriptFontFor(request.figure.lang));
	return svg.replace(/<svg[^>]*>/, (open) => open + (fonts ? `<defs><style>${fonts}</style></defs>` : ''));
}
