import { expect, test, type Page } from '@playwright/test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { FACES_ID } from '../src/lib/embed/font-boot.js';
import { fixtureFigure, has } from './helpers';

/** The heaviest kind of embed: a poll check line under the chart and a hatched derived part. */
const chart = fixtureFigure('with a poll check and a derived part', (f) => has.derived(f) && has.check(f));
/**
 * Share of pixels that may differ between the inline still and its PNG (pixelmatch threshold 0.1):
 * both are Skia's drawing of one configuration, the SVG's words laid out again by Chromium.
 * Measured: 0.05% at 600 px, 0.09% at 320 px. Light only: Chart.js puts grid lines on device
 * pixels, half a CSS pixel apart in the 2x PNG and the 1x SVG; below the threshold in light
 * grey on white, but 0.9% of pixels on the dark theme's contrast.
 */
const TOLERANCE = 0.002;

/** How many faces the HTML carries, and the status of every face the page knows (stylesheets' and FONT_BOOT's). */
const faces = (page: Page) =>
	page.evaluate((id) => ({ carried: (JSON.parse(document.getElementById(id)?.textContent ?? '[]') as unknown[]).length, statuses: [...document.fonts].map((f) => f.status) }), FACES_ID);

test('the embed paints its chart with every request after its HTML refused', async ({ page }) => {
	const refused: string[] = [];
	await page.route('**/*', (route) => (route.request().resourceType() === 'document' ? route.continue() : (refused.push(route.request().url()), route.abort())));
	await page.goto(`/embed/${chart.slug}`);
	const still = page.locator('.chart .stills svg:visible');
	await expect(still).toHaveCount(1);
	await expect(still.locator('text').first()).toBeVisible();
	// Its fonts come in the HTML, and FONT_BOOT (allowed by the policy) made every one a loaded face.
	const { carried, statuses } = await faces(page);
	expect(carried).toBeGreaterThan(0);
	expect(statuses.filter((s) => s === 'loaded').length).toBeGreaterThanOrEqual(carried);
	expect(statuses).not.toContain('error');
	// Every word of the page, not only the chart's, is in those faces: no font file was asked for.
	expect(refused.filter((url) => /\.woff2(\?|$)/.test(url))).toEqual([]);
	// Element Timing saw the words painted (the measure `npm run bench` reads).
	await expect
		.poll(() => page.evaluate((id) => new Promise<number>((done) => new PerformanceObserver((l) => done(l.getEntries().filter((e) => (e as PerformanceEntry & { identifier: string }).identifier === id).length)).observe({ type: 'element', buffered: true })), `chart-${chart.slug}`))
		.toBeGreaterThan(0);
	expect(refused.length).toBeGreaterThan(0); // the page did ask for more (kit's scripts), and did without
});

for (const [theme, viewport, width] of [['light', 700, 600], ['light', 360, 320]] as const) {
	test(`at ${viewport} px the ${theme} embed shows the ${width} px still as inline SVG, drawn like its PNG`, async ({ browser, request }) => {
		const page = await browser.newPage({ viewport: { width: viewport, height: 900 }, deviceScaleFactor: 2 });
		await page.goto(`/embed/${chart.slug}?theme=${theme}`);
		const still = page.locator('.chart .stills svg:visible');
		await expect(still).toHaveCount(1);
		await expect(still).toHaveClass(`still-${width}`);
		await expect(page.locator('.chart .stills > :visible')).toHaveClass(`still-${theme}`);
		await expect.poll(async () => (await faces(page)).statuses).not.toContain('loading');
		const png = PNG.sync.read(Buffer.from(await (await request.get(`/charts/${chart.slug}/still-${theme}-${width}.png`)).body()));
		// On whole pixels, as the PNG is compared: the title's line height leaves the box at a
		// fraction of a pixel, where every edge is blended differently from the PNG's.
		await page.locator('.chart').evaluate((el) => (el.style.top = `${Math.ceil(el.getBoundingClientRect().y) - el.getBoundingClientRect().y}px`));
		const box = (await still.boundingBox())!;
		// The still sits at the box's top left at its own width, as the PNG does in the pictures.
		const shot = PNG.sync.read(await page.screenshot({ clip: { x: box.x, y: box.y, width: png.width / 2, height: png.height / 2 } }));
		expect([shot.width, shot.height]).toEqual([png.width, png.height]);
		const differ = pixelmatch(png.data, shot.data, null, png.width, png.height, { threshold: 0.1 }) / (png.width * png.height);
		test.info().annotations.push({ type: `${theme} ${width} px: pixels differing from the PNG`, description: `${(differ * 100).toFixed(3)}%` });
		expect(differ).toBeLessThanOrEqual(TOLERANCE);
		await page.close();
	});
}
