import { format } from 'd3-format';

const percent = format('.3~%');
// Counts are shown exactly as written: rounding would show a number no quote contains.
const count = format(',~f');

/** A value as readers see it everywhere: "≈70%" when approximate, "23%" when exact. */
export function formatValue(value: number, unit: string, approx = false): string {
	const text = unit === '%' ? percent(value / 100) : `${count(value)} ${unit}`;
	return approx ? `≈${text}` : text;
}

/** Axis ticks of a 0-100 percentage axis. */
export const formatTick = (value: number): string => percent(value / 100);

/** The value read aloud, for screen readers and alt text: "about 70 percent". */
export function speakValue(value: number, unit: string, approx = false): string {
	const text = unit === '%' ? `${count(value)} percent` : `${count(value)} ${unit}`;
	return approx ? `about ${text}` : text;
}

/** A derived value's formula with the numbers it reads: "100% − ≈70% − 20% = ≈10%". */
export function explainFormula(
	formula: string,
	values: readonly { id: string; value: number; unit: string; approx: boolean }[],
	result: { value: number; unit: string; approx: boolean }
): string {
	const terms = formula.split(/\s*([+-])\s*/).map((token) => {
		if (token === '-') return '−';
		if (token === '+') return '+';
		const v = values.find((x) => x.id === token);
		return v ? formatValue(v.value, v.unit, v.approx) : formatValue(Number(token), result.unit);
	});
	return `${terms.join(' ')} = ${formatValue(result.value, result.unit, result.approx)}`;
}
