import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import type { ResolvedFigure, ResolvedValue } from '$lib/provenance/resolved';
import { checkLabel } from './checks';
import { formatValue } from './format';
import { chartFontFamily } from './scripts';
import { FONT_FAMILY, type ChartTheme } from './theme';
import { wrapText } from './wrap';

/** Bar thickness in CSS pixels; each bar's label sits just above half of it. */
export const BAR_THICKNESS = 24;
const LABEL_SIZE = 13;
/** Half the poll marker's height, in bands: 17 px of a 92 px band. */
const MARKER_REACH = 17 / 92;

/** A Chart.js font in the charts' family (with the script face of the words' language, if any). */
export const font = (size: number, weight: number | 'bold' = 400, style: 'normal' | 'italic' = 'normal', family = FONT_FAMILY) => ({
	family,
	size,
	weight,
	style,
	lineHeight: 1.3
});

/** The words at a bar's end: the value as readers see it, the article's own words, and the poll's value. */
function valueLabel(v: ResolvedValue): string[] {
	const lines = [formatValue(v), v.quote ? `“${v.quote.phrase}”` : 'derived'];
	return v.check ? [...lines, checkLabel(v.check)] : lines;
}

/**
 * The text on the chart itself (chartjs-plugin-annotation): each bar's label in the article's
 * words above it, and at its end the value with the quoted phrase that states it.
 */
export function annotationsFor(figure: ResolvedFigure, theme: ChartTheme): Record<string, AnnotationOptions> {
	const annotations: Record<string, AnnotationOptions> = {};
	const family = chartFontFamily(figure.lang);
	figure.values.forEach((v, i) => {
		annotations[`label-${v.id}`] = {
			type: 'label',
			xValue: 0,
			yValue: i,
			position: { x: 'start', y: 'end' },
			yAdjust: -(BAR_THICKNESS / 2 + 5),
			padding: 0,
			textAlign: 'start',
			color: theme.text,
			font: font(LABEL_SIZE, 600, 'normal', family),
			content: ({ chart }: { chart: { ctx: CanvasRenderingContext2D; chartArea: { width: number } } }) => {
				const ctx = chart.ctx;
				ctx.save();
				ctx.font = `600 ${LABEL_SIZE}px ${family}`;
				const lines = wrapText((t) => ctx.measureText(t).width, v.label, chart.chartArea.width, figure.lang);
				ctx.restore();
				return lines;
			}
		};
		if (v.check) {
			// The poll's own value, marked across the bar: where the article's bar should end if it agreed.
			annotations[`poll-${v.id}`] = {
				type: 'line',
				xMin: v.check.pollValue,
				xMax: v.check.pollValue,
				// A little taller than the bar (24 px of a 92 px band, config.ts), never into the label above.
				yMin: i - MARKER_REACH,
				yMax: i + MARKER_REACH,
				borderColor: theme.text,
				borderWidth: 3
			};
		}
		annotations[`value-${v.id}`] = {
			type: 'label',
			xValue: Math.max(v.value, v.check?.pollValue ?? 0),
			yValue: i,
			// Three lines when checked: hang them from the bar's top, clear of the label above it.
			position: { x: 'start', y: v.check ? 'start' : 'center' },
			xAdjust: 6,
			yAdjust: v.check ? -BAR_THICKNESS / 2 : 0,
			padding: 0,
			textAlign: 'start',
			color: [theme.text, theme.muted, theme.text],
			font: [font(15, 700), font(12, 400, 'italic', family), font(12, 600)],
			content: valueLabel(v)
		};
	});
	return annotations;
}
