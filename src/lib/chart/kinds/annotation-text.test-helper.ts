/**
 * For tests: the words a label annotation draws, with its scriptable content resolved against a
 * chart of a given width whose value axis starts at its left edge (wide by default, so nothing
 * wraps and the words read as the configuration holds them).
 */
import { createCanvas } from '@napi-rs/canvas';

/** A 2D context that measures text as the Node renderer draws it. */
export const measure = createCanvas(1, 1).getContext('2d') as unknown as CanvasRenderingContext2D;

/** The context scriptable options get for a chart `width` px wide whose value axis puts every value at `at` px. */
export const chartContext = (width: number, at = 0) => ({ chart: { ctx: measure, width, chartArea: { width }, scales: { x: { getPixelForValue: () => at } } } });

export function annotationText(annotation: { content?: unknown }, width = 100_000): unknown {
	if (typeof annotation.content !== 'function') return annotation.content;
	return annotation.content(chartContext(width));
}
