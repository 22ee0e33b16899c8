import { expect, test, type Page } from '@playwright/test';
import { catalogue, pollPages, slugs } from './helpers';

const routes = ['/', ...slugs.map((s) => `/charts/${s}`), ...slugs.map((s) => `/embed/${s}`), ...catalogue.articles.map((a) => `/sources/${a.id}`), ...pollPages];
/** One route of each kind gets every payload; its siblings run the same code on other content. */
const sweptInFull = new Set(['/', `/charts/${slugs[0]}`, `/embed/${slugs[0]}`, `/sources/${catalogue.articles[0]?.id}`, pollPages[0]]);

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
	for (const route of [...routes, '/no-such-page']) {
		await page.goto(route);
		await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
		await page.waitForLoadState('networkidle');
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
	await page.goto('/charts/asahi-poll');
	const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	const scriptSrc = policy!.split(';').find((d) => d.trim().startsWith('script-src'))!;
	expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
	const ran = await page.evaluate(async () => {
		const w = window as unknown as Record<string, boolean>;
		const script = document.createElement('script');
		script.textContent = 'window.inlineRan = true';
		document.head.append(script);
		const img = document.createElement('img');
		img.setAttribute('onerror', 'window.handlerRan = true');
		img.src = 'data:,broken';
		document.body.append(img);
		// A string timer is eval.
		(setTimeout as unknown as (code: string, ms: number) => void)('window.evalRan = true', 0);
		await new Promise((r) => setTimeout(r, 300));
		return { inline: Boolean(w.inlineRan), handler: Boolean(w.handlerRan), eval: Boolean(w.evalRan) };
	});
	expect(ran).toEqual({ inline: false, handler: false, eval: false });
	const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
	expect(violations.length).toBeGreaterThanOrEqual(3);
});

const payloads = [
	'<script>alert(1)</script>',
	'"><img src=x id=xss onerror=alert(1)>',
	"'><svg id=xss onload=alert(1)>",
	'javascript:alert(1)',
	'JaVaScRiPt:alert(document.domain)',
	'data:text/html,<script>alert(1)</script>',
	'%3Cscript%3Ealert(1)%3C%2Fscript%3E',
	'%253Cscript%253E',
	'%22%3E%3Cimg%20src%3Dx%20id%3Dxss%20onerror%3Dalert(1)%3E',
	'%E0%A4%A',
	'%',
	'%00',
	'\u202e\u0000',
	// Long, but under the 8 KB request line static hosts accept.
	'x'.repeat(2000),
	'dark%00',
	'dark"><b id=xss>',
	'auto\' onmouseover=\'alert(1)',
	'</title><script>alert(1)</script>',
	'{{constructor.constructor("alert(1)")()}}',
	'${alert(1)}',
	'__proto__',
	'constructor',
	'[object Object]',
	'../../../../etc/passwd',
	'NaN',
	'-1e309',
	'🙂',
	'<iframe src=javascript:alert(1)>',
	'" autofocus onfocus=alert(1) x="',
	'<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'
];

const sample = payloads.filter((_, i) => i % 6 === 0);

for (const route of routes) {
	const tried = sweptInFull.has(route) ? payloads : sample;
	test(`${route} shrugs off ${tried.length * 3} hostile query strings and hashes`, async ({ page }) => {
		test.setTimeout(150_000);
		let dialogs = 0;
		const errors: string[] = [];
		page.on('dialog', (d) => (dialogs++, d.dismiss()));
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		for (const payload of tried) {
			for (const suffix of [`?theme=${payload}`, `?${payload}=${payload}&slug=${payload}`, `#${payload}`]) {
				await page.goto(route + suffix);
				await expect(page.locator('h1, h2').first()).toBeVisible();
				if (route.startsWith('/polls/')) await expect(page.locator('.split').first()).toBeAttached();
				else if (!route.startsWith('/sources/')) await expect(page.locator('.chart img').first()).toBeAttached();
				expect(await page.locator('#xss, body img[src="x"], body svg[onload]').count(), suffix).toBe(0);
			}
		}
		expect(dialogs).toBe(0);
		expect(errors).toEqual([]);
	});
}
