import { describe, expect, it } from 'vitest';
import { evaluateFormula, parseFormula } from './formula';

const stated = new Map([['a', 70], ['b', 20]]);

describe('parseFormula', () => {
	it.each([
		['100 - a - b', [{ sign: 1, constant: 100 }, { sign: -1, id: 'a' }, { sign: -1, id: 'b' }]],
		[' now-change ', [{ sign: 1, id: 'now' }, { sign: -1, id: 'change' }]],
		['a + b', [{ sign: 1, id: 'a' }, { sign: 1, id: 'b' }]]
	])('reads %j term by term', (formula, terms) => {
		expect(parseFormula(formula)).toEqual({ ok: true, terms });
	});

	it.each(['', '- a', 'a +', '100 - - a'])('refuses %j', (formula) => {
		expect(parseFormula(formula)).toMatchObject({ ok: false });
	});
});

describe('evaluateFormula', () => {
	it.each([
		['100 - a - b', 10, ['a', 'b']],
		['100-a', 30, ['a']],
		['a + b', 90, ['a', 'b']],
		['100', 100, []]
	])('computes %j = %d', (formula, value, inputs) => {
		expect(evaluateFormula(formula, stated)).toEqual({ ok: true, value, inputs });
	});

	it.each([
		['a - a + 60', 'formula "a - a + 60" holds the constant 60; the only constant allowed is 100, the whole of a % figure, so the number would trace to no source'],
		['100 - - a', 'formula "100 - - a" is not "term +|- term ..."'],
		['', 'formula "" is not "term +|- term ..."'],
	])('rejects %j', (formula, problem) => {
		expect(evaluateFormula(formula, stated)).toEqual({ ok: false, problem });
	});

	it.each([
		['100 - c', 'c'],
		['100 * a', '100 * a']
	])('names the unknown term of %j', (formula, unknown) => {
		expect(evaluateFormula(formula, stated)).toEqual({ ok: false, problem: `formula names ${JSON.stringify(unknown)}, which is not a stated value of this figure`, unknown });
	});

	it('allows no constant in a figure that is not a share', () => {
		expect(evaluateFormula('100 - a', stated, { allowWhole: false })).toMatchObject({ ok: false });
	});
});
