import { error } from '@sveltejs/kit';
import { articleOf, catalogue, findArticle, findFigure } from '$lib/catalogue';

/** Prerender entries of every per-figure route. */
export const figureEntries = () => catalogue.figures.map((f) => ({ slug: f.slug }));

/** The figure a route names, or the 404 page. */
export function loadFigure(slug: string) {
	const figure = findFigure(slug);
	if (!figure) error(404, `There is no chart named “${slug.slice(0, 80)}”.`);
	return { figure, article: articleOf(figure) };
}

/** Prerender entries of every per-article route. */
export const articleEntries = () => catalogue.articles.map((a) => ({ article: a.id }));

/** The article a route names, or the 404 page. */
export function loadArticle(id: string) {
	const article = findArticle(id);
	if (!article) error(404, `There is no article named “${id.slice(0, 80)}”.`);
	return article;
}
