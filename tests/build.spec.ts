import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogue, pollIds, slugs } from './helpers';

// Reads build/ the way SvelteKit's prerender tests do: the files a static host will serve.
const files = readdirSync('build', { recursive: true, withFileTypes: true })
	.filter((e) => e.isFile())
	.map((e) => join(e.parentPath, e.name));

test('every route is prerendered to a file', () => {
	for (const file of ['index.html', '404.html', 'figures.json', ...catalogue.articles.flatMap((a) => [`articles/${a.id}.html`, `sources/${a.id}.html`]), ...slugs.map((s) => `charts/${s}.html`), ...pollIds.flatMap((id) => [`polls/${id}.html`, `polls/${id}.json`])]) {
		expect(existsSync(join('build', file)), file).toBe(true);
	}
});

test('404.html is a complete page that lists every chart', () => {
	const html = readFileSync('build/404.html', 'utf8');
	expect(html).toContain('This page does not exist');
	for (const f of catalogue.figures) expect(html).toContain(`href="/charts/${f.slug}"`);
});

test('nothing built loads from another origin', () => {
	const loads = /(?:src|srcset|action)=["']?(https?:)?\/\/|<link[^>]+rel=["']?(?:stylesheet|preload|modulepreload|icon)[^>]+href=["']?(?:https?:)?\/\/|url\(\s*["']?(?:https?:)?\/\/|@import\s+["']?(?:https?:)?\/\/|import\(["'](?:https?:)?\/\//gi;
	for (const file of files.filter((f) => /\.(html|css|js)$/.test(f))) {
		// Embed codes are shown as text in <textarea>: they name the site's origin but load nothing.
		const text = readFileSync(file, 'utf8').replace(/<textarea[^>]*>[\s\S]*?<\/textarea>/g, '');
		expect(text.match(loads), file).toBeNull();
	}
});

test('the article is served with its fonts', () => {
	expect(files.some((f) => /inter-latin-400-normal.*\.woff2$/.test(f))).toBe(true);
});

test('no page carries the list of every chart in its data: page data does not grow with the site', () => {
	for (const slug of slugs) {
		const data = readFileSync(`build/charts/${slug}/__data.json`, 'utf8');
		const others = catalogue.figures.filter((f) => f.article !== catalogue.figures.find((x) => x.slug === slug)!.article);
		for (const other of others) expect(data, `${slug} names ${other.slug}`).not.toContain(`"${other.slug}"`);
	}
	// The not-found page is the one that lists them, in its HTML.
	for (const f of catalogue.figures) expect(readFileSync('build/404.html', 'utf8')).toContain(`/charts/${f.slug}"`);
});
