import { expect, test, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { fixtureFigure, has, quietNetwork } from './helpers';

// Bytes are deterministic, so the budget is a test; timings live in `npm run bench`.
const EMBED_JS_BUDGET = 60 * 1024;
/** The heaviest kind of embed: a poll check line under the chart and a hatched derived part. */
const chart = fixtureFigure('with a poll check and a derived part', (f) => has.derived(f) && has.check(f));

async function scriptBytesBeforeInteraction(page: Page, url: string) {
	const bodies: Promise<Buffer>[] = [];
	page.on('response', (r) => {
		if (r.request().resourceType() === 'script') bodies.push(r.body());
	});
	const idle = quietNetwork(page);
	await page.goto(url);
	await idle();
	const buffers = await Promise.all(bodies);
	return { files: buffers.length, gzipped: buffers.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0) };
}

test(`an embed transfers at most ${EMBED_JS_BUDGET / 1024} KB of gzipped JS before the reader interacts`, async ({ page }, testInfo) => {
	const { files, gzipped } = await scriptBytesBeforeInteraction(page, `/embed/${chart.slug}`);
	testInfo.annotations.push({ type: 'embed JS', description: `${(gzipped / 1024).toFixed(1)} KB gzipped in ${files} files` });
	expect(gzipped).toBeLessThanOrEqual(EMBED_JS_BUDGET);
	// Reaching for the chart brings Chart.js and draws it in place of the still image.
	await page.locator('.chart').hover();
	await expect(page.locator('canvas')).toHaveAttribute('data-rendered', 'true');
});

for (const url of [`/articles/${chart.article}`, `/charts/${chart.slug}`, `/embed/${chart.slug}`]) {
	test(`${url} shows its chart at first paint and nothing shifts when the canvas takes over`, async ({ page }) => {
		await page.addInitScript(() => {
			const w = window as unknown as { shift: number; shifts: PerformanceObserver };
			w.shift = 0;
			const add = (entries: PerformanceEntryList) => {
				for (const e of entries as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.shift += e.value;
			};
			w.shifts = new PerformanceObserver((list) => add(list.getEntries()));
			w.shifts.observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(url);
		await expect.poll(() => page.evaluate(() => performance.getEntriesByName('chart-rendered').length)).toBeGreaterThan(0);
		if (url.startsWith('/embed/')) await page.locator('.chart').hover();
		await expect(page.locator('canvas').first()).toHaveAttribute('data-rendered', 'true');
		// A shift is measured when a frame is drawn: after two frames past the canvas, take what the
		// observer holds but has not yet delivered.
		const shift = await page.evaluate(async () => {
			const w = window as unknown as { shift: number; shifts: PerformanceObserver };
			await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
			for (const e of w.shifts.takeRecords() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.shift += e.value;
			return w.shift;
		});
		expect(shift).toBe(0);
	});
}
