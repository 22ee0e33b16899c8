import type { Chart, ChartType, Plugin } from 'chart.js';

/**
 * The attribution line at the foot of an exported chart, so a repost keeps its source.
 * The chart reserves the room with `layout.padding.bottom`.
 */
export interface SourceLineOptions {
	text: string;
	color: string;
	font: string;
	lineHeight: number;
	/** Distance from the left and bottom edges, in CSS pixels. */
	inset: number;
}

declare module 'chart.js' {
	interface PluginOptionsByType<TType extends ChartType> {
		citechartsSourceLine?: Partial<SourceLineOptions>;
	}
}

/** Greedy word wrap to a pixel width. */
export function wrapText(measure: (text: string) => number, text: string, maxWidth: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && measure(candidate) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}

export default {
	id: 'citechartsSourceLine',
	defaults: { text: '', color: '#595959', font: '12px sans-serif', lineHeight: 16, inset: 16 },
	afterDraw(chart: Chart, _args, options: SourceLineOptions) {
		if (!options.text) return;
		const { ctx, width, height } = chart;
		ctx.save();
		ctx.font = options.font;
		ctx.fillStyle = options.color;
		ctx.textBaseline = 'alphabetic';
		ctx.textAlign = 'left';
		const lines = wrapText((t) => ctx.measureText(t).width, options.text, width - 2 * options.inset);
		lines.forEach((line, i) => {
			const y = height - options.inset - (lines.length - 1 - i) * options.lineHeight;
			ctx.fillText(line, options.inset, y);
		});
		ctx.restore();
	}
} satisfies Plugin<'bar', SourceLineOptions>;
