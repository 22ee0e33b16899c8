import { expect, test } from '@playwright/test';
import { catalogue, fixtureFigure } from './helpers';

const chart = fixtureFigure('of any kind');
/** Near misses of a real chart's paths (its slug in capitals, a path below it) as well as plain unknowns. */
const unknownPaths = ['/charts/no-such-chart', '/charts/no-such-chart.png', '/charts/no-such-chart.csv', '/embed/no-such-chart', `/charts/${chart.slug.toUpperCase()}`, '/sources/unknown-article', '/no/such/page', `/charts/${chart.slug}/extra?theme=%3Cscript%3E`];

// One page for all of them, a step each: a fresh context per path cost more than the check.
test('unknown paths answer 404 with a page that lists the charts, without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const path of unknownPaths) {
		await test.step(path, async () => {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(404);
			await expect(page.locator('h1')).toHaveText('This page does not exist');
			const links = await page.getByRole('link').evaluateAll((as) => as.map((a) => `${a.textContent?.trim()} -> ${a.getAttribute('href')}`));
			expect(links).toEqual(expect.arrayContaining(catalogue.figures.map((f) => `${f.title} -> /charts/${f.slug}`)));
		});
	}
	await context.close();
});

test('odd query strings do not change a chart page', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`/charts/${chart.slug}?slug=../../etc/passwd&x=%00%ff&theme=javascript:alert(1)#<img>`);
	await expect(page.locator('h1')).toHaveText(chart.title);
	expect(errors).toEqual([]);
});
