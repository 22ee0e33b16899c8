import type { ResolvedFigure } from '$lib/provenance/resolved';
import { Chart } from './register';
import { toChartConfig } from './config';
import { THEMES, type ChartTheme } from './theme';

// Canvas text falls back to another font if the face is not loaded when Chart.js draws.
const FACES = ['400 12px Inter', 'italic 400 12px Inter', '600 13px Inter', '700 15px Inter'];

/** Draws a figure on a page's canvas once Inter is loaded; the caller destroys the chart. */
export async function drawChart(canvas: HTMLCanvasElement, figure: ResolvedFigure, theme: ChartTheme['name']): Promise<Chart<'bar', (number | null)[], string>> {
	await Promise.all(FACES.map((face) => document.fonts.load(face))).catch(() => undefined);
	return new Chart(canvas, toChartConfig(figure, { theme: THEMES[theme] }));
}
