import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import type { ResolvedFigure, ResolvedValue } from '$lib/provenance/resolved';
import { formatValue } from './format';
import { wrapText } from './plugins/plugin.sourceLine';
import { FONT_FAMILY, type ChartTheme } from './theme';

/** Bar thickness in CSS pixels; each bar's label sits just above half of it. */
export const BAR_THICKNESS = 24;
const LABEL_SIZE = 13;

/** A Chart.js font in the charts' family. */
export const font = (size: number, weight: number | 'bold' = 400, style: 'normal' | 'italic' = 'normal') => ({
	family: FONT_FAMILY,
	size,
	weight,
	style,
	lineHeight: 1.3
});

/** The words at a bar's end: the value as readers see it, then the article's own words. */
function valueLabel(v: ResolvedValue): string[] {
	return [formatValue(v), v.quote ? `“${v.quote.phrase}”` : 'derived'];
}

/**
 * The text on the chart itself (chartjs-plugin-annotation): each bar's label in the article's
 * words above it, and at its end the value with the quoted phrase that states it.
 */
export function annotationsFor(figure: ResolvedFigure, theme: ChartTheme): Record<string, AnnotationOptions> {
	const annotations: Record<string, AnnotationOptions> = {};
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
			font: font(LABEL_SIZE, 600),
			content: ({ chart }: { chart: { ctx: CanvasRenderingContext2D; chartArea: { width: number } } }) => {
				const ctx = chart.ctx;
				ctx.save();
				ctx.font = `600 ${LABEL_SIZE}px ${FONT_FAMILY}`;
				const lines = wrapText((t) => ctx.measureText(t).width, v.label, chart.chartArea.width);
				ctx.restore();
				return lines;
			}
		};
		annotations[`value-${v.id}`] = {
			type: 'label',
			xValue: v.value,
			yValue: i,
			position: { x: 'start', y: 'center' },
			xAdjust: 6,
			padding: 0,
			textAlign: 'start',
			color: [theme.text, theme.muted],
			font: [font(15, 700), font(12, 400, 'italic')],
			content: valueLabel(v)
		};
	});
	return annotations;
}
