import { expect, test } from '@playwright/test';
import { catalogue, fixtureFigure, has, inkedPixels, isFixture, openCleanly, pollPages, quietNetwork } from './helpers';

/*
 * Pages of one kind are visited one after another in one page, a step each: each visit is judged
 * on its own (errors, foreign requests, status), and a page in a fresh browser context per route
 * cost 2.3 core-s a route against 0.9 in one page (14 routes: 32 against 12 core-s).
 * Chart pages and source views are opened by their own tests below, with the same checks.
 */
const routeKinds = [
	['the index and every article dashboard', ['/', ...catalogue.articles.map((a) => `/articles/${a.id}`)]],
	['every poll page', pollPages]
] as const;

for (const [kind, routes] of routeKinds) {
	test(`${kind} renders with no console error and no request to another origin`, async ({ page, baseURL }) => {
		for (const route of routes) {
			await test.step(route, async () => {
				const { response, settled } = await openCleanly(page, baseURL!, route);
				expect(response?.status(), route).toBe(200);
				await expect(page.locator('h1')).toHaveCount(1);
				await settled();
			});
		}
	});
}

const chartsOf = (article: string) => catalogue.figures.filter((f) => f.article === article);

test('an article\'s dashboard draws each of its charts and says what the article is', async ({ page }) => {
	// The fixture article with the most charts.
	const article = catalogue.articles.filter((a) => isFixture(a.id)).sort((a, b) => chartsOf(b.id).length - chartsOf(a.id).length)[0]!;
	await page.goto(`/articles/${article.id}`);
	const own = chartsOf(article.id);
	expect(own.length).toBeGreaterThan(1);
	await expect(page.locator('canvas[data-slug]')).toHaveCount(own.length);
	for (const f of own) expect(await inkedPixels(page, `canvas[data-slug="${f.slug}"]`)).toBeGreaterThan(5000);
	const about = page.locator('.about');
	await expect(about).toContainText(`Published on ${article.outlet}`);
	await expect(about.getByRole('link', { name: article.url })).toHaveAttribute('href', article.url);
	await expect(about).toContainText(article.disclaimer!);
	await expect(page).toHaveTitle(`${article.title}: its figures · citecharts`);
});

test.describe('the seed article (DESIGN.md, "Its figures")', () => {
	test('its dashboard says it is an opinion piece and indexes seven numbers in eight mentions', async ({ page }) => {
		await page.goto('/articles/japan-turns-from-us');
		const about = page.locator('.about');
		await expect(about).toContainText('an opinion piece on Toutiao');
		await expect(about).toContainText('Disclaimer: This article only represents the author');
		// Each sentence shown once above its numbers.
		await expect(page.locator('.numbers tbody tr:not(.sentence)')).toHaveCount(8);
		await expect(page.locator('.numbers tbody tr.sentence')).toHaveCount(6);
	});

	test('its source view marks the numbers it lists but does not chart', async ({ page }) => {
		await page.goto('/sources/japan-turns-from-us');
		for (const [phrase, count] of [['three waves', 2], ['two weeks', 1], ['three months', 1]] as const) {
			await expect(page.locator('mark', { hasText: phrase })).toHaveCount(count);
		}
	});
});

/** The index's order: newest first, undated last, then by title. */
const indexOrder = [...catalogue.articles].sort((a, b) =>
	a.date !== b.date ? (a.date === null ? 1 : b.date === null ? -1 : b.date.localeCompare(a.date)) : a.title.localeCompare(b.title, 'en')
);

test('the index lists every article in date then title order, each linking its dashboard and every chart', async ({ page }) => {
	await page.goto('/');
	const entries = page.locator('article.entry');
	await expect(entries).toHaveCount(catalogue.articles.length);
	for (const [i, article] of indexOrder.entries()) {
		const entry = entries.nth(i);
		await expect(entry.getByRole('heading', { level: 3 })).toHaveText(article.title);
		await expect(entry.getByRole('link', { name: article.title })).toHaveAttribute('href', `/articles/${article.id}`);
		for (const f of catalogue.figures.filter((x) => x.article === article.id)) {
			await expect(entry.getByRole('link', { name: f.title, exact: true })).toHaveAttribute('href', `/charts/${f.slug}`);
		}
	}
});

