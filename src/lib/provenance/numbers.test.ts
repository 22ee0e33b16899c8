import { describe, expect, it } from 'vitest';
import { numbersIn } from './numbers';

describe('numbersIn', () => {
	it.each([
		['nearly 70% of people', 70, 'nearly 70%', true],
		['about 40% want it', 40, 'about 40%', true],
		['Around 5 boats', 5, 'Around 5', true],
		['almost 12.5%', 12.5, 'almost 12.5%', true],
		['only 20% choose', 20, 'only 20%', false],
		['accounts for 23% of', 23, '23%', false],
		['three waves of delegations', 3, 'three', false],
		['Within just two weeks', 2, 'just two', false]
	])('reads %j as %d, written %j, hedged %s', (text, value, phrase, hedged) => {
		expect(numbersIn(text)).toEqual([expect.objectContaining({ value, phrase, hedged })]);
	});

	it('finds no number in words that merely contain one', () => {
		expect(numbersIn('someone often tended to phone')).toEqual([]);
	});

	it('finds every number in a sentence', () => {
		expect(numbersIn('nearly 70% agree, only 20% obey').map((n) => n.value)).toEqual([70, 20]);
	});
});
