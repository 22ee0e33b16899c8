import { describe, expect, it } from 'vitest';
import { fixtureFigure } from '../../../../tests/fixture-catalogue';
import { THEMES } from '../theme';
import { chartContext as chartOf, measure } from './annotation-text.test-helper';
import { scriptOf } from './rows';
import { valueAnnotation } from './value-label';

const figure = fixtureFigure('with a poll check', (f) => f.values.some((v) => v.check));
const checked = figure.values.find((v) => v.check)!;
const annotation = valueAnnotation(checked, 0, checked.value, THEMES.light, scriptOf(figure)) as unknown as Record<'content' | 'color' | 'font', (ctx: unknown) => unknown[]>;


describe('the words at the end of a checked bar', () => {
	it('are the value, the article\'s words and the poll\'s value where there is room', () => {
		const lines = annotation.content(chartOf(2000, 100)) as string[];
		expect(lines).toHaveLength(3);
		expect(lines[2]).toMatch(/poll: /);
	});

	it.each([
		[320, 180],
		[360, 230],
		[640, 500]
	])('wrap within a %i px chart whose bar ends at %i px, each line its logical line\'s look', (width, barEnd) => {
		const ctx = chartOf(width, barEnd);
		const lines = annotation.content(ctx) as string[];
		const fonts = annotation.font(ctx) as { size: number; weight: number; style: string; family: string }[];
		expect(annotation.color(ctx)).toHaveLength(lines.length);
		expect(fonts).toHaveLength(lines.length);
		expect(lines.length).toBeGreaterThan(3);
		// Every line after the value fits between the bar's end and the canvas's edge.
		lines.slice(1).forEach((line, i) => {
			const f = fonts[i + 1]!;
			measure.font = `${f.style} ${f.weight} ${f.size}px ${f.family}`;
			expect(measure.measureText(line).width, line).toBeLessThanOrEqual(width - barEnd - 6);
		});
		// Wrapping loses no word.
		const wide = annotation.content(chartOf(4000, 0)) as string[];
		expect(lines.slice(1).join(' ')).toBe(wide.slice(1).join(' '));
	});
});
