import type { ChartConfiguration } from 'chart.js';
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import type { PollQuestion } from '$lib/content/poll';
import { splitParts, type SplitPart } from '$lib/polls/parts';
import { CHART_PLUGINS, chartPluginOptions, drawnOnce, exportTitles, legendOptions, percentScales, tooltipFonts } from '../frame';
import { font } from '../annotations';
import type { ChartSettings } from '../config';
import { formatValue } from '../format';
import { FONT_FAMILY, type ChartTheme } from '../theme';

/** Page charts show the legend as HTML beside the canvas; images that travel draw it in. */
export interface SplitSettings extends ChartSettings {
	legend?: boolean;
}

const BAR = 36;
const VALUE_SIZE = 14;
const LEGEND_ROW = 22;
const CHROME_HEIGHT = 150;

/** Canvas height in CSS pixels: the bar and its axis, plus a legend row per part when drawn in. */
export function splitHeight(question: PollQuestion, { legend = true, chrome = false } = {}): number {
	return 76 + (legend ? splitParts(question).length * LEGEND_ROW + 12 : 0) + (chrome ? CHROME_HEIGHT : 0);
}

/** A part's fill and the ink of text on it: the answer palette in order, the rest in the derived grey. */
export function partColours(theme: ChartTheme, index: number, derived: boolean): { fill: string; ink: string } {
	return derived ? { fill: theme.derived, ink: theme.text } : theme.answers[index % theme.answers.length]!;
}

/** One segment of a 100% bar, with the words written on it ("68%", "≈70%"). */
export type Segment = Pick<SplitPart, 'id' | 'value' | 'derived'> & { text: string };

/** "NN%" in the middle of each segment, where the segment is wide enough to hold it. */
export function valueLabels(parts: readonly Segment[], theme: ChartTheme): Record<string, AnnotationOptions> {
	let start = 0;
	return Object.fromEntries(
		parts.map((part, i) => {
			const [from, to] = [start, (start += part.value)];
			const text = part.text;
			const colours = partColours(theme, i, part.derived);
			const label: AnnotationOptions = {
				type: 'label',
				drawTime: 'afterDraw',
				xValue: (from + to) / 2,
				yValue: 0,
				content: text,
				color: colours.ink,
				// The rest is hatched: a plain patch behind its number keeps it legible.
				backgroundColor: part.derived ? theme.derived : 'transparent',
				padding: 2,
				font: font(VALUE_SIZE, 700),
				display: ({ chart }) => {
					const x = chart.scales.x!;
					const ctx = chart.ctx;
					ctx.save();
					ctx.font = `700 ${VALUE_SIZE}px ${FONT_FAMILY}`;
					const needed = ctx.measureText(text).width + 8;
					ctx.restore();
					return x.getPixelForValue(to) - x.getPixelForValue(from) >= needed;
				}
			};
			return [`value-${part.id}`, label];
		})
	);
}

/**
 * One question's answers as one 100% stacked horizontal bar, the unreported rest hatched. Pure,
 * like `toChartConfig`: the browser draws it now, and a PNG writer can draw the same object.
 */
export function toSplitConfig(
	question: PollQuestion,
	{ theme, chrome = null, responsive = true, devicePixelRatio, legend = true }: SplitSettings
): ChartConfiguration<'bar', (number | null)[], string> {
	const parts = splitParts(question);
	const rest = parts.findIndex((p) => p.derived);
	const datasets = parts.map((part, i) => ({
		label: `${part.label}: ${formatValue({ value: part.value, unit: '%', shown: 'exact' })}`,
		data: [part.value],
		backgroundColor: partColours(theme, i, part.derived).fill,
		// A gap in the background colour between neighbours, so segments part without relying on hue.
		borderColor: theme.background,
		borderWidth: { top: 0, bottom: 0, left: 0, right: 2 },
		borderSkipped: false as const,
		barThickness: BAR
	}));

	return {
		type: 'bar',
		data: { labels: [question.question.text], datasets },
		plugins: CHART_PLUGINS,
		options: {
			indexAxis: 'y',
			...drawnOnce({ responsive, devicePixelRatio }),
			layout: { padding: { top: 8, right: 16, left: 8, bottom: 4 } },
			scales: percentScales(theme),
			plugins: {
				...exportTitles(chrome, theme, 24),
				legend: legendOptions(theme, legend),
				tooltip: {
					...tooltipFonts(),
					callbacks: {
						title: () => '',
						label: (item) => {
							const part = parts[item.datasetIndex];
							if (!part) return '';
							return part.derived ? `${part.label}, derived: ${part.explanation}` : `${part.label}: ${formatValue({ value: part.value, unit: '%', shown: 'exact' })}`;
						}
					}
				},
				annotation: { clip: false, annotations: valueLabels(parts.map((p) => ({ ...p, text: formatValue({ value: p.value, unit: '%', shown: 'exact' }) })), theme) },
				...chartPluginOptions(theme, rest >= 0 ? [rest] : [], chrome)
			}
		}
	};
}

/** The chart's text alternative, from the same parts: "A: 68%; B: 24%; other or no answer …". */
export function describeSplit(question: PollQuestion): string {
	const parts = splitParts(question).map((p) =>
		p.derived ? `${p.label}: ${formatValue({ value: p.value, unit: '%', shown: 'exact' })}, derived as ${p.explanation}` : `${p.label}: ${formatValue({ value: p.value, unit: '%', shown: 'exact' })}`
	);
	return `100% stacked bar of the answers to “${question.question.text}” (${question.question.wording}). ${parts.join('; ')}.`;
}
