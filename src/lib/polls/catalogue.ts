import { catalogue } from '$lib/catalogue';
import { formatValue } from '$lib/chart/format';
import type { Poll } from '$lib/content/poll';
import type { PollCitation } from './verdict';

export { resolveAnswer, type AnswerRef } from './answers';

/** Every poll record, validated once with the rest of the content (`$lib/catalogue`). */
export const polls: Poll[] = catalogue.polls;

export function findPoll(id: string): Poll | undefined {
	return polls.find((p) => p.id === id);
}

/** Every article figure value that reports one of the poll's answers, with its verdict. */
export function citationsOf(pollId: string): PollCitation[] {
	return catalogue.figures.flatMap((figure) =>
		figure.values.flatMap((v) =>
			v.check?.poll === pollId
				? [{ slug: figure.slug, title: figure.title, label: v.label, lang: figure.lang, stated: formatValue(v), pollValue: v.check.pollValue, verdict: v.check.verdict, difference: v.check.difference, match: v.check.match }]
				: []
		)
	);
}
