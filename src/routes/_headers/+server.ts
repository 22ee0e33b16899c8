import { base } from '$app/paths';

export const prerender = true;

/**
 * build/_headers, read by Netlify and Cloudflare Pages (and scripts/serve.mjs): only /embed/*
 * may be framed by other origins. Pages are listed by path rather than `/*`, because hosts merge
 * every matching rule and a site-wide frame ban would reach the embeds too.
 */
export function GET() {
	const noFraming = ['X-Frame-Options: DENY', "Content-Security-Policy: frame-ancestors 'self'"];
	const rules: [string, string[]][] = [
		['/*', ['X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin', 'Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()']],
		[`${base}/`, noFraming],
		...(base ? [[base, noFraming] as [string, string[]]] : []),
		[`${base}/index.html`, noFraming],
		[`${base}/404.html`, noFraming],
		[`${base}/charts/*`, noFraming],
		[`${base}/sources/*`, noFraming],
		[`${base}/404`, noFraming],
		[`${base}/embed/*`, ['Content-Security-Policy: frame-ancestors *']],
		// Hashed file names: a host page with many embeds fetches each script once.
		[`${base}/_app/immutable/*`, ['Cache-Control: public, max-age=31536000, immutable']],
		[`${base}/embed.js`, ['Access-Control-Allow-Origin: *', 'Cache-Control: public, max-age=300']],
		[`${base}/oembed/*`, ['Access-Control-Allow-Origin: *']],
		[`${base}/figures.json`, ['Access-Control-Allow-Origin: *']]
	];
	const text = rules.map(([path, headers]) => [path, ...headers.map((h) => `  ${h}`)].join('\n')).join('\n') + '\n';
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
