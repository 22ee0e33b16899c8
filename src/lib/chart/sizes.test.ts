import { describe, expect, it } from 'vitest';
import { CARD_PIXELS, CHART_BOXES, clampWidth } from './sizes';
import { stillSources } from './stills';

describe('stillSources', () => {
	it('gives a box the widest still that fits it', () => {
		expect(stillSources({ pad: 28, max: 10_000 })).toEqual([
			{ media: '(min-width: 828px)', width: 800 },
			{ media: '(min-width: 628px)', width: 600 },
			{ media: '(min-width: 508px)', width: 480 },
			{ media: '(min-width: 428px)', width: 400 }
		]);
	});

	it('stops at the widest box and handles two columns', () => {
		expect(stillSources({ pad: 32, max: 544, columns: { from: 1056, width: 544 } })).toEqual([
			{ media: '(min-width: 1056px)', width: 480 },
			{ media: '(min-width: 512px) and (max-width: 1055px)', width: 480 },
			{ media: '(min-width: 432px) and (max-width: 1055px)', width: 400 }
		]);
	});
});

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

describe('the boxes charts sit in', () => {
	it('give the page the widest still and the dashboard its two columns', () => {
		expect(stillSources(CHART_BOXES.page)[0]).toEqual({ media: '(min-width: 832px)', width: 800 });
		expect(stillSources(CHART_BOXES.dashboard)[0]).toEqual({ media: '(min-width: 1024px)', width: 480 });
	});

	it('make the social card 1200 × 630, the size link previews ask for', () => {
		expect(CARD_PIXELS).toEqual({ width: 1200, height: 630 });
	});
});
