import { expect, test, type Page } from '@playwright/test';
import { fixtureFigure, fixturePollPages, has, kitStarted, quietNetwork } from './helpers';
import { HOSTILE_PAYLOADS, hostileSuffixes } from './hostile';

/** The fixture whose pages run the most code: a poll check and a derived part. */
const chart = fixtureFigure('with a poll check and a derived part', (f) => has.derived(f) && has.check(f));
/** One route of each kind: the policy is the same for every page of a kind, and so is the code it runs. */
const routes = ['/', `/articles/${chart.article}`, `/charts/${chart.slug}`, `/embed/${chart.slug}`, `/sources/${chart.article}`, fixturePollPages[0]!];

/** Records CSP violations from the first script on. */
async function recordViolations(page: Page) {
	await page.addInitScript(() => {
		(window as unknown as { violations: string[] }).violations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`)
		);
	});
}

test('every route runs under its Content Security Policy without a violation', async ({ page }) => {
	test.setTimeout(120_000);
	await recordViolations(page);
	const idle = quietNetwork(page);
	for (const route of [...routes, '/no-such-page']) {
		await page.goto(route);
		await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
		await idle();
		// Reaching for a chart loads Chart.js: that code must run under the policy too.
		if (await page.locator('.chart').count()) {
			await page.locator('.chart').first().hover();
			await expect(page.locator('canvas').first()).toHaveAttribute('data-rendered', 'true');
		}
		// Poll pages draw their bars at load.
		if (await page.locator('.split canvas').count()) await expect(page.locator('.split canvas').last()).toHaveAttribute('data-rendered', 'true');
		expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), route).toEqual([]);
	}
});

test('the policy blocks an injected inline script, an inline handler and eval', async ({ page }) => {
	await recordViolations(page);
	await page.goto(`/charts/${chart.slug}`);
	const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	const scriptSrc = policy!.split(';').find((d) => d.trim().startsWith('script-src'))!;
	expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
	await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.inlineRan = true';
		document.head.append(script);
		const img = document.createElement('img');
		img.setAttribute('onerror', 'window.handlerRan = true');
		img.src = 'data:,broken';
		document.body.append(img);
		// A string timer is eval.
		(setTimeout as unknown as (code: string, ms: number) => void)('window.evalRan = true', 0);
	});
	// Each blocked attempt reports its violation; once all three have, none of them can still run.
	await expect.poll(() => page.evaluate(() => (window as unknown as { violations: string[] }).violations.length)).toBeGreaterThanOrEqual(3);
	const ran = await page.evaluate(() => {
		const w = window as unknown as Record<string, boolean>;
		return { inline: Boolean(w.inlineRan), handler: Boolean(w.handlerRan), eval: Boolean(w.evalRan) };
	});
	expect(ran).toEqual({ inline: false, handler: false, eval: false });
});

/**
 * The functions that read the URL get every payload in unit tests (src/lib/embed/url-input.test.ts,
 * with a static check that nothing else reads it). The browser keeps one full sweep, on an embed,
 * where the URL is read, and a few payloads on one route of every other kind, for what only a real
 * page load shows: SvelteKit's own routing and hash scrolling.
 */
const sample = HOSTILE_PAYLOADS.filter((_, i) => i % 15 === 0);
/** The full sweep in three parts, so it runs beside other tests rather than last and alone. */
const thirds = [0, 1, 2].map((k) => HOSTILE_PAYLOADS.filter((_, i) => i % 3 === k));
const swept = [
	...thirds.map((tried, k) => ({ route: `/embed/${chart.slug}`, tried, part: ` (part ${k + 1} of 3 of all ${HOSTILE_PAYLOADS.length * 3})` })),
	...routes.filter((r) => !r.startsWith('/embed/')).map((route) => ({ route, tried: sample, part: '' }))
];

for (const { route, tried, part } of swept) {
	test(`${route} shrugs off ${tried.length * 3} hostile query strings and hashes${part}`, async ({ page }) => {
		test.setTimeout(150_000);
		let dialogs = 0;
		const errors: string[] = [];
		page.on('dialog', (d) => (dialogs++, d.dismiss()));
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		for (const payload of tried) {
			for (const suffix of hostileSuffixes(payload)) {
				await page.goto(route + suffix);
				await expect(page.locator('h1, h2').first()).toBeVisible();
				if (route === '/') await expect(page.locator('article.entry img').first()).toBeAttached();
				else if (route.startsWith('/polls/')) await expect(page.locator('.split').first()).toBeAttached();
				else if (!route.startsWith('/sources/')) await expect(page.locator('.chart img, .chart .stills svg').first()).toBeAttached();
				// What the hydrated page makes of the payload, not only the prerendered HTML.
				await kitStarted(page);
				expect(await page.locator('#xss, body img[src="x"], body svg[onload]').count(), suffix).toBe(0);
			}
		}
		expect(dialogs).toBe(0);
		expect(errors).toEqual([]);
	});
}
