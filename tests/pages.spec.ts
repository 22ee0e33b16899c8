import { expect, test } from '@playwright/test';
import { articleText, catalogue, inkedPixels, pollPages, slugs, watch } from './helpers';

const routes = ['/', ...slugs.map((s) => `/charts/${s}`), '/sources/japan-turns-from-us', ...pollPages];

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
	const about = page.locator('.about');
	await expect(about).toContainText('an opinion piece on Toutiao');
	await expect(about.getByRole('link', { name: catalogue.articles[0]!.url })).toHaveAttribute('href', catalogue.articles[0]!.url);
	await expect(about).toContainText('Disclaimer: This article only represents the author');
	await expect(page.locator('.numbers tbody tr')).toHaveCount(7);
});

for (const figure of catalogue.figures) {
	test(`/charts/${figure.slug} draws its chart and tables the figure's numbers`, async ({ page }) => {
		await page.goto(`/charts/${figure.slug}`);
		expect(await inkedPixels(page, 'canvas')).toBeGreaterThan(5000);
		const cells = page.locator('table.values td[data-value]');
		await expect(cells).toHaveCount(figure.values.length);
		for (const [i, v] of figure.values.entries()) {
			await expect(cells.nth(i)).toHaveAttribute('data-value', String(v.value));
			await expect(cells.nth(i)).toHaveText(`${v.approximate ? '≈' : ''}${v.value}%`);
		}
		await expect(page.getByRole('heading', { name: 'Not reported in the article' })).toBeVisible();
		await expect(page.getByRole('img', { name: /^Bar chart\./ })).toHaveCount(1);
		for (const v of figure.values.filter((x) => x.quote)) {
			await expect(page.locator('blockquote.quote mark', { hasText: v.quote!.text })).toHaveCount(1);
		}
	});
}

test('the source view gives every line verbatim and highlights every cited quote', async ({ page }) => {
	await page.goto('/sources/japan-turns-from-us');
	const lines = articleText.split('\n');
	const paragraphs = page.locator('.para > p:not(.charted-in)');
	await expect(paragraphs).toHaveCount(lines.length);
	expect(await paragraphs.allTextContents()).toEqual(lines);
	for (let n = 1; n <= lines.length; n++) await expect(page.locator(`#p${n}`)).toHaveCount(1);
	for (const figure of catalogue.figures) {
		const quoted = figure.values.filter((v) => v.quote);
		await expect(page.locator(`mark#${figure.slug}`)).toHaveText(quoted[0]!.quote!.text);
		for (const v of quoted) {
			const mark = page.locator('mark', { hasText: v.quote!.text });
			await expect(mark).toHaveCount(1);
			await expect(page.locator(`#p${v.quote!.paragraph} .charted-in a[href$="/charts/${figure.slug}"]`)).toHaveCount(1);
		}
	}
	for (const phrase of ['three waves of delegations', 'Within just two weeks', 'after three months']) {
		await expect(page.locator('mark', { hasText: phrase })).toHaveCount(1);
	}
});

test('a caption links to its highlighted sentence in the source view', async ({ page }) => {
	await page.goto('/charts/asahi-poll');
	await page.getByRole('link', { name: '“nearly 70%” in the article' }).click();
	await expect(page).toHaveURL(/\/sources\/japan-turns-from-us#asahi-poll$/);
	await expect(page.locator('mark#asahi-poll')).toBeInViewport();
});
