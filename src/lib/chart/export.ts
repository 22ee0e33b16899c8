import type { ResolvedFigure } from '$lib/provenance/resolved';
import { toChartConfig, type ChartChrome } from './config';
import { chartHeight, EXPORT_WIDTH } from './sizes';
import { drawChart } from './browser';
import { THEMES, type ThemeName } from './theme';

export interface PngExport {
	figure: ResolvedFigure;
	chrome: ChartChrome;
	/** Pixel width of the image; the layout is the built PNG's, scaled. */
	width: number;
	theme: ThemeName;
}

/**
 * Draws the chart off screen as the Node renderer does (same configuration, same CSS layout
 * width, the source line drawn in) and returns it as a PNG blob.
 */
export async function exportPng({ figure, chrome, width, theme }: PngExport): Promise<Blob> {
	const canvas = document.createElement('canvas');
	canvas.width = EXPORT_WIDTH;
	canvas.height = chartHeight(figure, true);
	const chart = await drawChart(canvas, () =>
		toChartConfig(figure, { theme: THEMES[theme], chrome, responsive: false, devicePixelRatio: width / EXPORT_WIDTH }), figure
	);
	try {
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))), 'image/png')
		);
	} finally {
		chart.destroy();
	}
}
