import { minifySync } from 'vite';
import loader from '$lib/embed/loader.js?raw';
import { catalogue } from '$lib/catalogue';
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
	const { code, errors } = minifySync('embed.js', source);
	if (errors.length) throw new Error(`embed.js: ${errors.map((e) => e.message).join('; ')}`);
	return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
