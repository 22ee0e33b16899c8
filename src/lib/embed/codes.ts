/** The codes a chart page offers for pasting elsewhere. Attribute values are escaped. */
import { EXPORT_WIDTH } from '$lib/chart/sizes';

export interface EmbedTarget {
	slug: string;
	title: string;
	/** Text alternative of the chart. */
	description: string;
	/** Fixed height for the plain iframe, which has no script to size it. */
	height: number;
	urls: { page: string; png: string; embed: string; loader: string };
}

const attr = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const markdownText = (value: string) => value.replace(/([\\[\]()])/g, '\\$1');

export function iframeCode(t: EmbedTarget): string {
	return `<iframe src="${attr(t.urls.embed)}" title="${attr(t.title)}" width="100%" height="${t.height}" loading="lazy" style="border:0;width:100%;max-width:100%;" scrolling="no"></iframe>`;
}

/**
 * DESIGN.md's snippet, placeholder then loader. The order is what ties them: a loader serves the
 * placeholders its own script follows, so two sites' snippets on one page stay apart. A page that
 * moves scripts elsewhere can name the site on the placeholder (`data-citecharts-site`).
 */
export function scriptCode(t: EmbedTarget): string {
	return `<div data-citecharts="${attr(t.slug)}"></div><script async src="${attr(t.urls.loader)}"></script>`;
}

export function imageCode(t: EmbedTarget): string {
	return `<a href="${attr(t.urls.page)}"><img src="${attr(t.urls.png)}" alt="${attr(t.description)}" width="${EXPORT_WIDTH}" style="max-width:100%;height:auto;"></a>`;
}

export function markdownCode(t: EmbedTarget): string {
	return `[![${markdownText(t.description)}](${t.urls.png})](${t.urls.page})`;
}
