import { error } from '@sveltejs/kit';
import { articleOf, catalogue, findFigure, summarize } from '$lib/catalogue';

export function entries() {
	return catalogue.figures.map((f) => ({ slug: f.slug }));
}

export function load({ params }) {
	const figure = findFigure(params.slug);
	if (!figure) error(404, `There is no chart named “${params.slug.slice(0, 80)}”.`);
	return { figure, article: summarize(articleOf(figure)) };
}
