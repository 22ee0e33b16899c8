import loader from '$lib/embed/loader.js?raw';
import { catalogue } from '$lib/catalogue';
import { scriptResponse } from '$lib/server/script-response';
import { absolute } from '$lib/site';

export const prerender = true;

/**
 * The loader, with the site's address (used only where the script cannot read its own URL) and
 * every chart it may embed written in, so an unknown name never becomes a frame of the 404 page.
 * Host pages fetch it on every visit: it ships minified, its comments stay in the source.
 */
export function GET() {
	const slugs = JSON.stringify(catalogue.figures.map((f) => f.slug));
	const source = loader.replace('__SITE__', () => absolute('')).replace('__SLUGS__', () => slugs);
	return scriptResponse('embed.js', source);
}
