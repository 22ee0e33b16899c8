/**
 * Horizontal bars, one per row, each labelled above in the article's words and cited at its end:
 * the drawing `parts`, `groups`, `counts` and `change` share. A kind decides the rows and the axis;
 * this decides how a row is drawn, so every kind cites the same way.
 */
import type { ChartConfiguration } from 'chart.js';
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import type { ResolvedFigure, ResolvedValue } from '$lib/provenance/resolved';
import { BAR_THICKNESS, font } from '../annotations';
import { checkSentence } from '../checks';
import type { ChartSettings } from '../config';
import { explainFormula, formatValue } from '../format';
import { CHART_PLUGINS, chartPluginOptions, DERIVED_LEGEND, drawnOnce, exportTitles, legendOptions, tooltipFonts } from '../frame';
import { chartFontFamily } from '../scripts';
import { bandHeight } from '../sizes';
import type { ChartTheme } from '../theme';
import { wrapIn, type ChartContext } from '../wrap';
import { valueAnnotation } from './value-label';

export type BarConfig = ChartConfiguration<'bar', (number | null)[], string>;

/** One bar and the words around it. */
export interface BarRow {
	value: ResolvedValue;
	/** Above the bar, wrapped to the chart's width: the label in the article's words; null for none. */
	heading: string | null;
	/** Muted lines under the heading: the wave a change figure's bar belongs to, and the change to it. */
	subheading: string[];
	/** Drawn in the earlier wave's colour (a change figure's previous survey). */
	earlier: boolean;
}

/** The legend's words for each kind of bar a figure draws. */
export interface RowLegend {
	stated: string;
	earlier?: string;
}

const LABEL_SIZE = 13;
const SUB_SIZE = 12;
/** Half the poll marker's height in CSS px, whatever the row's height. */
const MARKER_HALF = 17;

/** The language of a chart's words and its font stack: where lines may break, which faces draw them. */
export interface Script {
	lang: string;
	family: string;
}

export const scriptOf = (figure: Pick<ResolvedFigure, 'lang'>): Script => ({ lang: figure.lang, family: chartFontFamily(figure.lang) });

/** The lines above a bar, wrapped to the chart's width: its heading, then its muted subheading lines. */
function headingLines(row: BarRow, { chart }: ChartContext, { lang, family }: Script): { heading: string[]; sub: string[] } {
	const wrap = (text: string, weight: number, size: number) => wrapIn(chart.ctx, `${weight} ${size}px ${family}`, text, chart.chartArea.width, lang);
	return { heading: row.heading ? wrap(row.heading, 600, LABEL_SIZE) : [], sub: row.subheading.flatMap((line) => wrap(line, 400, SUB_SIZE)) };
}

function headingAnnotation(row: BarRow, i: number, theme: ChartTheme, script: Script): AnnotationOptions {
	const { family } = script;
	const styled = <T>(heading: T, sub: T) => (ctx: ChartContext) => {
		const lines = headingLines(row, ctx, script);
		return [...lines.heading.map(() => heading), ...lines.sub.map(() => sub)];
	};
	return {
		type: 'label',
		xValue: 0,
		yValue: i,
		position: { x: 'start', y: 'end' },
		yAdjust: -(BAR_THICKNESS / 2 + 5),
		padding: 0,
		textAlign: 'start',
		// A plain heading keeps plain options; with a subheading, each line has its own colour and size.
		color: row.subheading.length ? (styled(theme.text, theme.muted) as never) : theme.text,
		font: row.subheading.length ? (styled(font(LABEL_SIZE, 600, 'normal', family), font(SUB_SIZE, 400, 'normal', family)) as never) : font(LABEL_SIZE, 600, 'normal', family),
		content: ((ctx: ChartContext) => {
			const lines = headingLines(row, ctx, script);
			return [...lines.heading, ...lines.sub];
		}) as never
	};
}

/** Each row's heading above it, the poll's value across it, and at its end the value and its quote. */
export function rowAnnotations(rows: readonly BarRow[], theme: ChartTheme, script: Script, band: number): Record<string, AnnotationOptions> {
	const { family } = script;
	const annotations: Record<string, AnnotationOptions> = {};
	// The marker's reach in rows, which is what the category axis measures in.
	const reach = MARKER_HALF / band;
	rows.forEach((row, i) => {
		const v = row.value;
		if (row.heading || row.subheading.length) annotations[`label-${v.id}`] = headingAnnotation(row, i, theme, script);
		if (v.check) {
			// The poll's own value, marked across the bar: where the article's bar should end if it agreed.
			annotations[`poll-${v.id}`] = { type: 'line', xMin: v.check.pollValue, xMax: v.check.pollValue, yMin: i - reach, yMax: i + reach, borderColor: theme.text, borderWidth: 3 };
		}
		annotations[`value-${v.id}`] = valueAnnotation(v, i, Math.max(v.value, v.check?.pollValue ?? 0), theme, script);
	});
	return annotations;
}

/** The tooltip's words for a bar: the value and its quote or formula, then the poll check. */
export function tooltipLines(v: ResolvedValue, all: readonly ResolvedValue[]): string | string[] {
	const line = v.quote ? `${formatValue(v)}: “${v.quote.phrase}”` : `derived: ${explainFormula(v.formula ?? '', all, v)}`;
	return v.check ? [line, checkSentence({ ...v, check: v.check })] : line;
}

/** The bars of `rows` on the axis `scales`: stated, earlier and derived bars in their own datasets. */
export function rowsConfig(figure: ResolvedFigure, rows: readonly BarRow[], settings: ChartSettings, legend: RowLegend, scales: object): BarConfig {
	const { theme, chrome = null } = settings;
	const script = scriptOf(figure);
	const pick = (keep: (row: BarRow) => boolean) => rows.map((row) => (keep(row) ? row.value.value : null));
	const derived = (row: BarRow) => row.value.qualifier === 'derived';
	const datasets = [
		{ label: legend.stated, data: pick((r) => !derived(r) && !r.earlier), backgroundColor: theme.stated },
		{ label: legend.earlier ?? '', data: pick((r) => !derived(r) && r.earlier), backgroundColor: theme.earlier },
		{ label: DERIVED_LEGEND, data: pick(derived), backgroundColor: theme.derived }
	]
		.filter((d, i) => i === 0 || d.data.some((x) => x !== null))
		.map((d) => ({ ...d, barThickness: BAR_THICKNESS, borderWidth: 0 }));
	const hatched = datasets.findIndex((d) => d.label === DERIVED_LEGEND);

	return {
		type: 'bar',
		data: { labels: rows.map((r) => r.value.label), datasets },
		plugins: CHART_PLUGINS,
		options: {
			indexAxis: 'y',
			...drawnOnce(settings),
			// Room above the first bar for its label when it wraps to three lines (the subtitle gives it in exports).
			layout: { padding: { top: chrome ? 8 : 26, right: 76, left: 16, bottom: 8 } },
			scales,
			plugins: {
				...exportTitles(chrome, theme, 34, script.family),
				legend: legendOptions(theme, datasets.length > 1, script.family),
				tooltip: {
					...tooltipFonts(script.family),
					callbacks: { label: (item: { dataIndex: number }) => (rows[item.dataIndex] ? tooltipLines(rows[item.dataIndex]!.value, figure.values) : '') }
				},
				annotation: { clip: false, annotations: rowAnnotations(rows, theme, script, bandHeight(figure)) },
				...chartPluginOptions(theme, hatched >= 0 ? [hatched] : [], chrome, script.family, script.lang)
			}
		}
	} as BarConfig;
}
