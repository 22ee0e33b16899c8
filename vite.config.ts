import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { siteCss } from './src/lib/chart/css.ts';

const LOCAL_ORIGIN = 'http://localhost:4173';

/** The origin absolute URLs use (embed codes, data files, social tags), without a path. */
function siteOrigin(command: 'build' | 'serve'): string {
	// A production build without it would publish embed codes pointing at the builder's machine;
	// tests and `npm start` build without it on purpose, so this warns rather than fails. Kit loads
	// this file several times per build, some in child processes: the environment says it once.
	if (command === 'build' && !process.env.PUBLIC_SITE_URL && !process.env.CITECHARTS_WARNED_SITE_URL) {
		process.env.CITECHARTS_WARNED_SITE_URL = '1';
		console.warn(`warning: PUBLIC_SITE_URL is not set; embed codes, oEmbed and data files will point at ${LOCAL_ORIGIN}`);
	}
	const raw = process.env.PUBLIC_SITE_URL || LOCAL_ORIGIN;
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

/** The pages' custom properties (colours, layout widths) as a stylesheet, written from the theme table. */
function siteStylesheet(): Plugin {
	const id = 'virtual:citecharts-site.css';
	return {
		name: 'citecharts-site-css',
		resolveId: (source) => (source === id ? `\0${id}` : undefined),
		load: (resolved) => (resolved === `\0${id}` ? siteCss() : undefined)
	};
}

export default defineConfig(({ command }) => ({
	plugins: [siteStylesheet(), sveltekit()],
	define: {
		__SITE_ORIGIN__: JSON.stringify(siteOrigin(command)),
		// Tests build the fictional fixture content beside the real content, so adding content never breaks them.
		__CITECHARTS_FIXTURES__: JSON.stringify(process.env.CITECHARTS_FIXTURES === '1')
	},
	build: {
		// Prerendering runs in writeBundle, so Vite 8 reports it as slow plugin time on every build.
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// Test files share each worker's module cache instead of re-importing Svelte, Chart.js and the
		// catalogue per file: half the suite's CPU time. No test mocks modules or stubs globals.
		isolate: false,
		reporters: ['default', 'json'],
		outputFile: { json: '.artifacts/vitest.json' }
	}
}));