test('the index requests a chart\'s still only once it scrolls into view, and keeps its place meanwhile', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 700 });
	const requested = new Set<string>();
	page.on('request', (r) => {
		if (/\/still-/.test(r.url())) requested.add(new URL(r.url()).pathname.replace(/-\d+\.png$/, ''));
	});
	const loaded = quietNetwork(page);
	await page.goto('/');
	await loaded();
	const boxes = page.locator('article.entry .stills li');
	const inView = await boxes.evaluateAll((items) => items.filter((li) => li.getBoundingClientRect().top < innerHeight).length);
	expect(inView).toBeGreaterThan(0);
	expect(inView).toBeLessThan(catalogue.figures.length);
	// One still per chart in view (light or dark), once the page has started and seen them; then
	// none below the fold, however long the page sits.
	await expect.poll(() => requested.size).toBe(inView);
	await expect(page.locator('article.entry img').first()).toHaveJSProperty('complete', true);
	await quietNetwork(page)();
	expect(requested.size).toBe(inView);
	const last = boxes.last();
	const before = await last.boundingBox();
	await last.scrollIntoViewIfNeeded();
	await expect(last.locator('img')).toHaveJSProperty('complete', true);
	expect((await last.boundingBox())!.height).toBeCloseTo(before!.height, 0);
	expect(requested.size).toBeGreaterThan(inView);
});

test('without JavaScript the index shows every still', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.locator('article.entry img')).toHaveCount(catalogue.figures.length);
	await expect(page.locator('article.entry .placeholder').first()).toBeHidden();
	await context.close();
});

test('the index filter finds an article by a chart\'s words, and says when nothing matches', async ({ page }) => {
	await page.goto('/');
	const filter = page.getByLabel('Find an article, chart or poll');
	const target = catalogue.figures.find((f) => f.article !== indexOrder[0]!.id)!;
	await filter.fill(target.title.toUpperCase());
	// Every word must match; which other articles share them is the unit tests' business (index-entries.test.ts).
	await expect(page.locator('article.entry h3', { hasText: catalogue.articles.find((a) => a.id === target.article)!.title })).toHaveCount(1);
	await expect(page.locator('article.entry h3', { hasText: indexOrder[0]!.title })).toHaveCount(0);
	const shown = await page.locator('article.entry').count();
	await expect(page.getByRole('status')).toHaveText(`${shown} of ${catalogue.articles.length} articles`);
	await filter.fill('zzz-no-such-words');
	await expect(page.locator('article.entry')).toHaveCount(0);
	await expect(page.getByText('No article, chart or poll matches “zzz-no-such-words”.')).toBeVisible();
	await filter.fill('');
	await expect(page.locator('article.entry')).toHaveCount(catalogue.articles.length);
});

test('without JavaScript the index is the full list, with no filter box that would do nothing', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.locator('article.entry')).toHaveCount(catalogue.articles.length);
	await expect(page.locator('input[type="search"]')).toBeHidden();
	await context.close();
});

test('a chart page and a source view lead back to their article and the index', async ({ page }) => {
	const figure = catalogue.figures[0]!;
	const article = catalogue.articles.find((a) => a.id === figure.article)!;
	for (const route of [`/charts/${figure.slug}`, `/sources/${article.id}`]) {
		await page.goto(route);
		const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
		await expect(crumbs.getByRole('link', { name: article.title })).toHaveAttribute('href', `/articles/${article.id}`);
		await expect(crumbs.getByRole('link', { name: 'All articles' })).toHaveAttribute('href', '/');
	}
});

test('a caption links to its highlighted sentence in the source view', async ({ page }) => {
	const figure = fixtureFigure('with a derived part after quoted ones', has.derived);
	await page.goto(`/charts/${figure.slug}`);
	// The first quoted value's link carries the figure's own anchor.
	const link = page.getByRole('link', { name: /” in the article$/ }).first();
	await expect(link).toHaveAttribute('href', `/sources/${figure.article}#${figure.slug}`);
	await link.click();
	await expect(page).toHaveURL(new RegExp(`/sources/${figure.article}#${figure.slug}$`));
	await expect(page.locator(`mark#${figure.slug}`)).toBeInViewport();
});
