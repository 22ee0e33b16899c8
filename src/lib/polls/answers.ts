import type { Poll, PollAnswer, PollQuestion } from '$lib/content/poll';

/** What a figure names when it reports a poll's answer (DESIGN.md: `poll: {id, question, answer}`). */
export interface AnswerRef {
	poll: string;
	question: string;
	answer: string;
}

/** The answer a reference names, or the rule it breaks: which of its ids is unknown. */
export function resolveAnswer(
	all: readonly Poll[],
	ref: AnswerRef
): { poll: Poll; question: PollQuestion; answer: PollAnswer } | { problem: string } {
	const poll = all.find((p) => p.id === ref.poll);
	if (!poll) return { problem: `unknown poll id "${ref.poll}"` };
	const question = poll.questions.find((q) => q.id === ref.question);
	if (!question) return { problem: `unknown question id "${ref.question}" in poll "${poll.id}"` };
	const answer = question.answers.find((a) => a.id === ref.answer);
	if (!answer) return { problem: `unknown answer id "${ref.answer}" in question "${question.id}" of poll "${poll.id}"` };
	return { poll, question, answer };
}
