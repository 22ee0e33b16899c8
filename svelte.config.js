import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';

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

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', strict: true }),
		paths: { base, relative: false },
		version: { name: sourceHash() },
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			entries: ['*', '/404', '/figures.json']
		}
	}
};

export default config;
