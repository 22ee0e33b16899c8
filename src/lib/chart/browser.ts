import type { ChartConfiguration } from 'chart.js';
import regular from '@fontsource/inter/files/inter-latin-400-normal.woff2?url';
import italic from '@fontsource/inter/files/inter-latin-400-italic.woff2?url';
import semibold from '@fontsource/inter/files/inter-latin-600-normal.woff2?url';
import bold from '@fontsource/inter/files/inter-latin-700-normal.woff2?url';
import type { ResolvedFigure } from '$lib/provenance/resolved';
import { Chart } from './register';
import { toChartConfig } from './config';
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

/** Draws a chart once its fonts are loaded; the caller destroys it. */
export async function drawChart(canvas: HTMLCanvasElement, config: () => BarConfig) {
	await loadChartFonts();
	return new Chart(canvas, config());
}

/** The page's chart: responsive, without title or source (the page shows them as text). */
export const drawPageChart = (canvas: HTMLCanvasElement, figure: ResolvedFigure, theme: ChartTheme['name']) =>
	drawChart(canvas, () => toChartConfig(figure, { theme: THEMES[theme] }));
