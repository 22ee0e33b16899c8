import { catalogue, summarize } from '$lib/catalogue';
import { articleEntries, loadArticle } from '$lib/server/load';
import { figureHighlights, segmentArticle, type Highlight } from '$lib/provenance/highlight';

export const entries = articleEntries;

export function load({ params }) {
	const article = loadArticle(params.article);
	const figures = catalogue.figures.filter((f) => f.article === article.id);
	const charted: Highlight[] = figures.flatMap((f) => figureHighlights(f).map(({ quote: _q, ...h }) => h));
	// Index numbers not already inside a charted quote ("three waves of delegations") get their own mark.
	const listed: Highlight[] = article.numbers
		.filter((n) => !charted.some((h) => n.number.offset < h.offset + h.length && h.offset < n.number.offset + n.number.length))
		.map((n) => ({ offset: n.number.offset, length: n.number.length, id: `number-${n.number.offset}`, chart: n.charts[0] ?? null }));
	return {
		article: summarize(article),
		paragraphs: segmentArticle(article.text, [...charted, ...listed]),
		chartTitles: Object.fromEntries(figures.map((f) => [f.slug, f.title]))
	};
}
