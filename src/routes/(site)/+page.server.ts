import { catalogue } from '$lib/catalogue';
import { indexEntries } from '$lib/index-entries';
import { polls } from '$lib/polls/catalogue';

export function load() {
	// A figure checked against a poll is found by the poll's name and its pollster's.
	const pollWords = new Map(polls.map((p) => [p.id, [p.title, p.pollster?.value, p.sponsor?.value].filter(Boolean).join(' ')]));
	return {
		articles: indexEntries(catalogue.articles, catalogue.figures, pollWords),
		polls: polls.map((p) => ({ id: p.id, title: p.title, fieldwork: p.fieldwork?.value.text ?? null, questions: p.questions.length }))
	};
}
