import { catalogue, summarize } from '$lib/catalogue';
import { polls } from '$lib/polls/catalogue';
import { indexBySentence } from '$lib/provenance/numbers-index';

export function load() {
	return {
		articles: catalogue.articles.map((article) => ({
			article: summarize(article),
			disclaimer: article.text.split('\n')[article.disclaimerLine - 1] ?? '',
			numbers: indexBySentence(article.numbers),
			figures: catalogue.figures.filter((f) => f.article === article.id)
		})),
		polls: polls.map((p) => ({ id: p.id, title: p.title, fieldwork: p.fieldwork?.value.text ?? null, questions: p.questions.length }))
	};
}
