import { error } from '@sveltejs/kit';
import { catalogue, findArticle, summarize } from '$lib/catalogue';
import { figureHighlights, segmentArticle, type Highlight } from '$lib/provenance/highlight';

export function entries() {
	return catalogue.articles.map((a) => ({ article: a.id }));
}

export function load({ params }) {
	const article = findArticle(params.article);
	if (!article) error(404, `There is no article named “${params.article.slice(0, 80)}”.`);
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
