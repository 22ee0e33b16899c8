import { describe, expect, it } from 'vitest';
import type { ResolvedValue } from '$lib/provenance/resolved';
import { checkSummary } from './checks';

type Verdict = 'matches' | 'consistent' | 'differs';
const value = (verdict: Verdict | null, difference = 0, poll = 'p'): ResolvedValue =>
	({ id: 'v', label: 'v', value: 50, unit: '%', qualifier: 'exact', shown: 'exact', ...(verdict ? { check: { poll, question: 'q', answer: 'a', match: 'named', pollValue: 50 - difference, verdict, difference } } : {}) }) as unknown as ResolvedValue;

describe('checkSummary', () => {
	it.each([
		[[], null],
		[[value(null)], null],
		[[value('consistent', 2)], '1 value checked against the poll: 1 consistent'],
		[[value('matches'), value('consistent', 2), value('differs', -4)], '3 values checked against the poll: 1 matches, 1 consistent, 1 differs by −4 points'],
		[[value('differs', 4.7), value('differs', -6, 'q')], '2 values checked against 2 polls: 2 differ (+4.7 points, −6 points)'],
		[[value('matches'), value(null)], '1 value checked against the poll: 1 matches']
	] as [ResolvedValue[], string | null][])('%#: says only the verdicts that occur', (values, line) => {
		expect(checkSummary(values)).toBe(line);
	});
});
