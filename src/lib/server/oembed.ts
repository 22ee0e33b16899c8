import { embedHeight, EXPORT_WIDTH, exportPixels } from '$lib/chart/sizes';
import { describeFigure } from '$lib/chart/describe';
import { iframeCode, type EmbedTarget } from '$lib/embed/codes';
import { attribution } from '$lib/provenance/citation';
import type { ResolvedArticle, ResolvedFigure } from '$lib/provenance/resolved';

/** What the embed codes need; `urls` are absolute, computed by the route (`embedUrls` in site.ts). */
export function embedTarget(figure: ResolvedFigure, article: Pick<ResolvedArticle, 'kind' | 'outlet'>, urls: EmbedTarget['urls']): EmbedTarget {
	return {
		slug: figure.slug,
		title: figure.title,
		description: describeFigure(figure, attribution(figure, article)),
		height: embedHeight(figure),
		urls
	};
}

/** oEmbed 1.0, type rich: the iframe code, sized for the exported images' column. `site` is the provider's URL. */
export function oembedJson(figure: ResolvedFigure, article: ResolvedArticle, urls: EmbedTarget['urls'], site: string) {
	const target = embedTarget(figure, article, urls);
	const thumbnail = exportPixels(figure);
	return {
		version: '1.0',
		type: 'rich',
		title: figure.title,
		provider_name: 'citecharts',
		provider_url: site,
		html: iframeCode(target),
		width: EXPORT_WIDTH,
		height: target.height,
		thumbnail_url: urls.png,
		thumbnail_width: thumbnail.width,
		thumbnail_height: thumbnail.height,
		cache_age: 86400
	};
}
