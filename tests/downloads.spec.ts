import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { parseCsv } from './csv';
import { articleText, catalogue, DESIGN_VALUES, drawnFigures, fixtureFigure, has, type PublishedFigure } from './helpers';

const figures = catalogue.figures;
/** The chart the page tests download: a fixture with a poll check and a derived part. */
const chart = fixtureFigure('with a poll check and a derived part', (f) => has.derived(f) && has.check(f));

function opaqueAndInked(png: PNG) {
	let transparent = 0;
	let inked = 0;
	for (let i = 0; i < png.data.length; i += 4) {
		if (png.data[i + 3] !== 255) transparent++;
		if (png.data[i]! < 200 || png.data[i + 1]! < 200 || png.data[i + 2]! < 200) inked++;
	}
	return { transparent, inked, white: png.data[0] === 255 && png.data[1] === 255 && png.data[2] === 255 };
}

for (const figure of figures) {
	test.describe(figure.slug, () => {
		test('every file is served with its content type', async ({ request }) => {
			for (const [path, type] of [
				[`/charts/${figure.slug}.png`, 'image/png'],
				[`/charts/${figure.slug}.svg`, 'image/svg+xml'],
				[`/charts/${figure.slug}.csv`, 'text/csv'],
				[`/charts/${figure.slug}.json`, 'application/json'],
				[`/charts/${figure.slug}/card.png`, 'image/png']
			]) {
				const response = await request.get(path!);
				expect(response.status(), path).toBe(200);
				expect(response.headers()['content-type'], path).toContain(type);
			}
		});

		test('the PNG is opaque, 2x wide and drawn', () => {
			const png = PNG.sync.read(readFileSync(`build/charts/${figure.slug}.png`));
			expect(png.width).toBe(1440);
			const { transparent, inked, white } = opaqueAndInked(png);
			expect(transparent).toBe(0);
			expect(white).toBe(true);
			expect(inked).toBeGreaterThan(20_000);
		});

		test('the social card is 1200×630, opaque and drawn', () => {
			const png = PNG.sync.read(readFileSync(`build/charts/${figure.slug}/card.png`));
			expect([png.width, png.height]).toEqual([1200, 630]);
			expect(opaqueAndInked(png).transparent).toBe(0);
		});

		test('the CSV parses back to the figure', () => {
			const text = readFileSync(`build/charts/${figure.slug}.csv`, 'utf8');
			expect(text.charCodeAt(0)).toBe(0xfeff);
			const [header, ...rows] = parseCsv(text.slice(1));
			expect(header).toEqual(['label', 'value', 'unit', 'qualifier', 'quote', 'formula', 'source_url', 'poll_value', 'check', 'wave']);
			expect(rows.map((r) => [r[0], Number(r[1]), r[3], r[4], r[5]])).toEqual(
				figure.values.map((v) => [v.label, v.value, v.qualifier, v.quote?.text ?? '', v.formula ?? ''])
			);
			for (const row of rows) expect(row[6]).toBe(catalogue.articles.find((a) => a.id === figure.article)!.url);
		});

		test('the JSON holds values, quotes with offsets and every URL', async ({ request }) => {
			const data = (await (await request.get(`/charts/${figure.slug}.json`)).json()) as PublishedFigure & {
				urls: Record<string, string>;
				attribution: string;
			};
			// Held to the article's own text, not to another file from the same writer.
			const text = articleText(figure.article);
			for (const v of data.values) if (v.quote) expect(text.slice(v.quote.offset, v.quote.offset + v.quote.length)).toBe(v.quote.text);
			expect(data.values.map((v) => v.label)).toEqual(figure.values.map((v) => v.label));
			expect(data.values.map((v) => [v.value, v.qualifier])).toEqual(figure.values.map((v) => [v.value, v.qualifier]));
			for (const v of data.values) {
				expect(typeof v.value).toBe('number');
				expect(['exact', 'approx', 'more-than', 'at-least', 'less-than', 'at-most', 'range', 'derived']).toContain(v.qualifier);
				if (v.qualifier === 'derived') expect([v.quote, typeof v.formula]).toEqual([null, 'string']);
				else expect(v.quote?.text.length).toBe(v.quote?.length);
			}
			expect(Object.keys(data.urls).sort()).toEqual(['card', 'csv', 'embed', 'json', 'oembed', 'page', 'png', 'svg']);
			for (const url of Object.values(data.urls)) {
				expect(url).toMatch(/^http:\/\/localhost:4173\//);
				expect((await request.get(url)).status(), url).toBe(200);
			}
		});
	});
}

test.describe('the seed\'s figures (DESIGN.md, "Its figures")', () => {
	for (const [slug, values] of Object.entries(DESIGN_VALUES)) {
		test(`${slug}: its JSON gives the values of DESIGN.md's table`, async ({ request }) => {
			const data = (await (await request.get(`/charts/${slug}.json`)).json()) as PublishedFigure;
			expect(data.values.map((v) => [v.value, v.qualifier])).toEqual(values);
		});
	}
});

test('chart pages carry Open Graph and Twitter tags that point at the card', async ({ page }) => {
	await page.goto(`/charts/${chart.slug}`);
	await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `http://localhost:4173/charts/${chart.slug}/card.png`);
	await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
	await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', chart.title);
});

