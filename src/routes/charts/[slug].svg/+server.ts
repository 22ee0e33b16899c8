import { figureSvg } from '$lib/server/exports';
import { figureEntries, loadFigure } from '$lib/server/load';
import { figureUrls } from '$lib/site';

export const prerender = true;
export const entries = figureEntries;

export async function GET({ params }) {
	const { figure, article } = loadFigure(params.slug);
	return new Response(await figureSvg(figure, article, figureUrls(figure.slug).page), { headers: { 'Content-Type': 'image/svg+xml' } });
}
