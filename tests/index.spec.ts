import { expect, test } from '@playwright/test';
import { catalogue, fixtureFigure, quietNetwork, watch } from './helpers';

// The index is not hydrated (routes/(site)/+page.ts): its entries are the prerendered HTML, and
// /index.js alone filters them and brings in their stills. pages.spec.ts tests the filter and the
// stills on arrival; these test what the page no longer carries, and arrival by a link.

test('the index fetches one small script and no page data, however many charts there are', async ({ page, baseURL }) => {
	const seen = watch(page, baseURL!);
	const fetched: string[] = [];
	page.on('request', (r) => {
		if (['script', 'fetch', 'xhr'].includes(r.resourceType())) fetched.push(new URL(r.url()).pathname);
	});
	const idle = quietNetwork(page);
	await page.goto('/');
	await expect(page.getByRole('status')).toHaveText(`${catalogue.articles.length} articles`);
	await idle();
	expect(fetched).toEqual(['/index.js']);
	expect(seen.errors).toEqual([]);
	// Nothing of the catalogue rides along in an inline script either.
	expect(await page.locator('script:not([src])').count()).toBe(0);
});

test('reached by a link from a hydrated page, the index and a source view load as documents, with no page data', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
	const figure = fixtureFigure('with a quote');
	await page.goto(`/charts/${figure.slug}`);
	// Hovering preloads nothing; the client router would fetch a source view's whole article as page data.
	const toSource = page.getByRole('link', { name: /” in the article$/ }).first();
	await toSource.hover();
	await toSource.click();
	await expect(page).toHaveURL(new RegExp(`/sources/${figure.article}#${figure.slug}$`));
	await expect(page.locator(`mark#${figure.slug}`)).toBeInViewport();
	await page.getByRole('link', { name: 'citecharts', exact: true }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByLabel('Find an article, chart or poll')).toBeVisible();
	await expect(page.locator('article.entry img').first()).toHaveJSProperty('complete', true);
	expect(fetched.filter((p) => p.endsWith('__data.json'))).toEqual([]);
});

test('an article with its own headline shows it verbatim, in the article\'s language, under the title', async ({ page }) => {
	await page.goto('/');
	// figures.json gives each article's headline (null when the text has none).
	const articles = catalogue.articles as (typeof catalogue.articles[number] & { headline: string | null })[];
	expect(articles.filter((a) => a.headline).length).toBeGreaterThan(0);
	for (const article of articles) {
		const entry = page.locator('article.entry', { has: page.getByRole('heading', { name: article.title, exact: true }) });
		const headline = entry.locator('.headline [lang]');
		if (!article.headline) {
			await expect(headline).toHaveCount(0);
			continue;
		}
		await expect(headline).toHaveText(article.headline);
		// The title link carries the article's language (lang.spec.ts checks it is right).
		const title = entry.getByRole('link', { name: article.title, exact: true });
		await expect(headline).toHaveAttribute('lang', (await title.getAttribute('lang'))!);
	}
});

test('nothing on the index moves as its script starts and its stills arrive', async ({ page }) => {
	await page.addInitScript(() => {
		const w = window as unknown as { shift: number };
		w.shift = 0;
		type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node: Node | null }[] };
		new PerformanceObserver((list) => {
			// Shifts of elements: the filter box, the entries, the stills' boxes. A line of text re-laid
			// when a script face arrives late on a loaded machine moves only its text (0.004 under 6x
			// CPU throttling); that is the fonts' matter, not the script's or the stills'.
			for (const e of list.getEntries() as Shift[]) if (!e.hadRecentInput && e.sources.some((s) => s.node?.nodeType === Node.ELEMENT_NODE)) w.shift += e.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	const idle = quietNetwork(page);
	await page.goto('/');
	await expect(page.locator('article.entry img').first()).toHaveJSProperty('complete', true);
	await idle();
	// Shifts are reported when a frame is drawn: two frames on, every one so far has been.
	const shift = await page.evaluate(async () => {
		await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
		return (window as unknown as { shift: number }).shift;
	});
	expect(shift).toBe(0);
});
