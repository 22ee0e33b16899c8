/** The parts every chart kind's configuration shares: its 0–100% axis and the export titles. */
import { font } from './annotations';
import type { ChartChrome, ChartSettings } from './config';
import background from './plugins/plugin.background';
import hatch from './plugins/plugin.hatch';
import sourceLinePlugin from './plugins/plugin.sourceLine';
import { formatTick } from './format';
import { FONT_FAMILY, type ChartTheme } from './theme';

/** The shares axis: 0 to 100%, ticks every 25, stacked bars. */
export function percentScales(theme: ChartTheme) {
	return {
		x: {
			stacked: true,
			min: 0,
			max: 100,
			border: { display: false },
			grid: { color: theme.grid },
			ticks: { stepSize: 25, color: theme.muted, font: font(12), callback: (v: number | string) => formatTick(Number(v)) }
		},
		y: { stacked: true, display: false }
	} as const;
}

/**
 * Title and subtitle, drawn only in exports (pages set them as HTML); `gap` is the room under the
 * subtitle, `family` the font stack of their language.
 */
export function exportTitles(chrome: ChartChrome | null, theme: ChartTheme, gap: number, family?: string) {
	return {
		title: { display: chrome !== null, text: chrome?.title ?? '', align: 'start', color: theme.text, font: font(20, 700, 'normal', family), padding: { top: 8, bottom: 2 } },
		subtitle: { display: chrome !== null, text: chrome?.subtitle ?? '', align: 'start', color: theme.muted, font: font(14, 400, 'normal', family), padding: { bottom: gap } }
	} as const;
}

/** The legend under a chart: its swatches in the chart's font, not a control (clicks hide nothing). */
export function legendOptions(theme: ChartTheme, display: boolean, family?: string) {
	return {
		display,
		position: 'bottom',
		align: 'start',
		onClick: () => {},
		labels: { color: theme.text, font: font(12, 400, 'normal', family), boxWidth: 14, boxHeight: 14 }
	} as const;
}

/** The legend entry of derived, hatched bars, in every kind. */
export const DERIVED_LEGEND = 'Derived, not stated';

/** The tooltip's type, in the font stack of the chart's language. */
export const tooltipFonts = (family?: string) => ({ titleFont: font(13, 600, 'normal', family), bodyFont: font(13, 400, 'normal', family) });

/** The Chart.js plugins every kind draws with: the background, the hatching, the source line of exports. */
export const CHART_PLUGINS = [background, hatch, sourceLinePlugin];

/** Options every kind shares: drawn once, without animation, at the box's size in the browser and the canvas's in Node. */
export const drawnOnce = ({ responsive = true, devicePixelRatio }: Pick<ChartSettings, 'responsive' | 'devicePixelRatio'>) =>
	({ responsive, maintainAspectRatio: false, animation: false, devicePixelRatio }) as const;

/** The options of CHART_PLUGINS: the theme's background, hatching on `hatched` datasets, the source line. */
export const chartPluginOptions = (theme: ChartTheme, hatched: number[], chrome: ChartChrome | null, family?: string, lang?: string) => ({
	citechartsBackground: { color: theme.background },
	citechartsHatch: { datasets: hatched, color: theme.hatch },
	citechartsSourceLine: sourceLineOptions(chrome, theme, family, lang)
});

/** The source line of exports (plugin.sourceLine), in the font stack and line breaking of its language. */
export const sourceLineOptions = (chrome: ChartChrome | null, theme: ChartTheme, family = FONT_FAMILY, lang = 'en') => ({
	text: chrome?.source ?? '',
	color: theme.muted,
	font: `400 12px ${family}`,
	lineHeight: 16,
	inset: 16,
	lang
});
