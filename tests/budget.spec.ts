import { expect, test, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { drawnFigures, fixtureFigure, has, quietNetwork } from './helpers';

// Bytes are deterministic, so the budget is a test; timings live in `npm run bench`.
const EMBED_JS_BUDGET = 60 * 1024;
/** The heaviest kind of embed: a poll check line under the chart and a hatched derived part. */
const chart = fixtureFigure('with a poll check and a derived part', (f) => has.derived(f) && has.check(f));

/** One embed of each kind: a kind may bring its own code (a split's key, a trend's columns). The budget is the JS before interaction. */
const oneOfEachKind = drawnFigures.filter((f, i, all) => all.findIndex((g) => g.kind === f.kind) === i);

/** Gzipped bytes of every script the page has fetched so far, counted as they arrive. */
function scriptBytes(page: Page) {
	const bodies: Promise<Buffer>[] = [];
	page.on('response', (r) => {
		if (r.request().resourceType() === 'script') bodies.push(r.body());
	});
	return async () => {
		const buffers = await Promise.all(bodies);
		return { files: buffers.length, gzipped: buffers.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0) };
	};
}

for (const figure of [chart, ...oneOfEachKind.filter((f) => f.kind !== chart.kind)]) {
	test(`a ${figure.kind} embed transfers at most ${EMBED_JS_BUDGET / 1024} KB of gzipped JS before the reader interacts, and draws its chart after`, async ({ page }, testInfo) => {
		const fetched = scriptBytes(page);
		const idle = quietNetwork(page);
		// The embed starts its scripts only after its first paint: wait for them to begin, or a busy
		// machine counts the bytes before any arrived.
		const started = page.waitForResponse((r) => /\/_app\/immutable\/entry\/app\.[\w-]+\.js$/.test(new URL(r.url()).pathname));
		await page.goto(`/embed/${figure.slug}`);
		await started;
		await idle();
		const before = await fetched();
		expect(before.gzipped).toBeLessThanOrEqual(EMBED_JS_BUDGET);
		// Reaching for the chart brings Chart.js and draws it in place of the still.
		const drawn = quietNetwork(page);
		await page.locator('.chart').hover();
		await expect(page.locator('canvas')).toHaveAttribute('data-rendered', 'true');
		await drawn();
		const after = await fetched();
		// Reported, not held to the budget: Chart.js and its plugins come only when the reader reaches for the chart.
		testInfo.annotations.push({ type: 'embed JS', description: `${(before.gzipped / 1024).toFixed(1)} KB gzipped in ${before.files} files before interaction, ${(after.gzipped / 1024).toFixed(1)} KB in ${after.files} once drawn` });
	});
}

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
