import { describe, expect, it } from 'vitest';
import type { Poll } from '$lib/content/poll';
import { fixtures } from '../../../tests/fixture-catalogue';
import { disclosure } from './disclosure';

/** The fixture poll that reports the most and leaves weighting out: both states of an item. */
const poll = fixtures.polls.find((p) => p.weighting === null && p.marginOfError !== null && p.responseRate !== null)!;
const summary = (p: Poll) => disclosure(p).map((d) => [d.item, d.status]);
const item = (p: Poll, name: string) => disclosure(p).find((d) => d.item === name)!;

describe('disclosure', () => {
	it('lists AAPOR’s items in order, each disclosed or not reported', () => {
		expect(summary(poll)).toEqual([
			['Sponsor', 'disclosed'],
			['Who conducted it', 'disclosed'],
			['Dates of fieldwork', 'disclosed'],
			['Population', 'disclosed'],
			['Sample and how it was recruited', 'disclosed'],
			['Mode', 'disclosed'],
			['Question wording', 'disclosed'],
			['Sample size', 'disclosed'],
			['Precision', 'disclosed'],
			['Weighting', 'not reported']
		]);
	});

	it('shows each fact as the reports give it, with their source ids', () => {
		expect(item(poll, 'Sample size').facts).toEqual([
			{ label: 'Valid responses', text: '512 responses', sources: ['board', 'gazette'] },
			{ label: 'Response rate', text: '85.3%', sources: ['board'] }
		]);
		expect(item(poll, 'Precision').facts).toEqual([{ label: 'Margin of error', text: '±4.3 points', sources: ['board'] }]);
		expect(item(poll, 'Weighting').facts).toEqual([{ label: 'Weighting', text: null, sources: [] }]);
		// Verbatim and translated wording both give the question in its own words.
		expect(poll.questions.map((q) => q.question.wording).sort()).toEqual(['translated', 'verbatim']);
		expect(item(poll, 'Question wording').facts[0]!.text).toBe('2 of 2 questions in their own words');
	});

	it('counts a paraphrase as wording not reported, and one missing fact as partly disclosed', () => {
		const changed = structuredClone(poll);
		changed.questions[0]!.question.wording = 'paraphrased';
		changed.responseRate = null;
		changed.validResponses = { value: 1899, sources: ['board'] };
		changed.marginOfError = null;
		const items = Object.fromEntries(disclosure(changed).map((d) => [d.item, d]));
		expect(items['Question wording']!.status).toBe('not reported');
		expect(items['Question wording']!.facts[0]!.note).toBe('the reports paraphrase 1 of 2 questions');
		expect(items['Sample size']!.status).toBe('partly disclosed');
		expect(items['Sample size']!.facts.map((f) => f.text)).toEqual(['1,899 responses', null]);
		expect(items['Precision']!.status).toBe('not reported');
	});
});
