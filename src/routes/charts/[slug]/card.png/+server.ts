import { figureCard } from '$lib/server/exports';
import { figureEntries, loadFigure } from '$lib/server/load';
import { figureUrls } from '$lib/site';

export const prerender = true;
export const entries = figureEntries;

export function GET({ params }) {
	const { figure, article } = loadFigure(params.slug);
	return new Response(new Uint8Array(figureCard(figure, article, figureUrls(figure.slug).page)), { headers: { 'Content-Type': 'image/png' } });
}
