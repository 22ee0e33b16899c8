import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { articleText, catalogue, downloadFrom, drawnFigures, inkedPixels, openCleanly, type PublishedFigure } from './helpers';

/*
 * Each drawn figure's chart page and each article's source view, visited one after another in one
 * page, a step each: every visit is judged on its own (status, errors, foreign requests), and a
 * fresh browser context per page cost 2.3 core-s a page against 0.9 in one page.
 */

/** A chart page, as every drawn figure's is checked: its chart, its numbers, its notes, its PNG export. */
async function checkChartPage(page: Page, origin: string, figure: PublishedFigure, testInfo: TestInfo) {
	const { response, settled } = await openCleanly(page, origin, `/charts/${figure.slug}`);
	expect(response?.status()).toBe(200);
	await expect(page.locator('h1')).toHaveCount(1);
	expect(await inkedPixels(page, 'canvas')).toBeGreaterThan(5000);
	const cells = page.locator('table.values td[data-value]');
	await expect(cells).toHaveCount(figure.values.length);
	for (const [i, v] of figure.values.entries()) {
		await expect(cells.nth(i)).toHaveAttribute('data-value', String(v.value));
		const symbol = { exact: '', approx: '≈', 'more-than': '>', 'at-least': '≥', 'less-than': '<', 'at-most': '≤', range: '', derived: v.approximate ? '≈' : '' }[v.qualifier];
		// Shares read "≈70%"; changes, counts and money carry their unit in words ("+0.9 points", "12,480 books").
		if (v.unit === '%') await expect(cells.nth(i)).toHaveText(`${symbol}${v.value}%`);
		else await expect(cells.nth(i)).toContainText(`${symbol}${v.unit === 'pt' && v.value > 0 ? '+' : ''}${v.value.toLocaleString('en')}`.replace('-', '−'));
	}
	await expect(page.getByRole('heading', { name: 'Not reported in the article' })).toBeVisible();
	// One picture of the chart, named by its text alternative, which names the chart's title.
	await expect(page.getByRole('img', { name: figure.title, exact: false })).toHaveCount(1);
	for (const v of figure.values.filter((x) => x.quote)) {
		await expect(page.locator('blockquote.quote mark', { hasText: v.quote!.text })).toHaveCount(1);
	}
	// Each derived value is explained in a sentence of its own.
	const derived = figure.values.filter((v) => v.qualifier === 'derived');
	if (derived.length) {
		const notes = ((await page.locator('p.derived').textContent()) ?? '').replace(/\s+/g, ' ').trim();
		expect(notes.match(/(^|\. )The hatched bar, /g), notes).toHaveLength(derived.length);
	}
	// The browser and Node draw one configuration; their pixels must agree.
	await page.getByLabel('Width in pixels').fill('1440');
	const file = await downloadFrom(page, () => page.getByRole('button', { name: 'Download PNG' }).click());
	const browser = PNG.sync.read(file.bytes);
	const node = PNG.sync.read(readFileSync(`build/charts/${figure.slug}.png`));
	expect([browser.width, browser.height]).toEqual([node.width, node.height]);
	const diff = new PNG({ width: node.width, height: node.height });
	const share = pixelmatch(browser.data, node.data, diff.data, node.width, node.height, { threshold: 0.1 }) / (node.width * node.height);
	testInfo.annotations.push({ type: 'PNG mismatch, browser against Node', description: `${(share * 100).toFixed(3)}%` });
	if (share >= 0.01) {
		writeFileSync(testInfo.outputPath('diff.png'), PNG.sync.write(diff));
		writeFileSync(testInfo.outputPath('browser.png'), file.bytes);
	}
	expect(share).toBeLessThan(0.01);
	await settled();
}

// Every chart is drawn in a browser on its article's dashboard (above); its own page, one per kind
// and article. Two tests of half the figures each, so both workers share them.
const halves = [drawnFigures.filter((_, i) => i % 2 === 0), drawnFigures.filter((_, i) => i % 2 === 1)];
for (const [k, figures] of halves.entries()) {
	test(`chart pages, ${k + 1} of 2 (${figures.map((f) => f.slug).join(', ')}), draw their chart, table the figure's numbers and export the built PNG's pixels, cleanly`, async ({ page, baseURL }, testInfo) => {
		for (const figure of figures) await test.step(figure.slug, () => checkChartPage(page, baseURL!, figure, testInfo));
	});
}

/** A source view: every line verbatim, every paragraph anchored, every cited quote marked and linked. */
async function checkSourceView(page: Page, origin: string, article: (typeof catalogue.articles)[number]) {
	const { response, settled } = await openCleanly(page, origin, `/sources/${article.id}`);
	expect(response?.status()).toBe(200);
	await expect(page.locator('h1')).toHaveCount(1);
	const lines = articleText(article.id).split('\n');
	const paragraphs = page.locator('.para > .line');
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
	await settled();
}

test('every source view gives every line verbatim and highlights every cited quote, cleanly', async ({ page, baseURL }) => {
	for (const article of catalogue.articles) await test.step(article.id, () => checkSourceView(page, baseURL!, article));
});
