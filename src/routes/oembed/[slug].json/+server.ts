import { json } from '@sveltejs/kit';
import { oembedJson } from '$lib/server/oembed';
import { figureEntries, loadFigure } from '$lib/server/load';
import { absolute, embedUrls } from '$lib/site';

export const prerender = true;
export const entries = figureEntries;

export function GET({ params }) {
	const { figure, article } = loadFigure(params.slug);
	return json(oembedJson(figure, article, embedUrls(figure.slug), absolute('/')));
}
