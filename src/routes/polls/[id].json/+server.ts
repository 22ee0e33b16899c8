import { error, json } from '@sveltejs/kit';
import { citationsOf, findPoll, polls } from '$lib/polls/catalogue';
import { pollJson } from '$lib/polls/json';
import { pollUrls } from '$lib/site';

export const prerender = true;
export const entries = () => polls.map((p) => ({ id: p.id }));

export function GET({ params }) {
	const poll = findPoll(params.id);
	if (!poll) error(404, `There is no poll named “${params.id.slice(0, 80)}”.`);
	return json(pollJson(poll, citationsOf(poll.id), pollUrls(poll.id)));
}
