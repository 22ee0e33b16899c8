import type { ChartConfiguration } from 'chart.js';
import regular from '@fontsource/inter/files/inter-latin-400-normal.woff2?url';
import italic from '@fontsource/inter/files/inter-latin-400-italic.woff2?url';
import semibold from '@fontsource/inter/files/inter-latin-600-normal.woff2?url';
import bold from '@fontsource/inter/files/inter-latin-700-normal.woff2?url';
import type { ResolvedFigure } from '$lib/provenance/resolved';
import { Chart } from './register';
import { toChartConfig } from './config';
import { scriptChars, scriptFontFor } from './scripts';
import { CHART_FONT, THEMES, type ChartTheme } from './theme';

type BarConfig = ChartConfiguration<'bar', (number | null)[], string>;

// The same files the page preloads, so they come from the cache.
const FACES: [string, FontFaceDescriptors][] = [
	[regular, { weight: '400' }],
	[italic, { weight: '400', style: 'italic' }],
	[semibold, { weight: '600' }],
	[bold, { weight: '700' }]
];

let fontsReady: Promise<unknown> | undefined;

/** Loads the chart's faces once; canvas text drawn before that would use a fallback font. */
function loadChartFonts() {
	fontsReady ??= Promise.all(
		FACES.map(async ([url, descriptors]) => {
			const face = new FontFace(CHART_FONT, `url(${url}) format('woff2')`, { ...descriptors, display: 'block' });
			document.fonts.add(await face.load());
		})
	).catch(() => undefined);
	return fontsReady;
}

/**
 * Loads the script face a figure's words need (Japanese, Chinese), from the @font-face rules the
 * server writes into every page of a site that has such content; nothing for English.
 */
function loadScriptFonts(figure: ResolvedFigure) {
	const face = scriptFontFor(figure.lang);
	const text = [...scriptChars(JSON.stringify(figure))].join('');
	if (!face || !text) return;
	return Promise.all(face.weights.map((w) => document.fonts.load(`${w} 16px '${face.family}'`, text))).catch(() => undefined);
}

/** Draws a chart once its fonts (and those of `figure`'s language) are loaded; the caller destroys it. */
export async function drawChart(canvas: HTMLCanvasElement, config: () => BarConfig, figure?: ResolvedFigure) {
	await Promise.all([loadChartFonts(), figure && loadScriptFonts(figure)]);
	return new Chart(canvas, config());
}

/** The page's chart: responsive, without title or source (the page shows them as text). */
export const drawPageChart = (canvas: HTMLCanvasElement, figure: ResolvedFigure, theme: ChartTheme['name']) =>
	drawChart(canvas, () => toChartConfig(figure, { theme: THEMES[theme] }), figure);
