import * as v from 'valibot';
import type { Poll } from '$lib/content/poll';
import { lang, SLUG_PATTERN } from '$lib/provenance/schema';

/**
 * The shape of a poll record, checked when the polls load. Each validation carries the rule it
 * enforces as its message; type and field errors are worded from the issue (see `describeIssue`).
 * Cross-field rules (cited ids exist, sums, duplicates) live in validate.ts.
 */

const id = v.pipe(v.string(), v.regex(SLUG_PATTERN, 'an id is lowercase words joined by hyphens'));
const text = v.pipe(v.string(), v.trim(), v.nonEmpty('text must not be empty'));
const day = v.pipe(v.string(), v.isoDate('a date is written YYYY-MM-DD'));
// Fieldwork is often known only to the month.
const partialDate = v.pipe(v.string(), v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'a date is written YYYY, YYYY-MM or YYYY-MM-DD'));

function isHttpUrl(s: string): boolean {
	try {
		return ['http:', 'https:'].includes(new URL(s).protocol);
	} catch {
		return false;
	}
}
const httpUrl = v.pipe(v.string(), v.check(isHttpUrl, 'a source URL is an absolute http(s) address'));

const percent = v.pipe(v.number(), v.finite(), v.minValue(0, 'a share is at least 0'), v.maxValue(100, 'a share is at most 100'));
const people = v.pipe(v.number(), v.integer('a count of people is a whole number'), v.minValue(1, 'a count of people is at least 1'));
const sources = v.pipe(v.array(v.string()), v.minLength(1, 'a fact names at least one source'));

/** A fact: its value and the ids of the reports that give it. */
const fact = <T extends v.GenericSchema>(value: T) => v.strictObject({ value, sources });

const worded = v.strictObject({
	text,
	wording: v.picklist(['verbatim', 'translated', 'paraphrased'], 'wording is verbatim, translated or paraphrased')
});

export const PollSchema = v.strictObject({
	id,
	lang: v.optional(lang),
	title: text,
	release: v.strictObject({ available: v.boolean(), note: text }),
	sources: v.pipe(
		v.array(v.strictObject({ id, publisher: text, title: text, date: day, url: httpUrl })),
		v.minLength(1, 'a poll record lists the reports it rests on')
	),
	sponsor: v.nullable(fact(text)),
	pollster: v.nullable(fact(text)),
	mode: v.nullable(fact(text)),
	population: v.nullable(fact(text)),
	fieldwork: v.nullable(fact(v.strictObject({ text, from: partialDate, to: partialDate }))),
	recruitment: v.nullable(fact(text)),
	sampleDrawn: v.nullable(fact(people)),
	validResponses: v.nullable(fact(people)),
	responseRate: v.nullable(fact(percent)),
	weighting: v.nullable(fact(text)),
	marginOfError: v.nullable(fact(v.pipe(v.number(), v.finite(), v.minValue(0, 'a margin of error is at least 0')))),
	published: v.array(fact(v.strictObject({ date: day, edition: text }))),
	context: v.array(fact(text)),
	questions: v.array(
		v.strictObject({
			id,
			question: worded,
			sources,
			answers: v.pipe(
				v.array(v.strictObject({ id, label: worded, value: percent, sources })),
				v.minLength(1, 'a question has at least one answer')
			)
		})
	)
});

// The schema and the hand-written types describe the same record: this fails to compile if they drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const inSync: Same<v.InferOutput<typeof PollSchema>, Poll> = true;
void inSync;

/** `questions[0].answers[1].value` from a valibot issue path. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
	return (issue.path ?? [])
		.map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
		.join('')
		.replace(/^\./, '');
}

/** The rule an issue breaks, in words. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
	if (issue.kind === 'validation') return issue.message;
	if (issue.type === 'strict_object' && issue.expected === 'never') return 'unknown field: the poll model has no such field';
	if (issue.type === 'picklist') return issue.message;
	if (issue.type === 'strict_object' && issue.received === 'undefined') return 'missing field: the poll model requires it (null where not reported)';
	return `wrong type: expected ${issue.expected}, got ${issue.received}`;
}
