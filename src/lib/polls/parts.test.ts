import { describe, expect, it } from 'vitest';
import type { PollQuestion } from '$lib/content/poll';
import { REST_ID, splitParts } from './parts';

const question = (...values: number[]): PollQuestion => ({
	id: 'q',
	question: { text: 'Q?', wording: 'verbatim' },
	sources: ['s'],
	// Hyphenated ids, as in the seed poll ("not-much").
	answers: values.map((value, i) => ({ id: `answer-${i}`, label: { text: `A${i}`, wording: 'verbatim' }, value, sources: ['s'] }))
});

describe('splitParts', () => {
	it.each<[string, number[], number | null, string | null]>([
		['derives what two answers leave', [68, 24], 8, '100% − 68% − 24% = 8%'],
		['keeps one decimal', [61.4, 30.3], 8.3, '100% − 61.4% − 30.3% = 8.3%'],
		['explains a rest whatever the answer ids', [3, 40, 48, 6], 3, '100% − 3% − 40% − 48% − 6% = 3%'],
		['adds no rest when the answers make 100', [3, 40, 48, 9], null, null],
		['adds no rest within rounding of 100', [33.3, 33.3, 33.4], null, null],
		['adds no rest when rounding takes the answers just over 100', [50.05, 50], null, null]
	])('%s', (_what, values, rest, explanation) => {
		const parts = splitParts(question(...values));
		expect(parts.slice(0, values.length).map((p) => [p.value, p.derived])).toEqual(values.map((v) => [v, false]));
		const last = parts.at(-1)!;
		expect(last.id === REST_ID ? [last.value, last.explanation, last.derived, last.wording] : null).toEqual(
			rest === null ? null : [rest, explanation, true, null]
		);
	});
});
