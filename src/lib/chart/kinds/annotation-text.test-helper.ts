/**
 * For tests: the words a label annotation draws, with its scriptable content resolved against a
 * chart of a given width whose value axis starts at its left edge (wide by default, so nothing
 * wraps and the words read as the configuration holds them).
 */
import { createCanvas } from '@napi-rs/canvas';

const measure = createCanvas(1, 1).getContext('2d') as unknown as CanvasRenderingContext2D;

export function annotationText(annotation: { content?: unknown }, width = 100_000): unknown {
	if (typeof annotation.content !== 'function') return annotation.content;
	const chart = { ctx: measure, width, chartArea: { width }, scales: { x: { getPixelForValue: () => 0 } } };
	return annotation.content({ chart });
}
