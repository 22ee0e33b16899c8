import { describe, expect, it } from 'vitest';
import { explainFormula, formatTick, formatValue, speakValue, type ShownNumber } from './format';

const n = (value: number, unit: string, shown: ShownNumber['shown'] = 'exact', extra: Partial<ShownNumber> = {}): ShownNumber => ({ value, unit, shown, ...extra });

describe('formatValue', () => {
	it.each([
		[n(70, '%', 'approx'), '≈70%'],
		[n(20, '%'), '20%'],
		[n(100 - 70 - 20, '%', 'approx'), '≈10%'],
		[n(12.5, '%'), '12.5%'],
		[n(0.1 + 0.2, '%'), '0.3%'],
		[n(50, '%', 'more-than'), '>50%'],
		[n(30, '%', 'at-least'), '≥30%'],
		[n(20, '%', 'less-than'), '<20%'],
		[n(40, '%', 'at-most'), '≤40%'],
		[n(40, '%', 'range', { high: 45 }), '40–45%'],
		[n(0.9, 'pt'), '+0.9 points'],
		[n(-1.1, 'pt'), '−1.1 points'],
		[n(1, 'pt'), '+1 point'],
		[n(3, 'count', 'exact', { noun: 'waves' }), '3 waves'],
		[n(1, 'time', 'exact', { noun: 'weeks' }), '1 week'],
		[n(1500, 'count', 'approx', { noun: 'people' }), '≈1,500 people'],
		[n(20000, 'money', 'exact', { currency: 'JPY' }), '¥20,000'],
		[n(2000, 'money', 'less-than', { currency: 'JPY' }), '<¥2,000']
	])('formats %j as %j', (value, text) => {
		expect(formatValue(value)).toBe(text);
	});

	it.each([[0, '0%'], [20, '20%'], [100, '100%']])('ticks %d as %j', (v, t) => {
		expect(formatTick(v)).toBe(t);
	});

	it.each([
		[n(70, '%', 'approx'), 'about 70 percent'],
		[n(15, '%'), '15 percent'],
		[n(50, '%', 'more-than'), 'more than 50 percent'],
		[n(40, '%', 'range', { high: 45 }), 'between 40 and 45 percent'],
		[n(-1.1, 'pt'), 'down 1.1 points']
	])('speaks %j as %j', (value, text) => {
		expect(speakValue(value)).toBe(text);
	});
});

describe('explainFormula', () => {
	const values = [
		{ id: 'independent', ...n(70, '%', 'approx') },
		{ id: 'obey', ...n(20, '%') }
	];
	it.each([
		['100 - independent - obey', n(10, '%', 'approx'), '100% − ≈70% − 20% = ≈10%'],
		['100 - obey', n(80, '%'), '100% − 20% = 80%'],
		['independent + obey', n(90, '%', 'approx'), '≈70% + 20% = ≈90%'],
		['independent -', n(70, '%', 'approx'), 'independent - = ≈70%']
	])('spells %j out with its numbers', (formula, result, text) => {
		expect(explainFormula(formula, values, result)).toBe(text);
	});

	// An earlier level derived from the level now and the stated change: the operator carries the sign.
	it.each([
		[-3.5, 'now - change', n(44.5, '%'), '41% + 3.5 points = 44.5%'],
		[0.9, 'now - change', n(40.1, '%'), '41% − 0.9 points = 40.1%'],
		[-3.5, 'now + change', n(37.5, '%'), '41% − 3.5 points = 37.5%'],
		[2, 'now + change', n(43, '%'), '41% + 2 points = 43%']
	])('with a change of %d points, spells %j as a sum of magnitudes', (change, formula, result, text) => {
		expect(explainFormula(formula, [{ id: 'now', ...n(41, '%') }, { id: 'change', ...n(change, 'pt') }], result)).toBe(text);
	});

	it('brackets a range after the first term, keeping its own signs', () => {
		const values = [{ id: 'now', ...n(41, '%') }, { id: 'change', ...n(-5, 'pt', 'range', { high: -3 }) }];
		expect(explainFormula('now - change', values, n(44, '%'))).toBe('41% − (−5 points–−3 points) = 44%');
	});
});
