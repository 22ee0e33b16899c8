/**
 * The shape of content modules, checked when the catalogue loads (rule 8), so `npm run build`
 * fails on a wrong type, a missing field or an unknown qualifier with one message per problem,
 * not only the type checker.
 */
import * as v from 'valibot';
import { ARTICLE_KINDS, FIGURE_KINDS } from '../content/types';
import { QUALIFIERS } from './reader/types';
import { canonicalLang, isLanguageTag } from '../lang';

/** Lowercase words joined by hyphens: slugs and article ids, safe in a URL unencoded. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = v.pipe(v.string(), v.check((s) => s.trim() !== '', 'must not be empty'));
const slug = v.pipe(v.string(), v.regex(SLUG_PATTERN, 'must be lowercase words joined by hyphens, such as "asahi-poll"'));
const line = v.pipe(v.number(), v.integer('must be a whole line number'), v.minValue(1, 'must be a line number from 1'));
/** A line the text may not have: null says so (the type check alone would only say "number"). */
const lineOrNull = v.union([line, v.null()], 'must be a line number, or null where the text has none');
const finite = v.pipe(v.number(), v.finite('must be a finite number'));
const httpUrl = v.pipe(
	v.string(),
	v.check((s) => {
		try {
			return /^https?:$/.test(new URL(s).protocol);
		} catch {
			return false;
		}
	}, 'must be an http or https URL')
);

const quoteRef = v.strictObject({
	text: v.pipe(v.string(), v.nonEmpty('must not be empty')),
	occurrence: v.optional(v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more')))
});

const id = v.pipe(v.string(), v.regex(/^[A-Za-z_]\w*$/, 'must be a word of letters, digits or _ (no hyphen: a formula reads - as minus)'));

const pollLink = v.strictObject({
	id: slug,
	question: text,
	answer: text,
	match: v.picklist(['named', 'inferred']),
	why: v.optional(text)
});

const statedValue = v.strictObject({
	id,
	label: text,
	value: finite,
	high: v.optional(finite),
	qualifier: v.picklist(QUALIFIERS),
	quote: quoteRef,
	cites: v.optional(text),
	poll: v.optional(pollLink),
	wave: v.optional(id),
	unit: v.optional(v.literal('pt', 'must be "pt" (a stated change) or left out'))
});

const derivedValue = v.strictObject({
	id,
	label: text,
	value: finite,
	qualifier: v.literal('derived'),
	formula: text,
	wave: v.optional(id)
});

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precisely as the article dates a wave. */
const waveDate = v.pipe(
	v.string(),
	v.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD')
);

const wave = v.strictObject({ id, label: text, date: v.optional(waveDate) });

export const figureSchema = v.strictObject({
	slug,
	article: slug,
	draft: v.optional(v.boolean()),
	title: text,
	subtitle: text,
	unit: v.picklist(['%', 'pt', 'count', 'money', 'time']),
	source: v.union([v.strictObject({ name: text }), v.strictObject({ unnamed: text })], 'must be { name } or { unnamed }'),
	notReported: v.array(text),
	interpretation: v.optional(quoteRef),
	kind: v.optional(v.picklist(FIGURE_KINDS)),
	waves: v.optional(v.array(wave)),
	values: v.pipe(v.array(v.variant('qualifier', [statedValue, derivedValue])), v.minLength(1, 'a figure needs at least one value'))
});

/** A BCP 47 language tag in its canonical spelling, so `lang` attributes and Intl agree on it. */
export const lang = v.pipe(
	v.string(),
	v.check(isLanguageTag, 'must be a BCP 47 language tag such as "en", "ja" or "zh-Hans"'),
	v.check((s) => !isLanguageTag(s) || canonicalLang(s) === s, (issue) => `must be written ${JSON.stringify(canonicalLang(String(issue.input)))}, as BCP 47 spells it`)
);

export const articleSchema = v.strictObject({
	draft: v.optional(v.boolean()),
	lang: v.optional(lang),
	title: text,
	outlet: text,
	url: httpUrl,
	author: v.nullable(text),
	date: v.nullable(text),
	kind: v.picklist(ARTICLE_KINDS),
	headlineLine: lineOrNull,
	subheads: v.array(line),
	captionLines: v.array(line),
	urlLine: lineOrNull,
	disclaimerLine: lineOrNull,
	notFigures: v.array(
		v.strictObject({
			...quoteRef.entries,
			reason: v.picklist(['date', 'ordinal', 'idiom', 'age', 'url', 'name', 'identifier'])
		})
	)
});

/** One problem in a module's shape: the field's path and what is wrong with it. */
export interface ShapeProblem {
	field: string;
	problem: string;
}

const fieldOf = (path: v.IssuePathItem[] | undefined) =>
	(path ?? []).map((p, i) => (typeof p.key === 'number' ? `[${p.key}]` : `${i ? '.' : ''}${String(p.key)}`)).join('') || '(module)';

/** "a", "a or b", "a, b or c". */
const oneOf = (options: string[]) => (options.length > 2 ? `${options.slice(0, -1).join(', ')} or ${options.at(-1)}` : options.join(' or '));

/** Checks `data` against a schema; returns every problem, each once, or the typed data. */
export function checkShape<S extends v.GenericSchema>(schema: S, data: unknown): { ok: true; data: v.InferOutput<S> } | { ok: false; problems: ShapeProblem[] } {
	const result = v.safeParse(schema, data);
	if (result.success) return { ok: true, data: result.output };
	const problems = result.issues.map((issue) => ({
		field: fieldOf(issue.path),
		problem:
			issue.kind === 'validation' || issue.type === 'union'
				? issue.message
				: issue.type === 'strict_object' && issue.expected === 'never'
					? 'is not a field here (a misspelling?)'
					: issue.received === 'undefined'
						? 'is missing'
						: `must be ${oneOf((issue.expected ?? '').replace(/[()]/g, '').split(' | '))}, not ${issue.received}`
	}));
	return { ok: false, problems };
}
