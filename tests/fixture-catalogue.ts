import { FIXTURE_CONTENT } from '$lib/catalogue';
import type { Poll, PollQuestion } from '$lib/content/poll';
import { buildCatalogue } from '$lib/provenance/catalogue';
import type { ResolvedArticle, ResolvedFigure, ResolvedValue } from '$lib/provenance/resolved';

/**
 * The fictional fixture content (tests/fixtures/content), resolved by the same code as the site's
 * own. Unit tests run on it, never on the production article, so adding content never breaks them.
 * For Vitest only: it reaches the files through `import.meta.glob`.
 */
export const fixtures = buildCatalogue(FIXTURE_CONTENT);

/** The first item that has a property; throws naming the property when no fixture has it any more. */
function first<T>(items: readonly T[], what: string, has: (item: T) => boolean): T {
	const found = items.find(has);
	if (found === undefined) throw new Error(`no fixture is ${what}: add one to tests/fixtures/content`);
	return found;
}

/** A fixture figure picked by what it exercises rather than by slug, so tests survive new fixtures. */
export const fixtureFigure = (what: string, has: (figure: ResolvedFigure) => boolean): ResolvedFigure => first(fixtures.figures, `a figure ${what}`, has);

/** A fixture poll question picked by what it exercises, with the poll it belongs to. */
export function fixtureQuestion(what: string, has: (question: PollQuestion) => boolean): { poll: Poll; question: PollQuestion } {
	const pairs = fixtures.polls.flatMap((poll) => poll.questions.map((question) => ({ poll, question })));
	return first(pairs, `a poll question ${what}`, ({ question }) => has(question));
}

export function fixtureArticleOf(figure: ResolvedFigure): ResolvedArticle {
	return first(fixtures.articles, `the article of ${figure.slug}`, (a) => a.id === figure.article);
}

/** Properties tests pick figures by. */
export const has = {
	derived: (f: ResolvedFigure) => f.values.some((v) => v.qualifier === 'derived'),
	verdict: (verdict: string) => (f: ResolvedFigure) => f.values.some((v) => v.check?.verdict === verdict),
	stated: (shown: ResolvedValue['shown']) => (f: ResolvedFigure) => f.values.some((v) => v.quote && v.shown === shown)
};
