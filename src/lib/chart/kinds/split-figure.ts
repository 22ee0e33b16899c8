/**
 * `split`: a figure's parts as one 100% stacked bar, as the poll page draws a question's answers,
 * with a key under it: per part a swatch, its label in the article's words, the value and its quote.
 * The key is drawn into the canvas so that the page, the PNG, the SVG and the stills agree.
 */
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import type { ResolvedFigure, ResolvedValue } from '$lib/provenance/resolved';
import { font } from '../annotations';
import { checkLabel } from '../checks';
import type { ChartSettings } from '../config';
import { explainFormula, formatValue } from '../format';
import { CHART_PLUGINS, chartPluginOptions, drawnOnce, exportTitles, legendOptions, percentScales, tooltipFonts } from '../frame';
import type { ChartTheme } from '../theme';
import { wrapIn, type ChartContext } from '../wrap';
import { scriptOf, tooltipLines, type BarConfig, type Script } from './rows';
import { partColours, valueLabels } from './split';

/** The key's swatch, in points of the axis, and where its words start. */
const SWATCH = 3.5;
const KEY_TEXT_AT = 5;
const LABEL_SIZE = 13;
const KEY_LABEL_LINES = 2;

/** The second line of a part's key entry: its value, then its quote or how it was derived. */
const keyDetail = (v: ResolvedValue, all: readonly ResolvedValue[]) =>
	[v.quote ? `${formatValue(v)}, “${v.quote.phrase}”` : `derived: ${explainFormula(v.formula ?? '', all, v)}`, ...(v.check ? [checkLabel(v.check)] : [])];

function keyAnnotations(figure: ResolvedFigure, theme: ChartTheme, { lang, family }: Script): Record<string, AnnotationOptions> {
	return Object.fromEntries(
		figure.values.map((v, i) => {
			const detail = keyDetail(v, figure.values);
			/** The label wrapped to the key's width: at most two lines, the data table holds the rest. */
			const label = ({ chart }: ChartContext) => {
				const lines = wrapIn(chart.ctx, `600 ${LABEL_SIZE}px ${family}`, v.label, chart.chartArea.width * (1 - KEY_TEXT_AT / 100), lang);
				return lines.length > KEY_LABEL_LINES ? [...lines.slice(0, KEY_LABEL_LINES - 1), `${lines[KEY_LABEL_LINES - 1]}…`] : lines;
			};
			const key: AnnotationOptions = {
				type: 'label',
				xValue: KEY_TEXT_AT,
				yValue: i + 1,
				position: { x: 'start', y: 'center' },
				padding: 0,
				textAlign: 'start',
				color: ((ctx: ChartContext) => [...label(ctx).map(() => theme.text), theme.muted, theme.text]) as never,
				font: ((ctx: ChartContext) => [...label(ctx).map(() => font(LABEL_SIZE, 600, 'normal', family)), font(12, 400, 'italic', family), font(12, 600, 'normal', family)]) as never,
				content: ((ctx: ChartContext) => [...label(ctx), ...detail]) as never
			};
			return [`key-${v.id}`, key];
		})
	);
}

/** The poll's value of a part, marked across the bar where that part's segment would end. */
function pollMarkers(values: readonly ResolvedValue[], theme: ChartTheme): Record<string, AnnotationOptions> {
	let start = 0;
	const markers: Record<string, AnnotationOptions> = {};
	for (const v of values) {
		if (v.check) markers[`poll-${v.id}`] = { type: 'line', xMin: start + v.check.pollValue, xMax: start + v.check.pollValue, yMin: -0.45, yMax: 0.45, borderColor: theme.text, borderWidth: 3 };
		start += v.value;
	}
	return markers;
}

export function splitFigureConfig(figure: ResolvedFigure, { theme, chrome = null, responsive = true, devicePixelRatio }: ChartSettings): BarConfig {
	const values = figure.values;
	const script = scriptOf(figure);
	const rows = values.length + 1;
	const only = (row: number, value: number) => Array.from({ length: rows }, (_, r) => (r === row ? value : null));
	const colours = values.map((v, i) => partColours(theme, i, v.qualifier === 'derived'));
	const segments = values.map((v, i) => ({ label: v.label, data: only(0, v.value), backgroundColor: colours[i]!.fill, borderColor: theme.background, borderWidth: { top: 0, bottom: 0, left: 0, right: 2 }, borderSkipped: false as const, barThickness: 36 }));
	const swatches = values.map((v, i) => ({ label: v.label, data: only(i + 1, SWATCH), backgroundColor: colours[i]!.fill, borderWidth: 0, barThickness: 16 }));
	const derived = values.flatMap((v, i) => (v.qualifier === 'derived' ? [i, values.length + i] : []));
	const scales = percentScales(theme);
	return {
		type: 'bar',
		data: { labels: ['', ...values.map((v) => v.label)], datasets: [...segments, ...swatches] },
		plugins: CHART_PLUGINS,
		options: {
			indexAxis: 'y',
			...drawnOnce({ responsive, devicePixelRatio }),
			layout: { padding: { top: 8, right: 16, left: 16, bottom: 8 } },
			// The axis above the bar: under it come the key's rows.
			scales: { ...scales, x: { ...scales.x, position: 'top' } },
			plugins: {
				...exportTitles(chrome, theme, 24, script.family),
				legend: legendOptions(theme, false),
				tooltip: {
					...tooltipFonts(script.family),
					filter: (item: { datasetIndex: number }) => item.datasetIndex < values.length,
					callbacks: { title: () => '', label: (item: { datasetIndex: number }) => (values[item.datasetIndex] ? tooltipLines(values[item.datasetIndex]!, values) : '') }
				},
				annotation: {
					clip: false,
					annotations: {
						...valueLabels(values.map((v) => ({ id: v.id, value: v.value, derived: v.qualifier === 'derived', text: formatValue(v) })), theme),
						...pollMarkers(values, theme),
						...keyAnnotations(figure, theme, script)
					}
				},
				...chartPluginOptions(theme, derived, chrome, script.family, script.lang)
			}
		}
	} as unknown as BarConfig;
}
