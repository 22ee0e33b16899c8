import type { Chart, ChartType, Plugin } from 'chart.js';
import { DEFAULT_THEME, THEMES } from '../theme';

/**
 * Diagonal hatching over chosen datasets, in their bars and legend boxes, so a derived part
 * reads as different without colour. Drawn as strokes, so Node and the browser agree.
 */
export interface HatchOptions {
	/** Indexes of the datasets to hatch. */
	datasets: number[];
	color: string;
	spacing: number;
	lineWidth: number;
}

declare module 'chart.js' {
	interface PluginOptionsByType<TType extends ChartType> {
		citechartsHatch?: Partial<HatchOptions>;
	}
}

interface Rect {
	left: number;
	top: number;
	width: number;
	height: number;
}

export function hatchRect(ctx: CanvasRenderingContext2D, rect: Rect, options: HatchOptions): void {
	if (rect.width <= 0 || rect.height <= 0) return;
	ctx.save();
	ctx.beginPath();
	ctx.rect(rect.left, rect.top, rect.width, rect.height);
	ctx.clip();
	ctx.strokeStyle = options.color;
	ctx.lineWidth = options.lineWidth;
	ctx.beginPath();
	// Lines at 45°, anchored to the canvas origin so neighbouring rects line up.
	const start = Math.floor((rect.left - rect.height) / options.spacing) * options.spacing;
	for (let x = start; x < rect.left + rect.width + rect.height; x += options.spacing) {
		ctx.moveTo(x, rect.top + rect.height);
		ctx.lineTo(x + rect.height, rect.top);
	}
	ctx.stroke();
	ctx.restore();
}

/** The rectangle a horizontal or vertical bar element covers. */
export function barRect(bar: { x: number; y: number; base: number; width: number; height: number; horizontal: boolean }): Rect {
	return bar.horizontal
		? { left: Math.min(bar.x, bar.base), top: bar.y - bar.height / 2, width: Math.abs(bar.x - bar.base), height: bar.height }
		: { left: bar.x - bar.width / 2, top: Math.min(bar.y, bar.base), width: bar.width, height: Math.abs(bar.y - bar.base) };
}

function hatchLegend(chart: Chart, options: HatchOptions): void {
	const legend = chart.legend;
	if (!legend || !legend.options.display) return;
	const labels = legend.options.labels;
	const boxWidth = labels.boxWidth;
	const boxHeight = labels.boxHeight ?? boxWidth;
	// Chart.js keeps the drawn boxes in an untyped field.
	const boxes = (legend as unknown as { legendHitBoxes: Rect[] }).legendHitBoxes;
	legend.legendItems?.forEach((item, i) => {
		const box = boxes[i];
		if (!box || item.datasetIndex === undefined || !options.datasets.includes(item.datasetIndex)) return;
		const top = box.top + (box.height - boxHeight) / 2;
		hatchRect(chart.ctx, { left: box.left, top, width: boxWidth, height: boxHeight }, options);
	});
}

export default {
	id: 'citechartsHatch',
	defaults: { datasets: [], color: THEMES[DEFAULT_THEME].hatch, spacing: 6, lineWidth: 1.5 },
	afterDatasetsDraw(chart, _args, options: HatchOptions) {
		for (const index of options.datasets) {
			const meta = chart.getDatasetMeta(index);
			if (meta.hidden) continue;
			meta.data.forEach((element, i) => {
				if (chart.data.datasets[index]?.data[i] == null) return;
				const props = element.getProps(['x', 'y', 'base', 'width', 'height', 'horizontal'], true);
				hatchRect(chart.ctx, barRect(props as Parameters<typeof barRect>[0]), options);
			});
		}
	},
	afterDraw(chart, _args, options: HatchOptions) {
		hatchLegend(chart, options);
	}
} satisfies Plugin<'bar', HatchOptions>;
