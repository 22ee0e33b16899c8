import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE_PAYLOADS, hostileSuffixes } from '../../../tests/hostile';
import { parseSecret, parseTheme } from './protocol';
import { THEME_BOOT } from './theme-boot.js';

/**
 * The only code that reads the page's URL is listed here; every hostile URL the browser sweep
 * used to try on each route is tried on these functions instead, and a static check keeps the list
 * true.
 */
const READS_URL = new Set(['src/lib/embed/protocol.ts', 'src/lib/embed/theme-boot.js', 'src/routes/embed/[slug]/+page.svelte']);
const URL_READ = /\blocation\b|\bURLSearchParams\b|\bsearchParams\b|\bpage\.url\b|document\.URL|document\.referrer|window\.name/;

/** A query string as the browser hands it to `location.search`: whatever the reader typed, percent-encoded where needed. */
const searchOf = (suffix: string) => {
	try {
		return new URL(`http://site.test/embed/x${suffix}`).search;
	} catch {
		return '';
	}
};

/** Runs the embed's head script against a URL and returns the data-theme it set. */
function bootTheme(search: string): string | null {
	let set: string | null = null;
	const documentStub = { documentElement: { setAttribute: (_name: string, value: string) => (set = value) } };
	new Function('location', 'document', 'URLSearchParams', THEME_BOOT)({ search }, documentStub, URLSearchParams);
	return set;
}
const BOOT_THEME = { light: 'light', dark: 'dark', auto: '' } as const;

describe('every hostile URL reaches the embed as a known theme, never as text', () => {
	const suffixes = HOSTILE_PAYLOADS.flatMap(hostileSuffixes);
	it.each(suffixes.map((s) => [s.slice(0, 60), s]))('%s', (_name, suffix) => {
		const theme = parseTheme(new URLSearchParams(searchOf(suffix)).get('theme'));
		expect(['light', 'dark', 'auto']).toContain(theme);
		expect(bootTheme(searchOf(suffix))).toBe(BOOT_THEME[theme]);
		expect(parseSecret(suffix.startsWith('#') ? suffix : '')).toBeNull();
	});
});

describe('properties over any string', () => {
	it('a theme is one of three names; anything else is light', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.constantFrom('dark', 'auto', 'light')), (value) => {
				const theme = parseTheme(value);
				expect(theme).toBe(value === 'dark' || value === 'auto' ? value : 'light');
				const search = `?${new URLSearchParams({ theme: value })}`;
				expect(bootTheme(search)).toBe(BOOT_THEME[theme]);
			})
		);
	});

	it('a secret is a plain token of at most 64 letters and digits, or nothing', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 80 }), (value) => {
				const secret = parseSecret(`#?secret=${encodeURIComponent(value)}`);
				expect(secret === null || (secret === value && /^[A-Za-z0-9]{1,64}$/.test(value))).toBe(true);
				if (/^[A-Za-z0-9]{1,64}$/.test(value)) expect(secret).toBe(value);
			})
		);
	});
});

describe('nothing else reads the URL', () => {
	const files = readdirSync('src', { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && /\.(ts|js|svelte)$/.test(e.name) && !e.name.endsWith('.test.ts'))
		.map((e) => join(e.parentPath, e.name));

	it('finds the files it knows', () => {
		for (const file of READS_URL) expect(files).toContain(file);
	});

	it.each(files.filter((f) => !READS_URL.has(f)).map((f) => [f]))('%s', (file) => {
		// href attributes and "Referrer-Policy" headers name the URL without reading the page's own.
		const code = readFileSync(file, 'utf8').replace(/Referrer-Policy/g, '');
		expect(code.match(URL_READ)?.[0] ?? null).toBeNull();
	});
});
