import { describe, expect, it } from 'vitest';
import { explainFormula, formatTick, formatValue, speakValue } from './format';

describe('formatValue', () => {
	it.each([
		[70, '%', true, '≈70%'],
		[20, '%', false, '20%'],
		[100 - 70 - 20, '%', true, '≈10%'],
		[12.5, '%', false, '12.5%'],
		[0.1 + 0.2, '%', false, '0.3%'],
		[3, 'waves', false, '3 waves'],
		[1500, 'people', true, '≈1,500 people'],
		[1234, 'people', false, '1,234 people']
	])('formats %d %s (approx %s) as %j', (value, unit, approx, text) => {
		expect(formatValue(value, unit, approx)).toBe(text);
	});

	it.each([[0, '0%'], [20, '20%'], [100, '100%']])('ticks %d as %j', (v, t) => {
		expect(formatTick(v)).toBe(t);
	});

	it.each([
		[70, true, 'about 70 percent'],
		[15, false, '15 percent']
	])('speaks %d (approx %s) as %j', (value, approx, text) => {
		expect(speakValue(value, '%', approx)).toBe(text);
	});
});

describe('explainFormula', () => {
	const values = [
		{ id: 'independent', value: 70, unit: '%', approx: true },
		{ id: 'obey', value: 20, unit: '%', approx: false }
	];
	it.each([
		['100 - independent - obey', { value: 10, unit: '%', approx: true }, '100% − ≈70% − 20% = ≈10%'],
		['100 - obey', { value: 80, unit: '%', approx: false }, '100% − 20% = 80%']
	])('spells %j out with its numbers', (formula, result, text) => {
		expect(explainFormula(formula, values, result)).toBe(text);
	});
});
