import type { ChartConfiguration } from 'chart.js';
import type { ResolvedFigure } from '$lib/provenance/resolved';
import { Chart } from './register';
import { toChartConfig } from './config';
import { THEMES, type ChartTheme } from './theme';

// Canvas text falls back to another font if the face is not loaded when Chart.js draws.
const FACES = ['400 12px Inter', 'italic 400 12px Inter', '600 13px Inter', '700 15px Inter'];

type BarConfig = ChartConfiguration<'bar', (number | null)[], string>;

/** Draws a chart once Inter is loaded; the caller destroys it. */
export async function drawChart(canvas: HTMLCanvasElement, config: () => BarConfig) {
	await Promise.all(FACES.map((face) => document.fonts.load(face))).catch(() => undefined);
	return new Chart(canvas, config());
}

/** The page's chart: responsive, without title or source (the page shows them as text). */
export const drawPageChart = (canvas: HTMLCanvasElement, figure: ResolvedFigure, theme: ChartTheme['name']) =>
	drawChart(canvas, () => toChartConfig(figure, { theme: THEMES[theme] }));
