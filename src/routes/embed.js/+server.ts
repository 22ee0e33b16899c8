import loader from '$lib/embed/loader.js?raw';
import { absolute } from '$lib/site';

export const prerender = true;

/** The loader, with the site's embed address written in, so it works from any host page. */
export function GET() {
	return new Response(loader.replace('__EMBED_BASE__', absolute('/embed/')), {
		headers: { 'Content-Type': 'text/javascript; charset=utf-8' }
	});
}
