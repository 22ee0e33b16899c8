import { json } from '@sveltejs/kit';
import { articleOf, catalogue } from '$lib/catalogue';
import { articleJson, figureJson } from '$lib/server/json';
import { absolute, figureUrls } from '$lib/site';

export const prerender = true;

export function GET() {
	return json({
		site: absolute('/'),
		articles: catalogue.articles.map(articleJson),
		figures: catalogue.figures.map((f) => figureJson(f, articleOf(f), figureUrls(f.slug)))
	});
}
