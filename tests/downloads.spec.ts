import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { parseCsv } from './csv';
import { articleText, catalogue, DESIGN_VALUES, downloadFrom, drawnFigures, fixtureFigure, has, type PublishedFigure } from './helpers';

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

// One visit to the chart page for everything it offers to download: each step needs the page as
// the reader has it, and a chart page is the dearest thing these tests load.
test('the chart page: its card tags, the built files from its menu, and PNGs drawn in the browser', async ({ page }) => {
	await page.goto(`/charts/${chart.slug}`);

	await test.step('Open Graph and Twitter tags point at the card', async () => {
		await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `http://localhost:4173/charts/${chart.slug}/card.png`);
		await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
		await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', chart.title);
	});

	await test.step('the menu downloads each built file under its own name', async () => {
		for (const [link, ext] of [['PNG image', 'png'], ['SVG vector', 'svg'], ['CSV data', 'csv'], ['JSON data', 'json']]) {
			const file = await downloadFrom(page, () => page.getByRole('link', { name: link! }).click());
			expect(file.name).toBe(`${chart.slug}.${ext}`);
			expect(file.bytes.equals(readFileSync(`build/charts/${chart.slug}.${ext}`))).toBe(true);
		}
	});

	await test.step('a PNG drawn at a chosen width and theme downloads as {slug}.png', async () => {
		await page.getByRole('button', { name: '800' }).click();
		await page.getByLabel('Dark').check();
		const file = await downloadFrom(page, () => page.getByRole('button', { name: 'Download PNG' }).click());
		expect(file.name).toBe(`${chart.slug}.png`);
		const png = PNG.sync.read(file.bytes);
		expect(png.width).toBe(800);
		expect(opaqueAndInked(png).transparent).toBe(0);
		expect([png.data[0], png.data[1], png.data[2]]).toEqual([0x12, 0x14, 0x17]);
		await expect(page.locator('.downloads').getByRole('status')).toContainText(`Downloaded ${chart.slug}.png, 800 px wide, dark.`);
	});

	await test.step('a width out of range is clamped and the reader is told', async () => {
		await page.getByLabel('Width in pixels').fill('99999');
		const file = await downloadFrom(page, () => page.getByRole('button', { name: 'Download PNG' }).click());
		expect(PNG.sync.read(file.bytes).width).toBe(4000);
		await expect(page.locator('.downloads').getByRole('status')).toContainText('99999 px is above the largest, 4000 px; using 4000 px.');
		await expect(page.getByLabel('Width in pixels')).toHaveValue('4000');
	});
});

// File checks above run on every figure; the browser's drawing, on one figure of each kind and
// article (the browser's own PNG export is checked against the built PNG in figure-pages.spec.ts).
for (const figure of drawnFigures) {
	test(`${figure.slug}: the SVG parses, holds its words as text and draws like the PNG in Chromium`, async ({ browser, baseURL }, testInfo) => {
		const svg = readFileSync(`build/charts/${figure.slug}.svg`, 'utf8');
		// At the PNG's size and density, with the SVG's embedded Inter.
		const png = PNG.sync.read(readFileSync(`build/charts/${figure.slug}.png`));
		const context = await browser.newContext({ baseURL, viewport: { width: png.width / 2, height: png.height / 2 }, deviceScaleFactor: 2 });
		const view = await context.newPage();
		await view.goto(`/charts/${figure.slug}.svg`);
		// Parsed from the file's text, as an editor would: the document above is the browser's own parse.
		const parsed = await view.evaluate((source) => {
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
