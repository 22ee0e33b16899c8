import { format } from 'd3-format';
import type { StatedQualifier } from '$lib/content/types';
import { parseFormula } from '$lib/provenance/formula';

const percent = format('.3~%');
// Counts are shown exactly as written: rounding would show a number no quote contains.
const count = format(',~f');
const points = format('+,~f');

/** A number as readers see it: how it is qualified, in what unit. */
export interface ShownNumber {
	value: number;
	/** `%`, `pt`, `count`, `money`, `time`, or another of the reader's units. */
	unit: string;
	shown: StatedQualifier;
	high?: number;
	/** What a count or duration counts. */
	noun?: string;
	/** ISO 4217 code of money. */
	currency?: string;
}

/** The symbol before a qualified number (DESIGN.md, rule 3). */
export const QUALIFIER_SYMBOL: Record<StatedQualifier, string> = {
	exact: '',
	approx: '≈',
	'more-than': '>',
	'at-least': '≥',
	'less-than': '<',
	'at-most': '≤',
	range: ''
};

const QUALIFIER_WORDS: Record<StatedQualifier, string> = {
	exact: '',
	approx: 'about ',
	'more-than': 'more than ',
	'at-least': 'at least ',
	'less-than': 'less than ',
	'at-most': 'at most ',
	range: ''
};

const plural = (n: number, word: string) => (Math.abs(n) === 1 ? word.replace(/s$/, '') : word);

function money(value: number, currency = 'USD'): string {
	return new Intl.NumberFormat('en', { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(value);
}

/** The bare number in its unit: "70%", "+0.9 points", "1,899 respondents", "¥20,000". */
function inUnit(n: Omit<ShownNumber, 'shown'>, value = n.value): string {
	switch (n.unit) {
		case '%':
			return percent(value / 100);
		case 'pt':
			return `${points(value)} ${plural(value, 'points')}`;
		case 'money':
			return money(value, n.currency);
		case 'count':
		case 'time':
			return n.noun ? `${count(value)} ${plural(value, n.noun)}` : count(value);
		default:
			return count(value);
	}
}

/** A value as readers see it everywhere: "≈70%", ">50%", "40–45%", "+0.9 points". */
export function formatValue(n: ShownNumber): string {
	if (n.shown === 'range' && n.high !== undefined) {
		return n.unit === '%' ? `${count(n.value)}–${percent(n.high / 100)}` : `${inUnit(n)}–${inUnit(n, n.high)}`;
	}
	return `${QUALIFIER_SYMBOL[n.shown]}${inUnit(n)}`;
}

/** Axis ticks of a counts axis: the bare number in its unit, without the noun ("1,200", "¥2,000"). */
export const formatCountTick = (value: number, unit: string, currency?: string): string => inUnit({ value, unit, ...(currency ? { currency } : {}) });

/** Axis ticks of a 0-100 percentage axis. */
export const formatTick = (value: number): string => percent(value / 100);

/** The value read aloud, for screen readers and alt text: "about 70 percent", "down 1.1 points". */
export function speakValue(n: ShownNumber): string {
	const say = (value: number) => (n.unit === '%' ? `${count(value)} percent` : n.unit === 'pt' ? `${value < 0 ? 'down' : 'up'} ${count(Math.abs(value))} ${plural(value, 'points')}` : inUnit(n, value));
	if (n.shown === 'range' && n.high !== undefined) return `between ${say(n.value).replace(/ percent$/, '')} and ${say(n.high)}`;
	return `${QUALIFIER_WORDS[n.shown]}${say(n.value)}`;
}

/**
 * A derived value's formula with the numbers it reads: "100% − ≈70% − 20% = ≈10%". The catalogue
 * has checked every formula it is given; one that does not parse is shown as written.
 */
export function explainFormula(formula: string, values: readonly (ShownNumber & { id: string })[], result: ShownNumber): string {
	const parsed = parseFormula(formula);
	if (!parsed.ok) return `${formula} = ${formatValue(result)}`;
	const terms = parsed.terms.map((term, i) => {
		const v = 'id' in term ? values.find((x) => x.id === term.id) : undefined;
		const number = v ?? { value: 'constant' in term ? term.constant : Number.NaN, unit: result.unit, shown: 'exact' as const };
		if (i === 0) return formatValue(number);
		// A range keeps its own signs, bracketed: "+ (−1 points–+2 points)".
		if (number.shown === 'range') return `${term.sign < 0 ? '−' : '+'} (${formatValue(number)})`;
		// After the first term the operator carries the sign: "41% − −3.5 points" reads as "41% + 3.5
		// points", and a change's own "+" goes, as in "41% − 0.9 points".
		const sign = number.value < 0 ? -term.sign : term.sign;
		const magnitude = formatValue({ ...number, value: Math.abs(number.value) });
		return `${sign < 0 ? '−' : '+'} ${number.unit === 'pt' ? magnitude.replace('+', '') : magnitude}`;
	});
	return `${terms.join(' ')} = ${formatValue(result)}`;
}
