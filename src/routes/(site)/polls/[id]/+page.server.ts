import { error } from '@sveltejs/kit';
import { citationsOf, findPoll, polls } from '$lib/polls/catalogue';

export const entries = () => polls.map((p) => ({ id: p.id }));

export function load({ params }) {
	const poll = findPoll(params.id);
	if (!poll) error(404, `There is no poll named “${params.id.slice(0, 80)}”.`);
	return { poll, citations: citationsOf(poll.id) };
}
