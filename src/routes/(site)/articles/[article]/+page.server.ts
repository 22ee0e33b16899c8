import { error } from '@sveltejs/kit';
import { catalogue, findArticle, summarize } from '$lib/catalogue';
import { indexBySentence } from '$lib/provenance/numbers-index';

export function entries() {
	return catalogue.articles.map((a) => ({ article: a.id }));
}

export function load({ params }) {
	const article = findArticle(params.article);
	if (!article) error(404, `There is no article named “${params.article.slice(0, 80)}”.`);
	return {
		article: summarize(article),
		disclaimer: article.text.split('\n')[article.disclaimerLine - 1] ?? '',
		numbers: indexBySentence(article.numbers),
		figures: catalogue.figures.filter((f) => f.article === article.id)
	};
}
