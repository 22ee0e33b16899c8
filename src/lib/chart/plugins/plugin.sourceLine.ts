import type { Chart, ChartType, Plugin } from 'chart.js';
import { DEFAULT_THEME, THEMES } from '../theme';
import { wrapIn } from '../wrap';

/**
 * The attribution line at the foot of an exported chart, so a repost keeps its source. It wraps
 * to the canvas width and reserves its own room below the legend before the chart lays out.
 */
export interface SourceLineOptions {
	text: string;
	color: string;
	font: string;
	lineHeight: number;
	/** Distance from the left and bottom edges, in CSS pixels. */
	inset: number;
	/** The language of the line's words, which decides where it may break. */
	lang: string;
}

declare module 'chart.js' {
	interface PluginOptionsByType<TType extends ChartType> {
		citechartsSourceLine?: Partial<SourceLineOptions>;
	}
}

const linesOf = (chart: Chart, options: SourceLineOptions): string[] =>
	wrapIn(chart.ctx, options.font, options.text, chart.width - 2 * options.inset, options.lang);

export default {
	id: 'citechartsSourceLine',
	defaults: { text: '', color: THEMES[DEFAULT_THEME].muted, font: '12px sans-serif', lineHeight: 16, inset: 16, lang: 'en' },
	beforeLayout(chart: Chart, _args, options: SourceLineOptions) {
		if (!options.text) return;
		const layout = chart.options.layout;
		if (!layout) return;
		const padding = layout.padding;
		const sides = typeof padding === 'number' ? { top: padding, right: padding, bottom: padding, left: padding } : padding;
		const reserve = linesOf(chart, options).length * options.lineHeight + options.inset + 8;
		layout.padding = { ...(typeof sides === 'object' ? sides : {}), bottom: reserve };
	},
	afterDraw(chart: Chart, _args, options: SourceLineOptions) {
		if (!options.text) return;
		const { ctx, height } = chart;
		const lines = linesOf(chart, options);
		ctx.save();
		ctx.font = options.font;
		ctx.fillStyle = options.color;
		ctx.textBaseline = 'alphabetic';
		ctx.textAlign = 'left';
		lines.forEach((line, i) => {
			const y = height - options.inset - (lines.length - 1 - i) * options.lineHeight;
			ctx.fillText(line, options.inset, y);
		});
		ctx.restore();
	}
} satisfies Plugin<'bar', SourceLineOptions>;
