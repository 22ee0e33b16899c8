import { describe, expect, it } from 'vitest';
import { clampWidth } from './chrome';

describe('clampWidth', () => {
	it.each([
		[1600, 1600, null],
		[320, 320, null],
		[1200.4, 1200, null],
		[100, 320, '100 px is below the smallest, 320 px; using 320 px.'],
		[99999, 4000, '99999 px is above the largest, 4000 px; using 4000 px.'],
		[Number.NaN, 1600, '“NaN” is not a width; using 1600 px.']
	])('keeps %d in range as %d', (requested, width, note) => {
		expect(clampWidth(requested)).toEqual({ width, note });
	});
});
