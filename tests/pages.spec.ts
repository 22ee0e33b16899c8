import { expect, test } from '@playwright/test';
import { articleText, catalogue, inkedPixels, pollPages, slugs, watch } from './helpers';

const routes = ['/', ...slugs.map((s) => `/charts/${s}`), ...catalogue.articles.map((a) => `/sources/${a.id}`), ...pollPages];

for (const route of routes) {
	test(`${route} renders with no console error and no request to another origin`, async ({ page, baseURL }) => {
		const seen = watch(page, baseURL!);
		const response = await page.goto(route);
		expect(response?.status()).toBe(200);
		await expect(page.locator('h1')).toHaveCount(1);
		await page.waitForLoadState('networkidle');
		expect(seen.errors).toEqual([]);
		expect(seen.foreign).toEqual([]);
	});
}

test('the dashboard draws every chart and says what the article is', async ({ page }) => {
	await page.goto('/');
	for (const slug of slugs) expect(await inkedPixels(page, `canvas[data-slug="${slug}"]`)).toBeGreaterThan(5000);
	const seed = catalogue.articles.find((a) => a.id === 'japan-turns-from-us')!;
	const about = page.locator(`#${seed.id} .about`);
	await expect(about).toContainText('an opinion piece on Toutiao');
	await expect(about.getByRole('link', { name: seed.url })).toHaveAttribute('href', seed.url);
	await expect(about).toContainText('Disclaimer: This article only represents the author');
	// DESIGN.md: seven numbers in eight mentions, each sentence shown once above its numbers.
	await expect(page.locator(`#${seed.id} .numbers tbody tr:not(.sentence)`)).toHaveCount(8);
	await expect(page.locator(`#${seed.id} .numbers tbody tr.sentence`)).toHaveCount(6);
});

for (const figure of catalogue.figures) {
	test(`/charts/${figure.slug} draws its chart and tables the figure's numbers`, async ({ page }) => {
		await page.goto(`/charts/${figure.slug}`);
		expect(await inkedPixels(page, 'canvas')).toBeGreaterThan(5000);
		const cells = page.locator('table.values td[data-value]');
		await expect(cells).toHaveCount(figure.values.length);
		for (const [i, v] of figure.values.entries()) {
			await expect(cells.nth(i)).toHaveAttribute('data-value', String(v.value));
			const symbol = { exact: '', approx: '≈', 'more-than': '>', 'at-least': '≥', 'less-than': '<', 'at-most': '≤', range: '', derived: v.approximate ? '≈' : '' }[v.qualifier];
			await expect(cells.nth(i)).toHaveText(`${symbol}${v.value}%`);
		}
		await expect(page.getByRole('heading', { name: 'Not reported in the article' })).toBeVisible();
		await expect(page.getByRole('img', { name: /^Bar chart\./ })).toHaveCount(1);
		for (const v of figure.values.filter((x) => x.quote)) {
			await expect(page.locator('blockquote.quote mark', { hasText: v.quote!.text })).toHaveCount(1);
		}
	});
}

for (const article of catalogue.articles) {
	test(`the source view of ${article.id} gives every line verbatim and highlights every cited quote`, async ({ page }) => {
		await page.goto(`/sources/${article.id}`);
		const lines = articleText(article.id).split('\n');
		const paragraphs = page.locator('.para > p:not(.charted-in)');
		await expect(paragraphs).toHaveCount(lines.length);
		expect(await paragraphs.allTextContents()).toEqual(lines);
		for (let n = 1; n <= lines.length; n++) await expect(page.locator(`#p${n}`)).toHaveCount(1);
		for (const figure of catalogue.figures.filter((f) => f.article === article.id)) {
			const quoted = figure.values.filter((v) => v.quote);
			await expect(page.locator(`#${figure.slug}`)).toHaveCount(1);
			for (const v of quoted) {
				await expect(page.locator(`#p${v.quote!.paragraph} .charted-in a[href$="/charts/${figure.slug}"]`)).toHaveCount(1);
			}
		}
	});
}

test('the seed\'s source view marks the numbers it lists but does not chart', async ({ page }) => {
	await page.goto('/sources/japan-turns-from-us');
	for (const [phrase, count] of [['three waves', 2], ['two weeks', 1], ['three months', 1]] as const) {
		await expect(page.locator('mark', { hasText: phrase })).toHaveCount(count);
	}
});

test('a caption links to its highlighted sentence in the source view', async ({ page }) => {
	await page.goto('/charts/asahi-poll');
	await page.getByRole('link', { name: '“nearly 70%” in the article' }).click();
	await expect(page).toHaveURL(/\/sources\/japan-turns-from-us#asahi-poll$/);
	await expect(page.locator('mark#asahi-poll')).toBeInViewport();
});
