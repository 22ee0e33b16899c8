import type { Poll } from '$lib/content/poll';
import { absolute, pollRoutes } from '$lib/site';
import { disclosure } from './disclosure';
import { splitParts } from './parts';
import type { PollCitation } from './verdict';

/**
 * `/polls/{id}.json`: the record as written, each question with the rest its answers leave
 * (derived, so marked apart from the answers), the disclosure checklist and the citing figures.
 */
export function pollJson(poll: Poll, citations: PollCitation[]) {
	const routes = pollRoutes(poll.id);
	return {
		...poll,
		questions: poll.questions.map((q) => {
			const rest = splitParts(q).find((p) => p.derived);
			return { ...q, notReported: rest ? { share: rest.value, derivation: rest.explanation } : null };
		}),
		disclosure: disclosure(poll),
		citations,
		urls: { page: absolute(routes.page), json: absolute(routes.json) }
	};
}
