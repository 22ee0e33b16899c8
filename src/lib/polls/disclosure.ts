import type { Fact, Poll } from '$lib/content/poll';
import { formatValue } from '$lib/chart/format';

/** One fact of a checklist item: what the reports say and which of them say it, or `null`. */
export interface DisclosedFact {
	label: string;
	text: string | null;
	sources: string[];
	/** Why an unreported fact is unreported, where the record knows. */
	note?: string;
}

export interface DisclosureItem {
	/** AAPOR's item, in plain words. */
	item: string;
	status: 'disclosed' | 'partly disclosed' | 'not reported';
	facts: DisclosedFact[];
}

const fact = <T>(label: string, f: Fact<T> | null, show: (value: T) => string): DisclosedFact =>
	f ? { label, text: show(f.value), sources: f.sources } : { label, text: null, sources: [] };
const same = (text: string) => text;

/** Exact wording is disclosed when each question is verbatim or a translation of it, not a paraphrase. */
function wording(poll: Poll): DisclosedFact {
	const exact = poll.questions.filter((q) => q.question.wording !== 'paraphrased');
	if (poll.questions.length > 0 && exact.length === poll.questions.length) {
		return { label: 'Question wording', text: `${exact.length} of ${poll.questions.length} questions in their own words`, sources: [...new Set(exact.flatMap((q) => q.sources))] };
	}
	const paraphrased = poll.questions.length - exact.length;
	return { label: 'Question wording', text: null, sources: [], note: `the reports paraphrase ${paraphrased} of ${poll.questions.length} questions` };
}

/**
 * AAPOR's disclosure items, each with the facts that disclose it: what a reader checks before
 * trusting a poll. An item is disclosed when every one of its facts is reported.
 */
export function disclosure(poll: Poll): DisclosureItem[] {
	const items: [string, DisclosedFact[]][] = [
		['Sponsor', [fact('Sponsor', poll.sponsor, same)]],
		['Who conducted it', [fact('Pollster', poll.pollster, same)]],
		['Dates of fieldwork', [fact('Fieldwork', poll.fieldwork, (f) => f.text)]],
		['Population', [fact('Population', poll.population, same)]],
		['Sample and how it was recruited', [fact('Sample drawn', poll.sampleDrawn, (n) => formatValue({ value: n, unit: 'count', noun: 'people', shown: 'exact' })), fact('Recruitment', poll.recruitment, same)]],
		['Mode', [fact('Mode', poll.mode, same)]],
		['Question wording', [wording(poll)]],
		['Sample size', [fact('Valid responses', poll.validResponses, (n) => formatValue({ value: n, unit: 'count', noun: 'responses', shown: 'exact' })), fact('Response rate', poll.responseRate, (n) => formatValue({ value: n, unit: '%', shown: 'exact' }))]],
		['Precision', [fact('Margin of error', poll.marginOfError, (n) => `±${formatValue({ value: n, unit: 'count', noun: 'points', shown: 'exact' })}`)]],
		['Weighting', [fact('Weighting', poll.weighting, same)]]
	];
	return items.map(([item, facts]) => {
		const reported = facts.filter((f) => f.text !== null).length;
		const status = reported === facts.length ? 'disclosed' : reported === 0 ? 'not reported' : 'partly disclosed';
		return { item, status, facts };
	});
}
