import type { Figure, QuoteRef, StatedQualifier, StatedValue } from '$lib/content/types';
import { evaluateFormula } from './formula';
import type { ArticleText } from './quote';
import { publicMention, type Mention } from './reader';
import type { Poll } from '$lib/content/poll';
import { resolveAnswer } from '$lib/polls/answers';
import { checkClaim } from '$lib/polls/verdict';
import { langOf } from '$lib/lang';
import { sharedField, type CitedQuote, type ResolvedCheck, type ResolvedFigure, type ResolvedValue } from './resolved';

import { checkChangeSums, checkKindShape, isStatedChange, WHOLE_KINDS } from './kinds';
import { RULES } from './rule-names';

export { RULES };

export type Report = (field: string, rule: string, problem: string) => void;

/** The number's words as the article writes them, with the emphasis before it ("only 20%"). */
function phraseOf(article: ArticleText, m: Mention): string {
	const emphasis = /\b(?:only|just)\s+$/i.exec(article.text.slice(Math.max(0, m.offset - 8), m.offset));
	return article.text.slice(m.offset - (emphasis?.[0].length ?? 0), m.offset + m.length);
}

const listed = (mentions: Mention[]) => mentions.map((m) => JSON.stringify(m.text)).join(', ');

/** Locates a quote (rule 1) with its sentence; null when it is not there. */
export function citeQuote(article: ArticleText, ref: QuoteRef, field: string, report: Report): CitedQuote | null {
	const located = article.locate(ref);
	if (!located.ok) {
		report(field, RULES.quote, located.problem);
		return null;
	}
	return { ...located.quote, phrase: '', number: null, sentence: article.sentenceAround(located.quote) };
}

/** The one number a stated value cites in its quote, as the reader reads it in place (rule 2). */
function citedMention(article: ArticleText, quote: CitedQuote, v: StatedValue, field: string, report: Report): Mention | null {
	const inQuote = article.mentionsIn(quote);
	if (inQuote.length === 0) {
		report(`${field}.quote`, RULES.number, `the reader finds no number in ${JSON.stringify(quote.text)}`);
		return null;
	}
	if (v.cites !== undefined) {
		const cited = inQuote.find((m) => m.text === v.cites || article.text.substr(m.core.offset, m.core.length) === v.cites);
		if (!cited) report(`${field}.cites`, RULES.number, `the quote holds no number written ${JSON.stringify(v.cites)}; it holds ${listed(inQuote)}`);
		return cited ?? null;
	}
	if (inQuote.length > 1) {
		report(`${field}.cites`, RULES.number, `the quote holds ${inQuote.length} numbers (${listed(inQuote)}); name the one this value cites in cites`);
		return null;
	}
	return inQuote[0] ?? null;
}

const UNIT_NAMES: Record<string, string> = { '%': 'a share (%)', pt: 'a change in points (pt)', count: 'a count', money: 'money', time: 'a duration', date: 'a date', ordinal: 'an ordinal', other: 'a number of no known kind' };

/** Checks a figure against its article's text; returns it resolved, or null with problems reported. */
/** Checks a stated value's poll link and the claim against the poll's value (DESIGN.md's table). */
function checkPoll(figure: Figure, v: StatedValue, field: string, polls: readonly Poll[], fail: Report, approach?: 'below', rejected: ReadonlySet<string> = new Set()): ResolvedCheck | undefined {
	const link = v.poll;
	if (!link || rejected.has(link.id)) return undefined;
	const found = resolveAnswer(polls, { poll: link.id, question: link.question, answer: link.answer });
	if ('problem' in found) {
		fail(`${field}.poll`, RULES.shape, found.problem);
		return undefined;
	}
	if (link.match === 'named' && !('name' in figure.source)) {
		fail(`${field}.poll.match`, RULES.attribution, 'a named match needs the article to name its source (source: { name }); the article names none, so the match is inferred');
	}
	if (link.match === 'inferred' && !link.why) fail(`${field}.poll.why`, RULES.attribution, 'an inferred match says in one sentence why citecharts matched it');
	const unit = v.unit ?? figure.unit;
	if (unit !== '%') fail(`${field}.poll`, RULES.shape, `a poll answer is a share (%); this value's unit is ${unit}`);
	const claim = { value: v.value, qualifier: v.qualifier, ...(v.high === undefined ? {} : { high: v.high }), ...(approach ? { approach } : {}) };
	const { verdict, difference } = checkClaim(claim, found.answer.value);
	return {
		poll: link.id, question: link.question, answer: link.answer, match: link.match, why: link.why ?? null,
		pollValue: found.answer.value, verdict, difference, pollTitle: found.poll.title, answerLabel: found.answer.label.text, answerLang: langOf(found.poll)
	};
}

/** A derived count counts what its inputs count, when they all count the same thing. */
function sharedNoun(resolved: readonly ResolvedValue[], inputs: readonly string[]): Pick<ResolvedValue, 'noun' | 'currency'> {
	const read = inputs.flatMap((id) => resolved.filter((r) => r.id === id));
	const [noun, currency] = [sharedField(read, 'noun'), sharedField(read, 'currency')];
	return { ...(noun === undefined ? {} : { noun }), ...(currency === undefined ? {} : { currency }) };
}

