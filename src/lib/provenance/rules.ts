import type { Figure, NumberMention, QuoteRef } from '$lib/content/types';
import { evaluateFormula } from './formula';
import { numberInArticle, numbersIn } from './numbers';
import { locateQuote, sentenceAround } from './quote';
import type { CitedQuote, ProvenanceIssue, ResolvedFigure, ResolvedNumber, ResolvedValue } from './resolved';

export const RULES = {
	quote: 'rule 1 (a stated value quotes the article exactly)',
	number: 'rule 2 (the number in the quote equals the value)',
	hedge: 'rule 3 (approximate exactly when the quote hedges)',
	derived: 'rule 4 (a derived value names a formula over stated values)',
	sum: 'rule 5 (parts never sum above 100%)',
	shape: 'content shape'
} as const;

type Report = (field: string, rule: string, problem: string) => void;

/** Locates a quote and reads the one number it must hold (rules 1 and 2), hedge and all. */
function citeQuote(article: string, ref: QuoteRef, field: string, report: Report, unit: string) {
	const located = locateQuote(article, ref);
	if (!located.ok) {
		report(field, RULES.quote, located.problem);
		return null;
	}
	const numbers = numbersIn(ref.text);
	const [only] = numbers;
	if (numbers.length !== 1 || !only) {
		report(field, RULES.number, `the quote must hold exactly one number, it holds ${numbers.length}`);
		return null;
	}
	const number = numberInArticle(article, located.quote.offset + only.at, only.length) ?? only;
	if (unit === '%' && !number.percent) {
		report(field, RULES.number, `the quote says ${number.phrase}, not a percentage`);
		return null;
	}
	const quote: CitedQuote = {
		...located.quote,
		phrase: number.phrase,
		sentence: sentenceAround(article, located.quote)
	};
	return { quote, number };
}

/** Checks a figure against its article; returns it resolved, or null with issues reported. */
export function resolveFigure(
	figure: Figure,
	article: string,
	issues: ProvenanceIssue[]
): ResolvedFigure | null {
	const before = issues.length;
	const report: Report = (field, rule, problem) =>
		issues.push({ subject: figure.slug, field, rule, problem });
	const stated = new Map<string, { value: number; approx: boolean }>();
	const resolved: ResolvedValue[] = [];
	const ids = new Set<string>();

	if (figure.values.length === 0) report('values', RULES.shape, 'a figure needs at least one value');
	for (const [i, v] of figure.values.entries()) {
		const field = `values[${i}]`;
		if (ids.has(v.id)) report(`${field}.id`, RULES.shape, `duplicate id ${JSON.stringify(v.id)}`);
		ids.add(v.id);
		if (!v.label.trim()) report(`${field}.label`, RULES.shape, 'label is empty');
		if (!Number.isFinite(v.value) || v.value < 0) {
			report(`${field}.value`, RULES.shape, `value must be a finite number >= 0, got ${v.value}`);
		}
		const base = { id: v.id, label: v.label, value: v.value, unit: figure.unit, qualifier: v.qualifier };
		if (v.qualifier === 'derived') {
			if ('quote' in v) report(`${field}.quote`, RULES.derived, 'a derived value carries no quote of its own');
			if (typeof v.formula !== 'string') {
				report(`${field}.formula`, RULES.derived, 'a derived value must name its formula');
				continue;
			}
			const result = evaluateFormula(v.formula, new Map([...stated].map(([k, s]) => [k, s.value])));
			if (!result.ok) {
				report(`${field}.formula`, RULES.derived, result.problem);
				continue;
			}
			if (result.inputs.length === 0) {
				report(`${field}.formula`, RULES.derived, `${v.formula} reads no stated value, so the number would trace to nothing`);
				continue;
			}
			if (Math.abs(result.value - v.value) > 1e-9) {
				report(`${field}.value`, RULES.derived, `${v.formula} = ${result.value}, not ${v.value}`);
			}
			const approx = result.inputs.some((id) => stated.get(id)?.approx);
			resolved.push({ ...base, approx, quote: null, formula: v.formula, inputs: result.inputs });
			continue;
		}
		if (!('quote' in v) || !v.quote) {
			report(`${field}.quote`, RULES.quote, `a ${v.qualifier} value must carry a quote`);
			continue;
		}
		const cited = citeQuote(article, v.quote, `${field}.quote`, report, figure.unit);
		if (!cited) continue;
		if (cited.number.value !== v.value) {
			report(`${field}.value`, RULES.number, `the quote says ${cited.number.phrase}, the value is ${v.value}`);
		}
		const hedged = cited.number.hedged;
		if (hedged !== (v.qualifier === 'approx')) {
			report(
				`${field}.qualifier`,
				RULES.hedge,
				hedged
					? `the quote hedges ("${cited.number.phrase}"), so the qualifier must be approx, not ${v.qualifier}`
					: `the quote does not hedge ("${cited.number.phrase}"), so the qualifier must be exact, not ${v.qualifier}`
			);
		}
		stated.set(v.id, { value: v.value, approx: hedged });
		resolved.push({ ...base, approx: hedged, quote: cited.quote, formula: null, inputs: [] });
	}

	const total = figure.values.reduce((sum, v) => sum + v.value, 0);
	if (figure.unit === '%' && total > 100 + 1e-9) {
		report('values', RULES.sum, `the parts sum to ${total}%`);
	}

	let interpretation: CitedQuote | null = null;
	if (figure.interpretation) {
		const located = locateQuote(article, figure.interpretation);
		if (located.ok) {
			interpretation = { ...located.quote, phrase: '', sentence: sentenceAround(article, located.quote) };
		} else report('interpretation', RULES.quote, located.problem);
	}

	if (issues.length > before) return null;
	const { values: _values, interpretation: _interpretation, ...rest } = figure;
	return { ...rest, values: resolved, interpretation };
}

/** Checks an article's numbers index: every entry quotes its number (rules 1 to 3). */
export function resolveNumbers(
	articleId: string,
	article: string,
	numbers: NumberMention[],
	issues: ProvenanceIssue[]
): ResolvedNumber[] {
	const resolved: ResolvedNumber[] = [];
	for (const [i, n] of numbers.entries()) {
		const field = `numbers[${i}]`;
		const report: Report = (f, rule, problem) =>
			issues.push({ subject: `article:${articleId}`, field: f, rule, problem });
		const cited = citeQuote(article, n.quote, `${field}.quote`, report, n.unit);
		if (!cited) continue;
		if (cited.number.value !== n.value) {
			report(`${field}.value`, RULES.number, `the quote says ${cited.number.phrase}, the value is ${n.value}`);
			continue;
		}
		resolved.push({ quote: cited.quote, value: n.value, unit: n.unit, approx: cited.number.hedged, chart: n.chart ?? null });
	}
	return resolved;
}
