import type { Chart, ChartType, Plugin } from 'chart.js';
import { DEFAULT_THEME, THEMES } from '../theme';

/** Paints the canvas before anything else: Chart.js leaves it transparent. */
export interface BackgroundOptions {
	color: string;
}

declare module 'chart.js' {
	interface PluginOptionsByType<TType extends ChartType> {
		citechartsBackground?: Partial<BackgroundOptions>;
	}
}

export function paintBackground(chart: Chart, color: string): void {
	const { ctx, width, height } = chart;
	ctx.save();
	ctx.fillStyle = color;
	ctx.fillRect(0, 0, width, height);
	ctx.restore();
}

export default {
	id: 'citechartsBackground',
	defaults: { color: THEMES[DEFAULT_THEME].background },
	beforeDraw(chart, _args, options: BackgroundOptions) {
		paintBackground(chart, options.color);
	}
} satisfies Plugin<'bar', BackgroundOptions>;
