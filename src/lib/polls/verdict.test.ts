import { describe, expect, it } from 'vitest';
import { checkClaim, formatDifference, type Claim, type Verdict } from './verdict';

const exact = (value: number): Claim => ({ value, qualifier: 'exact' });
const nearly = (value: number): Claim => ({ value, qualifier: 'approx', approach: 'below' });
const about = (value: number): Claim => ({ value, qualifier: 'approx' });
const bound = (qualifier: Claim['qualifier'], value: number): Claim => ({ value, qualifier });
const range = (value: number, high: number): Claim => ({ value, high, qualifier: 'range' });

describe('checkClaim', () => {
	// [what, claim, poll value, verdict, difference]
	it.each<[string, Claim, number, Verdict, number]>([
		// DESIGN.md's three cases from the seed article.
		['"nearly 70%" against 68', nearly(70), 68, 'consistent', 2],
		['"only 20%" against 24', exact(20), 24, 'differs', -4],
		['"only 15%" against 15', exact(15), 15, 'matches', 0],

		['exact: 0.5 above still matches', exact(20.5), 20, 'matches', 0.5],
		['exact: 0.5 below still matches', exact(20), 20.5, 'matches', -0.5],
		['exact: just over 0.5 above differs', exact(20.6), 20, 'differs', 0.6],
		['exact: just over 0.5 below differs', exact(20), 20.6, 'differs', -0.6],

		['nearly: X − 5 is inside', nearly(70), 65, 'consistent', 5],
		['nearly: X itself is inside', nearly(70), 70, 'consistent', 0],
		['nearly: just below X − 5 differs', nearly(70), 64.9, 'differs', 5.1],
		['nearly: just above X differs', nearly(70), 70.1, 'differs', -0.1],

		['about: X − 3 is inside', about(40), 37, 'consistent', 3],
		['about: X + 3 is inside', about(40), 43, 'consistent', -3],
		['about: just below X − 3 differs', about(40), 36.9, 'differs', 3.1],
		['about: just above X + 3 differs', about(40), 43.1, 'differs', -3.1],
		['about: equal is consistent, never matches', about(40), 40, 'consistent', 0],

		['more than: X itself is outside', bound('more-than', 50), 50, 'differs', 0],
		['more than: just above X is inside', bound('more-than', 50), 50.1, 'consistent', -0.1],
		['at least: X itself is inside', bound('at-least', 30), 30, 'consistent', 0],
		['at least: just below X differs', bound('at-least', 30), 29.9, 'differs', 0.1],
		['less than: X itself is outside', bound('less-than', 20), 20, 'differs', 0],
		['less than: just below X is inside', bound('less-than', 20), 19.9, 'consistent', 0.1],
		['at most: X itself is inside', bound('at-most', 40), 40, 'consistent', 0],
		['at most: just above X differs', bound('at-most', 40), 40.1, 'differs', -0.1],

		['range: the low end is inside', range(40, 45), 40, 'consistent', 0],
		['range: the high end is inside', range(40, 45), 45, 'consistent', -5],
		['range: just below the low end differs', range(40, 45), 39.9, 'differs', 0.1],
		['range: just above the high end differs', range(40, 45), 45.1, 'differs', -5.1],

		['edges hold for values binary fractions cannot write', about(33.3), 30.3, 'consistent', 3]
	])('%s', (_what, claim, poll, verdict, difference) => {
		expect(checkClaim(claim, poll)).toEqual({ verdict, difference });
	});

	it('writes an equal difference as 0, never −0', () => {
		for (const claim of [exact(15), nearly(15), bound('at-most', 15)]) {
			expect(Object.is(checkClaim(claim, 15).difference, 0)).toBe(true);
		}
		expect(Object.is(checkClaim(exact(15), 15.04).difference, 0)).toBe(true);
	});

	it('never calls a range without its high end consistent', () => {
		expect(checkClaim({ value: 40, qualifier: 'range' }, 42).verdict).toBe('differs');
	});
});

describe('formatDifference', () => {
	it.each([[-4, '−4 points'], [2, '+2 points'], [0, '0 points'], [1, '+1 point'], [-0.5, '−0.5 points']])('%d reads %s', (d, text) => {
		expect(formatDifference(d)).toBe(text);
	});
});
