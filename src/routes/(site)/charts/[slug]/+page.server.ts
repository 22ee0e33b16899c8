import { summarize } from '$lib/catalogue';
import { figureEntries, loadFigure } from '$lib/server/load';
import { embedTarget } from '$lib/server/oembed';
import { embedUrls } from '$lib/site';

export const entries = figureEntries;

export function load({ params }) {
	const { figure, article } = loadFigure(params.slug);
	return { figure, article: summarize(article), embed: embedTarget(figure, article, embedUrls(figure.slug)) };
}
