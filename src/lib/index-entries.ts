import { chartHeight } from '$lib/chart/sizes';
import { checkSummary } from '$lib/chart/checks';
import { describeArticle } from '$lib/provenance/citation';
// The browser filters with the same function (/index.js); the server side and tests import it here.
export { matchesQuery } from '$lib/index-page.js';
import type { ResolvedArticle, ResolvedFigure } from '$lib/provenance/resolved';

/** One article as the index lists it. */
export interface IndexEntry {
	id: string;
	title: string;
	/** The article's own headline verbatim (its `headlineLine`), or null when the text has none. */
	headline: string | null;
	/** The article's language, which its title and chart titles are in. */
	lang: string;
	/** "a news article on Harbourtown Gazette". */
	described: string;
	date: string | null;
	checks: string | null;
	charts: { slug: string; title: string; stillHeight: number }[];
	/** Lower-case words the filter matches: title, headline, outlet, kind, date, chart titles, pollsters. */
	words: string;
}

/**
 * Newest first; undated articles after dated ones; then by title. Dates are ISO (`2025-05-12`),
 * so their text order is their time order.
 */
export function byDateThenTitle(a: Pick<IndexEntry, 'date' | 'title'>, b: Pick<IndexEntry, 'date' | 'title'>): number {
	if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : b.date.localeCompare(a.date);
	return a.title.localeCompare(b.title, 'en');
}

/** The index's entries, sorted; `pollTitles` names the polls a figure is checked against. */
export function indexEntries(articles: readonly ResolvedArticle[], figures: readonly ResolvedFigure[], pollTitles: ReadonlyMap<string, string>): IndexEntry[] {
	return articles
		.map((article) => {
			const own = figures.filter((f) => f.article === article.id);
			const polls = [...new Set(own.flatMap((f) => f.values.flatMap((v) => (v.check ? [v.check.poll] : []))))].map((id) => pollTitles.get(id) ?? id);
			const described = describeArticle(article);
			const words = [article.title, article.headline?.text ?? '', described, article.outlet, article.kind, article.date ?? '', ...own.map((f) => f.title), ...own.map((f) => f.source ?? ''), ...polls];
			return {
				id: article.id,
				title: article.title,
				headline: article.headline?.text ?? null,
				lang: article.lang,
				described,
				date: article.date,
				checks: checkSummary(own.flatMap((f) => f.values)),
				charts: own.map((f) => ({ slug: f.slug, title: f.title, stillHeight: chartHeight(f) })),
				words: words.join(' ').toLowerCase()
			};
		})
		.sort(byDateThenTitle);
}
