import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
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
const runs = routes.flatMap((route) => looks.map((look) => ({ route, ...look })));

for (const { route, width, scheme } of runs) {
	test(`axe finds no violation on ${route} at ${width} px, ${scheme}`, async ({ browser }) => {
		// Axe on a long page takes seconds; beside a build in the other worker, more than the default 30.
		test.setTimeout(90_000);
		const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
		const page = await context.newPage();
		const url = scheme === 'dark' && route.startsWith('/embed/') ? `${route}?theme=dark` : route;
		const idle = quietNetwork(page);
		await page.goto(url);
		await idle();
		const { violations } = await new AxeBuilder({ page }).analyze();
		await context.close();
		expect(violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
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
