import { json } from '@sveltejs/kit';
import { figureJson } from '$lib/server/json';
import { figureEntries, loadFigure } from '$lib/server/load';
import { figureUrls } from '$lib/site';

export const prerender = true;
export const entries = figureEntries;

export function GET({ params }) {
	const { figure, article } = loadFigure(params.slug);
	return json(figureJson(figure, article, figureUrls(figure.slug)));
}