async function downloadFromMenu(page: Page, act: () => Promise<void>) {
	const [download] = await Promise.all([page.waitForEvent('download'), act()]);
	return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

test('the menu downloads each built file under its own name', async ({ page }) => {
	await page.goto(`/charts/${chart.slug}`);
	for (const [link, ext] of [['PNG image', 'png'], ['SVG vector', 'svg'], ['CSV data', 'csv'], ['JSON data', 'json']]) {
		const file = await downloadFromMenu(page, () => page.getByRole('link', { name: link! }).click());
		expect(file.name).toBe(`${chart.slug}.${ext}`);
		expect(file.bytes.equals(readFileSync(`build/charts/${chart.slug}.${ext}`))).toBe(true);
	}
});

test('a PNG drawn in the browser at a chosen width and theme downloads as {slug}.png', async ({ page }) => {
	await page.goto(`/charts/${chart.slug}`);
	await page.getByRole('button', { name: '800' }).click();
	await page.getByLabel('Dark').check();
	const file = await downloadFromMenu(page, () => page.getByRole('button', { name: 'Download PNG' }).click());
	expect(file.name).toBe(`${chart.slug}.png`);
	const png = PNG.sync.read(file.bytes);
	expect(png.width).toBe(800);
	expect(opaqueAndInked(png).transparent).toBe(0);
	expect([png.data[0], png.data[1], png.data[2]]).toEqual([0x12, 0x14, 0x17]);
	await expect(page.locator('.downloads').getByRole('status')).toContainText(`Downloaded ${chart.slug}.png, 800 px wide, dark.`);
});

test('a width out of range is clamped and the reader is told', async ({ page }) => {
	await page.goto(`/charts/${chart.slug}`);
	await page.getByLabel('Width in pixels').fill('99999');
	const file = await downloadFromMenu(page, () => page.getByRole('button', { name: 'Download PNG' }).click());
	expect(PNG.sync.read(file.bytes).width).toBe(4000);
	await expect(page.locator('.downloads').getByRole('status')).toContainText('99999 px is above the largest, 4000 px; using 4000 px.');
	await expect(page.getByLabel('Width in pixels')).toHaveValue('4000');
});

// File checks above run on every figure; the browser's drawing, on one figure of each kind and article.
for (const figure of drawnFigures) {
	test(`${figure.slug}: the SVG parses, holds its words as text and draws like the PNG in Chromium`, async ({ page, browser, baseURL }, testInfo) => {
		const svg = readFileSync(`build/charts/${figure.slug}.svg`, 'utf8');
		await page.goto('/404');
		const parsed = await page.evaluate((source) => {
			const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				root: doc.documentElement.nodeName,
				texts: [...doc.querySelectorAll('text')].map((t) => t.textContent)
			};
		}, svg);
		expect(parsed).toMatchObject({ error: null, root: 'svg' });
		expect(parsed.texts).toContain(figure.title);
		const ids = [...svg.matchAll(/id="([^"]+)"/g)].map((m) => m[1]);
		expect(new Set(ids).size).toBe(ids.length);

		// At the PNG's size and density, with the SVG's embedded Inter.
		const png = PNG.sync.read(readFileSync(`build/charts/${figure.slug}.png`));
		const context = await browser.newContext({ baseURL, viewport: { width: png.width / 2, height: png.height / 2 }, deviceScaleFactor: 2 });
		const view = await context.newPage();
		await view.goto(`/charts/${figure.slug}.svg`);
		await view.evaluate(() => document.fonts.ready);
		const shot = PNG.sync.read(await view.screenshot());
		await context.close();
		expect([shot.width, shot.height]).toEqual([png.width, png.height]);
		const diff = new PNG({ width: png.width, height: png.height });
		const mismatched = pixelmatch(shot.data, png.data, diff.data, png.width, png.height, { threshold: 0.1 });
		const share = mismatched / (png.width * png.height);
		testInfo.annotations.push({ type: 'svg mismatch', description: `${(share * 100).toFixed(3)}% (${mismatched} px)` });
		if (share > 0.0025) writeFileSync(testInfo.outputPath('svg-diff.png'), PNG.sync.write(diff));
		// Measured 0.02–0.05% (anti-aliasing); a line in a fallback face differs by 0.7% or more.
		expect(share).toBeLessThanOrEqual(0.0025);
	});
}

// The browser and Node draw one configuration; their pixels must agree.
for (const figure of drawnFigures) {
	test(`${figure.slug}: the browser's PNG matches the built PNG within 1% of pixels`, async ({ page }, testInfo) => {
		await page.goto(`/charts/${figure.slug}`);
		await page.getByLabel('Width in pixels').fill('1440');
		const file = await downloadFromMenu(page, () => page.getByRole('button', { name: 'Download PNG' }).click());
		const browser = PNG.sync.read(file.bytes);
		const node = PNG.sync.read(readFileSync(`build/charts/${figure.slug}.png`));
		expect([browser.width, browser.height]).toEqual([node.width, node.height]);
		const diff = new PNG({ width: node.width, height: node.height });
		const mismatched = pixelmatch(browser.data, node.data, diff.data, node.width, node.height, { threshold: 0.1 });
		const share = mismatched / (node.width * node.height);
		testInfo.annotations.push({ type: 'mismatch', description: `${(share * 100).toFixed(3)}% (${mismatched} px)` });
		if (share >= 0.01) {
			writeFileSync(testInfo.outputPath('diff.png'), PNG.sync.write(diff));
			writeFileSync(testInfo.outputPath('browser.png'), file.bytes);
		}
		expect(share).toBeLessThan(0.01);
	});
}
