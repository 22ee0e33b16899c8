import type { ResolvedFigure } from '$lib/provenance/resolved';
import { CHART_KINDS } from './kinds';
import type { BarConfig } from './kinds/rows';
import type { ChartTheme } from './theme';

export type { BarConfig };

/** Title, subtitle and source drawn into the canvas, for images that travel without the page. */
export interface ChartChrome {
	title: string;
	subtitle: string;
	source: string;
}

export interface ChartSettings {
	theme: ChartTheme;
	/** Draw title and source into the canvas (exports); pages show them as HTML instead. */
	chrome?: ChartChrome | null;
	/** Fill the container (browser) or keep the canvas size (Node). */
	responsive?: boolean;
	devicePixelRatio?: number;
}

/**
 * The one Chart.js configuration of a figure, built by its kind (kinds/index.ts): the browser, the
 * PNG and the SVG renderers all draw this, so they cannot disagree. Pure: no DOM, no globals, no
 * registration.
 */
export const toChartConfig = (figure: ResolvedFigure, settings: ChartSettings): BarConfig => CHART_KINDS[figure.kind ?? 'parts'].build(figure, settings);
