import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fixtureFigure, quietNetwork } from './helpers';
import { unmarkedCjk } from './lang-check';

// Reads build/ (npm run build:test) without a browser: the markup a reader and a screen reader get.
const page = (route: string) => readFileSync(`build${route}.html`, 'utf8');
/** A fixture figure from an English article: one whose title holds no CJK character. */
const english = fixtureFigure('from an English article', (f) => !/[\u3000-\u9fff\uff00-\uffef]/.test(f.title));

test.describe('an article’s language on the pages about it', () => {
	const siteWide = ['/index', '/404'];
	const pages: [string, string, string[]][] = [
		['ja', 'minatodai-library', ['minatodai-library-vote', 'minatodai-library-households']],
		['zh-Hans', 'qinghe-bike-lane', ['qinghe-bike-lane-vote', 'qinghe-bike-lane-commute']]
	];
	const routes = [
		...pages.flatMap(([lang, article, figures]) => [
			...figures.map((f) => [`/charts/${f}`, [lang]] as const),
			[`/articles/${article}`, [lang]] as const,
			[`/sources/${article}`, [lang]] as const,
			[`/embed/${figures[0]}`, [lang]] as const
		]),
		// A poll recorded in Chinese: its question and answers, and the article's words that cite it.
		['/polls/qinghe-bike-lane', ['zh-Hans']] as const,
		// Pages that list every article hold both languages, each marked as its own.
		...siteWide.map((route) => [route, pages.map(([lang]) => lang)] as const)
	];
	for (const [route, langs] of routes) {
		test(`${route}: every ${langs.join(' or ')} word sits in an element with that lang; the site's chrome stays English`, () => {
			const html = page(route);
			expect(html).toContain('<html lang="en"');
			for (const lang of langs) expect(html).toContain(`lang="${lang}"`);
			// Not yet: the site's own sentences that name the outlet, the source or the title inside
			// English ("as cited in a news article on みなと台タイムズ"), written as one string by
			// provenance/citation.ts. Everything else in the article's language must be marked.
			const siteSentence = /[A-Za-z]+\s+[A-Za-z]+\s+[A-Za-z]+|^Data of|^: /;
			expect(unmarkedCjk(html, langs).filter((text) => !siteSentence.test(text))).toEqual([]);
		});
	}

	test('an English article’s words carry lang="en", and its pages load no script face', () => {
		const html = page(`/charts/${english.slug}`);
		expect(html).toMatch(/<h1[^>]*lang="en"/);
		expect(unmarkedCjk(html, 'ja')).toEqual([]);
	});

	for (const [what, html, lang, found] of [
		['a Japanese word left unmarked', '<body><p lang="ja">図書館</p><p>図書館</p></body>', 'ja', ['図書館']],
		['a Chinese word marked as Japanese', '<body><p lang="zh-Hans">自行车道</p><p lang="ja">自行车道</p></body>', 'zh-Hans', ['自行车道']],
		['nothing where each word is marked as one of the languages', '<body><p lang="ja">図書館</p><p lang="zh-Hans">自行车道</p></body>', ['ja', 'zh-Hans'], []]
	] as const) {
		test(`the check finds ${what}`, () => {
			expect(unmarkedCjk(html, lang)).toEqual(found);
		});
	}
});

test.describe('the script faces in the browser', () => {
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

	test('an English chart page fetches none', async ({ page }, testInfo) => {
		const fonts = await fontsFetched(page, `/charts/${english.slug}`);
		testInfo.annotations.push({ type: 'fonts', description: JSON.stringify(fonts) });
		expect(fonts.filter(([path]) => path.includes('noto-sans'))).toEqual([]);
	});

	// Each language's page fetches its own face; the Chinese face's unicode-range holds only its own
	// articles' characters, so a Japanese page does not fetch it. Not yet the other way round: the
	// site's own sentences that name a Chinese outlet (provenance/citation.ts, unmarked) draw its
	// full-width brackets from the page stack, where the Japanese face comes first.
	for (const [language, route, file, family, word, other] of [
		['Japanese', '/charts/minatodai-library-vote', 'noto-sans-jp', 'citecharts Noto Sans JP', '図書館', 'noto-sans-sc'],
		['Chinese', '/charts/qinghe-bike-lane-vote', 'noto-sans-sc', 'citecharts Noto Sans SC', '自行车道', null]
	] as const) {
		test(`a ${language} chart page fetches its subset and draws its labels with it`, async ({ page }, testInfo) => {
			const fonts = await fontsFetched(page, route);
			testInfo.annotations.push({ type: 'fonts', description: JSON.stringify(fonts) });
			const paths = fonts.map(([path]) => path);
			expect(paths.filter((p) => p.includes(file))).not.toEqual([]);
			if (other) expect(paths.filter((p) => p.includes(other))).toEqual([]);
			expect(await page.evaluate(([f, w]) => document.fonts.check(`600 13px '${f}'`, w), [family, word] as const)).toBe(true);
			expect(await page.locator('h1').evaluate((h) => getComputedStyle(h).fontFamily)).toContain(family);
		});
	}
});
