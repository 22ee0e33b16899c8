import { catalogue, summarize } from '$lib/catalogue';

export function load() {
	return {
		articles: catalogue.articles.map((article) => ({
			article: summarize(article),
			disclaimer: article.text.split('\n')[article.disclaimerLine - 1] ?? '',
			numbers: article.numbers,
			figures: catalogue.figures.filter((f) => f.article === article.id)
		}))
	};
}
