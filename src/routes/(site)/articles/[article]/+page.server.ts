import { catalogue, summarize } from '$lib/catalogue';
import { articleEntries, loadArticle } from '$lib/server/load';
import { indexBySentence } from '$lib/provenance/numbers-index';

export const entries = articleEntries;

export function load({ params }) {
	const article = loadArticle(params.article);
	return {
		article: summarize(article),
		numbers: indexBySentence(article.numbers),
		figures: catalogue.figures.filter((f) => f.article === article.id)
	};
}
