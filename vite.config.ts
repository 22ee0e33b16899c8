import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

/** The origin absolute URLs use (embed codes, data files, social tags), without a path. */
function siteOrigin(): string {
	const raw = process.env.PUBLIC_SITE_URL || 'http://localhost:4173';
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new Error(`PUBLIC_SITE_URL must be an origin such as https://charts.example.org, got ${JSON.stringify(raw)}`);
	}
	if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
		throw new Error(`PUBLIC_SITE_URL must be an http(s) origin with no path, got ${JSON.stringify(raw)}; put a sub-path in BASE_PATH`);
	}
	return url.origin;
}

export default defineConfig({
	plugins: [sveltekit()],
	define: { __SITE_ORIGIN__: JSON.stringify(siteOrigin()) },
	build: {
		// Prerendering runs in writeBundle, so Vite 8 reports it as slow plugin time on every build.
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		reporters: ['default', 'json'],
		outputFile: { json: '.artifacts/vitest.json' }
	}
});
