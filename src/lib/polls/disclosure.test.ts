import { describe, expect, it } from 'vitest';
import type { Poll } from '$lib/content/poll';
import { findPoll } from './catalogue';
import { disclosure } from './disclosure';

const asahi = findPoll('asahi-2025-japan-us')!;
const summary = (poll: Poll) => disclosure(poll).map((d) => [d.item, d.status]);

describe('disclosure', () => {
	it('lists AAPOR’s items for the seed poll: wording, precision and weighting not reported', () => {
		expect(summary(asahi)).toEqual([
			['Sponsor', 'disclosed'],
			['Who conducted it', 'disclosed'],
			['Dates of fieldwork', 'disclosed'],
			['Population', 'disclosed'],
			['Sample and how it was recruited', 'disclosed'],
			['Mode', 'disclosed'],
			['Question wording', 'not reported'],
			['Sample size', 'disclosed'],
			['Precision', 'not reported'],
			['Weighting', 'not reported']
		]);
	});

	it('shows each fact as the reports give it, with their source ids', () => {
		const size = disclosure(asahi).find((d) => d.item === 'Sample size')!;
		expect(size.facts).toEqual([
			{ label: 'Valid responses', text: '1,899 responses', sources: ['asahi-en', 'xinhua', 'asiae', 'get'] },
			{ label: 'Response rate', text: '63%', sources: ['asahi-en', 'xinhua'] }
		]);
		expect(disclosure(asahi).find((d) => d.item === 'Weighting')!.facts).toEqual([{ label: 'Weighting', text: null, sources: [] }]);
		expect(disclosure(asahi).find((d) => d.item === 'Question wording')!.facts[0]!.note).toBe('the reports paraphrase 5 of 5 questions');
	});

	it('counts translated wording as disclosed, and one missing fact as partly disclosed', () => {
		const poll = structuredClone(asahi);
		poll.questions.forEach((q) => (q.question.wording = 'translated'));
		poll.responseRate = null;
		poll.marginOfError = { value: 2.2, sources: ['asahi-en'] };
		const items = Object.fromEntries(disclosure(poll).map((d) => [d.item, d]));
		expect(items['Question wording']!.status).toBe('disclosed');
		expect(items['Sample size']!.status).toBe('partly disclosed');
		expect(items['Precision']!.facts[0]!.text).toBe('±2.2 points');
	});
});
