import { EXPORT_SCALE, EXPORT_WIDTH } from '$lib/chart/chrome';
import { chartHeight } from '$lib/chart/config';
import { describeFigure } from '$lib/chart/describe';
import { iframeCode } from '$lib/embed/codes';
import { attribution } from '$lib/provenance/citation';
import type { ResolvedArticle, ResolvedFigure } from '$lib/provenance/resolved';
import { absolute, figureUrls, loaderUrl } from '$lib/site';

/** Height of the embed page around its chart: title, subtitle, source line and padding. */
export const embedHeight = (figure: ResolvedFigure) => chartHeight(figure) + 150;

export function embedTarget(figure: ResolvedFigure, article: Pick<ResolvedArticle, 'kind' | 'outlet'>) {
	const urls = figureUrls(figure.slug);
	return {
		slug: figure.slug,
		title: figure.title,
		description: describeFigure(figure, attribution(figure, article)),
		height: embedHeight(figure),
		urls: { page: urls.page, png: urls.png, embed: urls.embed, loader: loaderUrl() }
	};
}

/** oEmbed 1.0, type rich: the iframe code, sized for a 720 px column. */
export function oembedJson(figure: ResolvedFigure, article: ResolvedArticle) {
	const target = embedTarget(figure, article);
	return {
		version: '1.0',
		type: 'rich',
		title: figure.title,
		provider_name: 'citecharts',
		provider_url: absolute('/'),
		html: iframeCode(target),
		width: EXPORT_WIDTH,
		height: target.height,
		thumbnail_url: figureUrls(figure.slug).png,
		thumbnail_width: EXPORT_WIDTH * EXPORT_SCALE,
		thumbnail_height: chartHeight(figure, true) * EXPORT_SCALE,
		cache_age: 86400
	};
}
