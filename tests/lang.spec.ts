import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fixtureFigure, quietNetwork } from './helpers';
import { unmarkedCjk } from './lang-check';

// Reads build/ (npm run build:test) without a browser: the markup a reader and a screen reader get.
const page = (route: string) => readFileSync(`build${route}.html`, 'utf8');
/** A fixture figure from an English article: one whose title holds no CJK character. */
const english = fixtureFigure('from an English article', (f) => !/[\u3000-\u9fff\uff00-\uffef]/.test(f.title));

test.describe('an article’s language on the pages about it', () => {
	for (const route of ['/charts/minatodai-library-vote', '/charts/minatodai-library-households', '/articles/minatodai-library', '/sources/minatodai-library', '/embed/minatodai-library-vote', '/index', '/404']) {
		test(`${route}: every Japanese word sits in an element with lang="ja"; the site's chrome stays English`, () => {
			const html = page(route);
			expect(html).toContain('<html lang="en"');
			expect(html).toContain('lang="ja"');
			// Not yet: the site's own sentences that name the outlet, the source or the title inside
			// English ("as cited in a news article on みなと台タイムズ"), written as one string by
			// provenance/citation.ts. Everything else Japanese must be marked.
			const siteSentence = /[A-Za-z]+\s+[A-Za-z]+\s+[A-Za-z]+|^Data of|^: /;
			expect(unmarkedCjk(html, 'ja').filter((text) => !siteSentence.test(text))).toEqual([]);
		});
	}

	test('an English article’s words carry lang="en", and its pages load no script face', () => {
		const html = page(`/charts/${english.slug}`);
		expect(html).toMatch(/<h1[^>]*lang="en"/);
		expect(unmarkedCjk(html, 'ja')).toEqual([]);
	});

	test('the check finds a Japanese word left unmarked', () => {
		expect(unmarkedCjk('<body><p lang="ja">図書館</p><p>図書館</p></body>', 'ja')).toEqual(['図書館']);
	});
});

test.describe('the Japanese face in the browser', () => {
	/** Every font file a page fetches, with its size, once the network is quiet and the canvas has drawn. */
	async function fontsFetched(page: import('@playwright/test').Page, url: string) {
		const fonts: Promise<[string, number]>[] = [];
		page.on('response', (r) => {
			if (r.request().resourceType() === 'font') fonts.push(r.request().sizes().then((s) => [new URL(r.url()).pathname, s.responseBodySize]));
		});
		const idle = quietNetwork(page);
		await page.goto(url);
		await expect(page.locator('canvas').first()).toHaveAttribute('data-rendered', 'true');
		await idle();
		return Promise.all(fonts);
	}

	test('an English chart page never fetches it', async ({ page }, testInfo) => {
		const fonts = await fontsFetched(page, `/charts/${english.slug}`);
		testInfo.annotations.push({ type: 'fonts', description: JSON.stringify(fonts) });
		expect(fonts.filter(([path]) => path.includes('noto-sans'))).toEqual([]);
	});

	test('a Japanese chart page fetches its subset and draws its labels with it', async ({ page }, testInfo) => {
		const fonts = await fontsFetched(page, '/charts/minatodai-library-vote');
		testInfo.annotations.push({ type: 'fonts', description: JSON.stringify(fonts) });
		expect(fonts.map(([path]) => path).filter((p) => p.includes('noto-sans-jp'))).not.toEqual([]);
		expect(await page.evaluate(() => document.fonts.check("600 13px 'citecharts Noto Sans JP'", '図書館'))).toBe(true);
		expect(await page.locator('h1').evaluate((h) => getComputedStyle(h).fontFamily)).toContain('citecharts Noto Sans JP');
	});
});
