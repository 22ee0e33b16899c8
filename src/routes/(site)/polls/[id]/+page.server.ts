import { error } from '@sveltejs/kit';
import { findPoll, polls } from '$lib/polls/catalogue';
import type { PollCitation } from '$lib/polls/verdict';

export const entries = () => polls.map((p) => ({ id: p.id }));

export function load({ params }) {
	const poll = findPoll(params.id);
	if (!poll) error(404, `There is no poll named “${params.id.slice(0, 80)}”.`);
	// Figures do not name poll answers yet; the figure catalogue will supply these with their verdicts.
	const citations: PollCitation[] = [];
	return { poll, citations };
}
