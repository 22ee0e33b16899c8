import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { compressDirectory } from './scripts/compress.mjs';
import { FONT_BOOT } from './src/lib/embed/font-boot.js';
import { scriptHash } from './src/lib/embed/script-hash.js';
import { THEME_BOOT } from './src/lib/embed/theme-boot.js';

/** A sub-path such as `/citecharts` (GitHub Pages); empty serves at the root. */
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
if (base && !/^\/[\w\-/.]+$/.test(base)) {
	throw new Error(`BASE_PATH must look like "/sub/path", got ${JSON.stringify(process.env.BASE_PATH)}`);
}

// Two builds of one commit must be byte-identical, and kit's default version name is the build
// time: name the version after the content and code instead.
function sourceHash() {
	const hash = createHash('sha256');
	for (const entry of readdirSync('src', { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => `${e.parentPath}/${e.name}`)
		.sort()) {
		hash.update(entry).update(readFileSync(entry));
	}
	return hash.digest('hex').slice(0, 12);
}

/** adapter-static, with scripts/compress.mjs's bounded-cost precompression in place of its own. */
function staticAdapter() {
	const inner = adapter({ pages: 'build', assets: 'build', strict: true, precompress: false });
	return {
		...inner,
		async adapt(builder) {
			await inner.adapt(builder);
			await compressDirectory('build');
		}
	};
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Precompressed .br and .gz beside each file: static hosts and scripts/serve.mjs send them.
		adapter: staticAdapter(),
		paths: { base, relative: false },
		version: { name: sourceHash() },
		// Inline the (small) stylesheets: one fewer render-blocking round trip before the first paint.
		inlineStyleThreshold: 32_768,
		// Prerendered pages carry the policy in a <meta> tag, with hashes of kit's inline scripts.
		// frame-ancestors cannot live in a meta tag: build/_headers sends it.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...[THEME_BOOT, FONT_BOOT].map(scriptHash)],
				// Svelte writes element sizes as style attributes; scripts stay strict.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'frame-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// The script-face route has no files when no article needs a script face (a release
			// build of English content): that one route may go unseen; any other fails the build.
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.some((route) => route !== '/fonts/[file].woff2')) throw new Error(message);
			},
			entries: ['*', '/404', '/figures.json']
		}
	}
};

export default config;
