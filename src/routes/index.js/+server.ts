import { minifySync } from 'vite';
import source from '$lib/index-page.js?raw';

export const prerender = true;

/**
 * The index page's script (lib/index-page.js), started on the document it is loaded into. Served
 * minified, like /embed.js; its comments stay in the source.
 */
export function GET() {
	const { code, errors } = minifySync('index.js', `${source}\nstartIndex(document);\n`);
	if (errors.length) throw new Error(`index.js: ${errors.map((e) => e.message).join('; ')}`);
	return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
