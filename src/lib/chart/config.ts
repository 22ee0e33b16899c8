import type { ChartConfiguration, ScriptableContext } from 'chart.js';
import type { FigureKind } from '$lib/content/types';
import type { ResolvedFigure } from '$lib/provenance/resolved';
import { annotationsFor, BAR_THICKNESS, font } from './annotations';
import { checkSentence } from './checks';
import { exportTitles, legendOptions, percentScales } from './frame';
import { explainFormula, formatValue } from './format';
import background from './plugins/plugin.background';
import hatch from './plugins/plugin.hatch';
import sourceLinePlugin from './plugins/plugin.sourceLine';
import { chartFontFamily } from './scripts';
import type { ChartTheme } from './theme';

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

type BarConfig = ChartConfiguration<'bar', (number | null)[], string>;

/** Horizontal 0–100% bars labelled in the article's words, the derived ones hatched. */
function barsConfig(
	figure: ResolvedFigure,
	{ theme, chrome = null, responsive = true, devicePixelRatio }: ChartSettings,
	statedLabel: string
): BarConfig {
	const stated = figure.values.map((v) => (v.qualifier === 'derived' ? null : v.value));
	const derived = figure.values.map((v) => (v.qualifier === 'derived' ? v.value : null));
	const hasDerived = derived.some((d) => d !== null);
	const family = chartFontFamily(figure.lang);
	const datasets = [
		{ label: statedLabel, data: stated, backgroundColor: theme.stated },
		...(hasDerived
			? [{ label: 'Derived, not stated', data: derived, backgroundColor: theme.derived }]
			: [])
	].map((d) => ({ ...d, barThickness: BAR_THICKNESS, borderWidth: 0 }));

	return {
		type: 'bar',
		data: { labels: figure.values.map((v) => v.label), datasets },
		plugins: [background, hatch, sourceLinePlugin],
		options: {
			indexAxis: 'y',
			responsive,
			maintainAspectRatio: false,
			animation: false,
			devicePixelRatio,
			// Room above the first bar for its label when it wraps to three lines (the subtitle gives it in exports).
			layout: { padding: { top: chrome ? 8 : 26, right: 76, left: 16, bottom: 8 } },
			scales: percentScales(theme),
			plugins: {
				...exportTitles(chrome, theme, 34, family),
				legend: legendOptions(theme, hasDerived),
				tooltip: {
					titleFont: font(13, 600, 'normal', family),
					bodyFont: font(13, 400, 'normal', family),
					callbacks: {
						label: (item: ScriptableContext<'bar'> | { dataIndex: number }) => {
							const v = figure.values[item.dataIndex];
							if (!v) return '';
							const shown = formatValue(v);
							const line = v.quote ? `${shown}: “${v.quote.phrase}”` : `derived: ${explainFormula(v.formula ?? '', figure.values, v)}`;
							return v.check ? [line, `${checkSentence({ ...v, check: v.check })}`] : line;
						}
					}
				},
				annotation: { clip: false, annotations: annotationsFor(figure, theme) },
				citechartsBackground: { color: theme.background },
				citechartsHatch: { datasets: hasDerived ? [1] : [], color: theme.hatch },
				citechartsSourceLine: {
					text: chrome?.source ?? '',
					color: theme.muted,
					font: `400 12px ${family}`,
					lineHeight: 16,
					inset: 16,
					lang: figure.lang
				}
			}
		}
	};
}

/**
 * One builder per chart kind (DESIGN.md, "Chart kinds"). `groups` draws the same bars as
 * `parts`, but its bars share no whole: the rules check each against 100 and allow no derived
 * rest, and its text alternative says so.
 */
const BUILDERS: Record<FigureKind, (figure: ResolvedFigure, settings: ChartSettings) => BarConfig> = {
	parts: (figure, settings) => barsConfig(figure, settings, 'Stated in the article'),
	groups: (figure, settings) => barsConfig(figure, settings, 'Share of each group, as stated')
};

/**
 * The one Chart.js configuration of a figure: the browser, the PNG and the SVG renderers all
 * draw this, so they cannot disagree. Pure: no DOM, no globals, no registration.
 */
export const toChartConfig = (figure: ResolvedFigure, settings: ChartSettings): BarConfig => BUILDERS[figure.kind ?? 'parts'](figure, settings);
