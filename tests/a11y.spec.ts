import { expect, test, type Frame, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { catalogue, fixtureFigure, fixturePollPages, has, isFixture, quietNetwork } from './helpers';

/**
 * One route of each kind: siblings render the same components on other content, and axe reads
 * the DOM, not the canvas. The chart page is the richest figure (a poll check and a derived part).
 */
const richestFigure = fixtureFigure('with a poll check and a derived part', (f) => has.derived(f) && has.check(f));
const richest = richestFigure.slug;
const richestKind = richestFigure.kind;
/** The richest figure's article: its dashboard and source view carry its checks and marks. */
const article = richestFigure.article;
/** The first chart of every other kind: each kind has its own copy and text alternative. */
const otherKinds = [...new Map(catalogue.figures.filter((f) => isFixture(f.article) && f.kind !== richestKind).map((f) => [f.kind, f.slug])).values()].map((s) => `/charts/${s}`);
const routes = ['/', `/articles/${article}`, `/charts/${richest}`, ...otherKinds, `/embed/${richest}`, `/sources/${article}`, fixturePollPages[0]!, '/no-such-page'];
/** The two ends of the range: the widest page in light, the narrowest in dark. */
const looks = [
	{ width: 1280, scheme: 'light' },
	{ width: 360, scheme: 'dark' }
] as const;

/**
 * axe-core evaluated into every frame and run there, rather than through @axe-core/playwright,
 * whose analyze() opens a fresh page for each run: 1.8–3.4 s a run against 0.8–1.8 s on the same
 * pages, measured alone. DevTools evaluation is not bound by the page's script policy.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
async function axeViolations(page: Page): Promise<string[]> {
	const found: string[] = [];
	for (const frame of page.frames()) {
		// A lazy frame not yet loaded holds nothing to read.
		if (frame !== page.mainFrame() && frame.url() === 'about:blank') continue;
		found.push(...(await axeFrame(frame)).map((v) => `${frame === page.mainFrame() ? '' : `in ${frame.url()}: `}${v}`));
	}
	return found;
}
async function axeFrame(frame: Frame): Promise<string[]> {
	if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(axeSource);
	// Each frame is read in its own run, so the top run skips them.
	const { violations } = await frame.evaluate(() => (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, { iframes: false, resultTypes: ['violations'] }));
	return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the axe harness reports a violation it is shown, in the page and in a frame', async ({ page }) => {
	await page.setContent('<main><img src="data:,"><iframe title="inner" srcdoc="<p><img src=data:,></p>"></iframe></main>');
	await expect.poll(() => page.frames().length).toBe(2);
	const found = await axeViolations(page);
	expect(found.filter((v) => v.startsWith('image-alt'))).toHaveLength(1);
	expect(found.filter((v) => /^in .*image-alt/.test(v))).toHaveLength(1);
});

/**
 * Both looks on one page load: the viewport and colour scheme change in place, and axe runs again.
 * Routes share a page, a step each (a fresh context per route cost about 1.5 core-s more), in
 * three tests so both workers share them.
 */
async function axeBothLooks(page: Page, route: string) {
	const found: string[] = [];
	const backgrounds: string[] = [];
	for (const [i, { width, scheme }] of looks.entries()) {
		await page.setViewportSize({ width, height: 900 });
		await page.emulateMedia({ colorScheme: scheme });
		// The embed takes its theme from its query, not the reader's scheme, so it loads again.
		if (i === 0 || route.startsWith('/embed/')) {
			const idle = quietNetwork(page);
			await page.goto(route.startsWith('/embed/') && scheme === 'dark' ? `${route}?theme=dark` : route);
			await idle();
		}
		backgrounds.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
		found.push(...(await axeViolations(page)).map((v) => `${width} px ${scheme}: ${v}`));
	}
	expect(found, route).toEqual([]);
	// The second look really is the other scheme, not the first one read twice.
	expect(new Set(backgrounds).size, `${route}: ${backgrounds.join(' vs ')}`).toBe(2);
}

const groups = [0, 1, 2].map((k) => routes.filter((_, i) => i % 3 === k));
for (const group of groups) {
	test(`axe finds no violation on ${group.join(', ')} at ${looks.map((l) => `${l.width} px ${l.scheme}`).join(' and ')}`, async ({ page }) => {
		test.setTimeout(90_000);
		for (const route of group) await test.step(route, () => axeBothLooks(page, route));
	});
}

test('the chart page works from the keyboard: tab order follows the page, focus is visible', async ({ page }) => {
	await page.goto(`/charts/${richest}`);
	const order: string[] = [];
	for (let i = 0; i < 40; i++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return null;
			const style = getComputedStyle(el);
			return { name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40), tag: el.tagName, outline: style.outlineStyle, top: el.getBoundingClientRect().top + scrollY };
		});
		// Tabbing into the preview iframe focuses the embed's own link, which draws its own ring.
		if (!focused || focused.tag === 'IFRAME') continue;
		expect(focused.outline, `${focused.tag} ${focused.name}`).not.toBe('none');
		order.push(focused.name);
	}
	expect(order[0]).toBe('Skip to content');
	for (const control of ['PNG image', 'Download PNG', 'Copy image', 'Script']) {
		expect(order.some((n) => n.startsWith(control)), control).toBe(true);
	}
	expect(order.indexOf('Download PNG')).toBeLessThan(order.findIndex((n) => n.startsWith('Script')));
});

test('a download and a copy are announced in live regions', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(`/charts/${richest}`);
	await page.getByRole('tab', { name: 'Iframe' }).focus();
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByRole('tab', { name: 'Script' })).toBeFocused();
	await page.getByRole('button', { name: /^Copy Script/ }).press('Enter');
	await expect(page.locator('.embed-codes [role="tabpanel"]:not([hidden]) [role="status"]')).toHaveText('Script and placeholder (sizes itself) copied.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`data-citecharts="${richest}"`);
	await page.getByRole('button', { name: 'Download PNG' }).press('Enter');
	await expect(page.locator('.downloads [role="status"]')).toContainText(`Downloaded ${richest}.png`);
});

test('charts stay whole at 200% zoom, in forced colours and with reduced motion', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 640, height: 900 }, forcedColors: 'active', reducedMotion: 'reduce' });
	const page = await context.newPage();
	await page.goto(`/charts/${richest}`);
	await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
	await expect(page.locator('canvas')).toHaveAttribute('data-rendered', 'true');
	expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	await expect(page.locator('table.values td[data-value]')).toHaveCount(richestFigure.values.length);
	await context.close();
});
