import { describe, expect, it } from 'vitest';
import { evaluateFormula } from './formula';

const stated = new Map([['a', 70], ['b', 20]]);

describe('evaluateFormula', () => {
	it.each([
		['100 - a - b', 10, ['a', 'b']],
		['100-a', 30, ['a']],
		['a + b', 90, ['a', 'b']],
		['50', 50, []]
	])('computes %j = %d', (formula, value, inputs) => {
		expect(evaluateFormula(formula, stated)).toEqual({ ok: true, value, inputs });
	});

	it.each([
		['100 - c', 'formula names "c", which is not a stated value of this figure'],
		['100 - - a', 'formula "100 - - a" is not "term +|- term ..."'],
		['', 'formula "" is not "term +|- term ..."'],
		['100 * a', 'formula names "100 * a", which is not a stated value of this figure']
	])('rejects %j', (formula, problem) => {
		expect(evaluateFormula(formula, stated)).toEqual({ ok: false, problem });
	});
});