export function resolveFigure(figure: Figure, article: ArticleText, report: Report, polls: readonly Poll[] = [], rejectedPolls: ReadonlySet<string> = new Set()): Omit<ResolvedFigure, 'lang'> | null {
	let problems = 0;
	const fail: Report = (...args) => {
		problems++;
		report(...args);
	};
	/** Values with no problem of their own: only they count towards the sum (rule 5). */
	let cleanTotal = 0;
	const clean = new Set<string>();
	const stated = new Map<string, { value: number; shown: StatedQualifier }>();
	/** Ids whose own problem is already reported: a formula reading them says nothing more. */
	const broken = new Set<string>();
	const resolved: ResolvedValue[] = [];
	const ids = new Set<string>();
	checkKindShape(figure, fail);

	for (const [i, v] of figure.values.entries()) {
		const field = `values[${i}]`;
		const before = problems;
		const count = () => {
			if (problems !== before) return;
			cleanTotal += v.value;
			clean.add(v.id);
		};
		if (ids.has(v.id)) fail(`${field}.id`, RULES.shape, `duplicate id ${JSON.stringify(v.id)}`);
		ids.add(v.id);
		const unit = isStatedChange(v) ? 'pt' : figure.unit;
		const base = { id: v.id, label: v.label, value: v.value, unit, qualifier: v.qualifier, ...(v.wave === undefined ? {} : { wave: v.wave }) };
		if (v.qualifier === 'derived' && figure.kind === 'groups') {
			// Each group is its own whole: a "rest" would be the rest of one group, shown as another group.
			fail(`${field}.qualifier`, RULES.derived, 'a groups figure charts what the article states for each group; a derived value has no group of its own');
			broken.add(v.id);
			continue;
		}
		if (v.qualifier === 'derived') {
			const result = evaluateFormula(v.formula, new Map([...stated].map(([k, s]) => [k, s.value])), { allowWhole: figure.unit === '%' });
			if (!result.ok) {
				if (!(result.unknown && broken.has(result.unknown))) fail(`${field}.formula`, RULES.derived, result.problem);
				broken.add(v.id);
				continue;
			}
			if (result.inputs.length === 0) {
				fail(`${field}.formula`, RULES.derived, `${v.formula} reads no stated value, so the number would trace to nothing`);
				continue;
			}
			if (Math.abs(result.value - v.value) > 1e-9) fail(`${field}.value`, RULES.derived, `${v.formula} = ${result.value}, not ${v.value}`);
			const shown = result.inputs.every((id) => stated.get(id)?.shown === 'exact') ? 'exact' : 'approx';
			resolved.push({ ...base, shown, quote: null, formula: v.formula, inputs: result.inputs, ...sharedNoun(resolved, result.inputs) });
			count();
			continue;
		}
		const quote = citeQuote(article, v.quote, `${field}.quote`, fail);
		const mention = quote && citedMention(article, quote, v, field, fail);
		if (!quote || !mention) {
			broken.add(v.id);
			continue;
		}
		const said = JSON.stringify(mention.text);
		if (mention.value !== v.value) fail(`${field}.value`, RULES.number, `the reader reads ${said} as ${mention.value}, the value is ${v.value}`);
		if (mention.unit !== unit) fail(`${field}.quote`, RULES.number, `the reader reads ${said} as ${UNIT_NAMES[mention.unit]}, the ${unit === figure.unit ? "figure's" : "value's"} unit is ${unit}`);
		if (mention.qualifier !== v.qualifier) fail(`${field}.qualifier`, RULES.qualifier, `the reader reads ${said} as ${mention.qualifier}, the value says ${v.qualifier}`);
		else if (mention.high !== v.high) {
			fail(`${field}.high`, RULES.qualifier, mention.high === undefined ? `${said} is no range, so the value has no high end` : `the reader reads ${said} as a range up to ${mention.high}, high is ${v.high ?? 'missing'}`);
		}
		stated.set(v.id, { value: v.value, shown: v.qualifier });
		const value: ResolvedValue = { ...base, shown: v.qualifier, quote: { ...quote, phrase: phraseOf(article, mention), number: publicMention(mention) }, formula: null, inputs: [] };
		if (v.high !== undefined) value.high = v.high;
		if (mention.noun !== undefined) value.noun = mention.noun;
		if (mention.currency !== undefined) value.currency = mention.currency;
		if (mention.approach) value.approach = mention.approach;
		// A value with a problem of its own is not checked against its poll: that would be a knock-on.
		const check = problems === before ? checkPoll(figure, v, field, polls, fail, mention.approach, rejectedPolls) : undefined;
		if (check) value.check = check;
		resolved.push(value);
		count();
	}

	// Rule 5, per whole: the parts of a parts or split figure share one; every other share is a whole of its own.
	const wholes = WHOLE_KINDS.includes(figure.kind ?? 'parts');
	if (figure.unit === '%' && !wholes) {
		for (const [i, v] of figure.values.entries()) {
			if (clean.has(v.id) && v.value > 100 && !isStatedChange(v)) fail(`values[${i}].value`, RULES.sum, figure.kind === 'groups' ? `${v.value}% of one group is more than the whole group` : `${v.value}% is more than the whole`);
		}
	} else if (figure.unit === '%' && cleanTotal > 100 + 0.05 * figure.values.length + 1e-9) {
		fail('values', RULES.sum, `the parts sum to ${Math.round(cleanTotal * 100) / 100}%`);
	}
	if (problems === 0) checkChangeSums(figure, resolved, fail);

	const interpretation = figure.interpretation ? citeQuote(article, figure.interpretation, 'interpretation', fail) : null;
	if (problems) return null;
	const { values: _values, interpretation: _interpretation, draft: _draft, ...rest } = figure;
	return { ...rest, values: resolved, interpretation };
}
