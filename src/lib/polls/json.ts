import type { Poll } from '$lib/content/poll';
import { langOf } from '$lib/lang';
import { disclosure } from './disclosure';
import { splitParts } from './parts';
import type { PollCitation } from './verdict';

/**
 * `/polls/{id}.json`: the record as written, each question with the rest its answers leave
 * (derived, so marked apart from the answers), the disclosure checklist and the citing figures.
 * `urls` are the poll's absolute addresses, computed by the route.
 */
export function pollJson(poll: Poll, citations: PollCitation[], urls: { page: string; json: string }) {
	return {
		...poll,
		// Said even where the record leaves it to the default, so readers of the file need not know it.
		lang: langOf(poll),
		questions: poll.questions.map((q) => {
			const rest = splitParts(q).find((p) => p.derived);
			return { ...q, notReported: rest ? { share: rest.value, derivation: rest.explanation } : null };
		}),
		disclosure: disclosure(poll),
		citations,
		urls
	};
}
