import { minifySync } from 'vite';

/**
 * A script the site serves from a source in `src/lib` (`/embed.js`, `/index.js`): minified, so
 * pages and hosts fetch it small while its comments stay in the source. Throws naming the file
 * where the source does not parse, so a build cannot ship a broken script.
 */
export function scriptResponse(name: string, source: string): Response {
	const { code, errors } = minifySync(name, source);
	if (errors.length) throw new Error(`${name}: ${errors.map((e) => e.message).join('; ')}`);
	return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
