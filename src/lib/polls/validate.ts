import * as v from 'valibot';
import type { Poll } from '$lib/content/poll';
import { describeIssue, issuePath, PollSchema } from './schema';

/**
 * Poll records are checked once, when they load: the shape first (schema.ts), then the rules
 * that span fields. A record with a shape problem gets only those messages, so a wrong type never
 * also shows up as a broken sum or a missing source.
 */

/** Shares are rounded: each answer may carry up to this much above its true value. */
export const ROUNDING = 0.05;

interface Problem {
	path: string;
	rule: string;
}

/** Every place a record cites sources, with its path. */
function citations(poll: Poll): { path: string; ids: string[] }[] {
	const single = ['sponsor', 'pollster', 'mode', 'population', 'fieldwork', 'recruitment', 'sampleDrawn', 'validResponses', 'responseRate', 'weighting', 'marginOfError'] as const;
	return [
		...single.flatMap((key) => (poll[key] ? [{ path: `${key}.sources`, ids: poll[key].sources }] : [])),
		...poll.published.map((f, i) => ({ path: `published[${i}].sources`, ids: f.sources })),
		...poll.context.map((f, i) => ({ path: `context[${i}].sources`, ids: f.sources })),
		...poll.questions.flatMap((q, i) => [
			{ path: `questions[${i}].sources`, ids: q.sources },
			...q.answers.map((a, j) => ({ path: `questions[${i}].answers[${j}].sources`, ids: a.sources }))
		])
	];
}

/** Paths of items whose id repeats an earlier one. */
function duplicates(items: { id: string }[], at: (i: number) => string, what: string): Problem[] {
	const seen = new Set<string>();
	return items.flatMap((item, i) => {
		if (!seen.has(item.id)) return (seen.add(item.id), []);
		return [{ path: `${at(i)}.id`, rule: `duplicate ${what} id "${item.id}"` }];
	});
}

const oneDecimal = (n: number) => String(Math.round(n * 10) / 10);

/** The rules that span fields of a well-formed record. */
export function checkPoll(poll: Poll, name: string): Problem[] {
	const known = new Set(poll.sources.map((s) => s.id));
	const problems: Problem[] = [];
	if (poll.id !== name) problems.push({ path: 'id', rule: `the id "${poll.id}" must equal the file name "${name}"` });
	problems.push(...duplicates(poll.sources, (i) => `sources[${i}]`, 'source'));
	for (const { path, ids } of citations(poll)) {
		ids.forEach((id, i) => {
			if (!known.has(id)) problems.push({ path: `${path}[${i}]`, rule: `unknown source id "${id}": not in this record's sources` });
		});
	}
	problems.push(...duplicates(poll.questions, (i) => `questions[${i}]`, 'question'));
	poll.questions.forEach((q, i) => {
		problems.push(...duplicates(q.answers, (j) => `questions[${i}].answers[${j}]`, 'answer'));
		const sum = q.answers.reduce((total, a) => total + a.value, 0);
		if (sum > 100 + ROUNDING * q.answers.length + 1e-9) {
			// Name the answer that takes the total over 100: where an editor would look first.
			let running = 0;
			const over = q.answers.findIndex((a, j) => (running += a.value) > 100 + ROUNDING * (j + 1) + 1e-9);
			problems.push({ path: `questions[${i}].answers[${over}].value`, rule: `answers of one question sum to ${oneDecimal(sum)}, above 100` });
		}
	});
	return problems;
}

/** `polls/x.ts` from a glob key such as `../content/polls/x.ts`. */
const fileOf = (key: string) => key.replace(/^.*?([^/]+\/[^/]+)$/, '$1');
const nameOf = (key: string) => key.replace(/^.*\/|\.ts$/g, '');

/** Checks every module; returns the valid polls, sorted by id, and one message per problem. */
export function validatePolls(modules: Record<string, unknown>): { polls: Poll[]; problems: string[] } {
	const polls: Poll[] = [];
	const problems: string[] = [];
	for (const key of Object.keys(modules).sort()) {
		const report = (p: Problem) => problems.push(`${fileOf(key)}: ${p.path || '(record)'}: ${p.rule}`);
		const parsed = v.safeParse(PollSchema, modules[key]);
		if (!parsed.success) {
			parsed.issues.forEach((issue) => report({ path: issuePath(issue), rule: describeIssue(issue) }));
			continue;
		}
		const found = checkPoll(parsed.output, nameOf(key));
		found.forEach(report);
		if (found.length === 0) polls.push(parsed.output);
	}
	return { polls, problems };
}

/** The polls, or an Error listing every problem: what stops `npm run build`. */
export function loadPolls(modules: Record<string, unknown>): Poll[] {
	const { polls, problems } = validatePolls(modules);
	if (problems.length) throw new Error(`${problems.length} problem(s) in poll records:\n${problems.join('\n')}`);
	return polls;
}
