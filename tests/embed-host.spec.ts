import { expect, test } from '@playwright/test';
import { fixtureFigures } from './helpers';
import { expectFitted, hear, HostPage } from './host';

/** Three fixture charts; which ones does not matter, only that they differ. */
const [one, two, three] = fixtureFigures.map((f) => f.slug);
if (!one || !two || !three) throw new Error('these tests need three fixture figures');

// Host pages the loader does not control: careless, crowded or hostile markup.
test.describe.configure({ mode: 'serial' });
const hostPage = new HostPage(4181);
test.beforeAll(async () => hostPage.start());
test.afterAll(async () => hostPage.stop());

const site = 'http://localhost:4173';
const loader = `<script async src="${site}/embed.js"></script>`;
const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

// Elements whose id or name shadows a global or a property of `document` (DOM clobbering).
const clobbers: [string, string][] = [
	['an anchor with the old global id', '<a id="__citechartsLoader" href="#x">x</a>'],
	['a form with the old global id', '<form id="__citechartsLoader"><input name="scan"></form>'],
	['a form named currentScript', '<form name="currentScript"><input name="src" value="http://evil.invalid/embed.js"></form>'],
	['an image named querySelectorAll', '<img name="querySelectorAll" alt="">'],
	['a form named createElement', '<form name="createElement"></form>'],
	['a form named readyState', '<form name="readyState"></form>']
];

// Each host page a fresh document in one browser page, a step each.
test(`host pages with ${clobbers.map(([name]) => name).join('; ')}: each still gets its chart`, async ({ page }) => {
	for (const [name, markup] of clobbers) {
		await test.step(name, async () => {
			const heard = hear(page);
			await page.goto(hostPage.put(`clobber-${name.replace(/\W+/g, '-')}`, `${markup}<div data-citecharts="${one}"></div>${loader}`));
			const frame = page.locator('[data-citecharts] iframe');
			await expect(frame).toHaveAttribute('src', `${site}/embed/${one}`);
			await expectFitted(frame);
			expect(heard, name).toEqual([]);
		});
	}
});

test('a clean host page with several embeds: nothing logged, in the page or in any frame', async ({ page }) => {
	const heard = hear(page);
	const slugs = [one, two, three];
	const placeholders = slugs.map((s) => `<div data-citecharts="${s}"></div><p>Text.</p>`).join('');
	// An iframe pasted before the loader arrives, as the iframe code gives it.
	const pasted = `<iframe src="${site}/embed/${one}?theme=dark" title="t" style="border:0;width:100%"></iframe>`;
	await page.goto(hostPage.put('clean', `${pasted}${placeholders}${loader}`));
	const made = page.locator('[data-citecharts] iframe');
	await expect(made).toHaveCount(3);
	for (let i = 0; i < 3; i++) {
		await expect(made.nth(i)).toHaveAttribute('sandbox', SANDBOX);
		await expectFitted(made.nth(i));
	}
	await expectFitted(page.locator('iframe').first());
	expect(heard).toEqual([]);

	// The collector hears the frames: a message and an error from inside an embed reach it.
	const embed = page.frames().find((f) => f.url().endsWith(`/embed/${three}`))!;
	await embed.evaluate(() => console.info('probe'));
	await embed.evaluate(() => setTimeout(() => { throw new Error('probe'); }));
	await expect.poll(() => heard.length).toBe(2);
	expect(heard[0]).toMatch(/^info: probe /);
	expect(heard[1]).toBe('pageerror: probe');
});

test('inside the sandbox the embed still opens its links in a new tab', async ({ page }) => {
	await page.goto(hostPage.put('popup', `<div data-citecharts="${one}"></div>${loader}`));
	const frame = page.locator('[data-citecharts] iframe');
	await expectFitted(frame);
	const popup = page.waitForEvent('popup');
	await frame.contentFrame().getByRole('link', { name: 'citecharts' }).click();
	expect((await popup).url()).toBe(`${site}/charts/${one}`);
});

test('refused placeholders are left as written, with one warning each', async ({ page }) => {
	const refused: [string, string][] = [
		['unknown chart', '<div data-citecharts="no-such-chart"><a href="/elsewhere">Our own fallback</a></div>'],
		['an image', `<img data-citecharts="${one}" src="${site}/charts/${one}.png" alt="Chart" width="100">`],
		['a link', `<a data-citecharts="${one}" href="/x">Chart</a>`],
		['an input', `<input data-citecharts="${one}" aria-label="x">`],
		['a form', `<form data-citecharts="${one}"><input name="getAttribute"><input name="tagName"></form>`],
		['a name that is not a chart of the site', `<div data-citecharts="../charts/${one}"></div>`]
	];
	const warnings: string[] = [];
	page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	const body = refused.map(([, m], i) => `<section id="r${i}">${m}</section>`).join('');
	await page.goto(hostPage.put('refused', `${body}<div data-citecharts="${two}"></div>${loader}`));
	// One scan handles every placeholder: once the good one has its frame, the rest were judged.
	await expect(page.locator(`[data-citecharts="${two}"] iframe`)).toHaveCount(1);
	await expect.poll(() => warnings.length).toBe(refused.length);
	expect(await page.locator('iframe').count()).toBe(1);
	for (const [i, [what, markup]] of refused.entries()) {
		const html = await page.locator(`#r${i}`).evaluate((el) => el.innerHTML);
		expect(html, what).toBe(await page.evaluate((m) => Object.assign(document.createElement('section'), { innerHTML: m }).innerHTML, markup));
	}
	expect(warnings.every((w) => w.startsWith('citecharts: placeholder'))).toBe(true);
	expect(errors).toEqual([]);
});

test('the loader pings a frame only after it loads, never while it is about:blank', async ({ page }) => {
	const heard = hear(page);
	// Count the pings each document receives (init scripts run in cross-origin frames too).
	await page.addInitScript(() => {
		const w = window as unknown as { pings: number };
		w.pings = 0;
		addEventListener('message', (e) => e.data?.type === 'citecharts:ping' && w.pings++);
	});
	let release = () => {};
	const held = new Promise<void>((r) => (release = r));
	await page.route(`**/embed/${two}`, async (route) => (await held, route.continue()));
	const pasted = `<iframe id="late" src="${site}/embed/${two}" style="border:0;width:100%"></iframe>`;
	await page.goto(hostPage.put('late', `${pasted}<div data-citecharts="${one}"></div>${loader}`), { waitUntil: 'domcontentloaded' });
	// The loader has run (its own frame is fitted) while the pasted frame is still about:blank.
	await expectFitted(page.locator('[data-citecharts] iframe'));
	expect(await page.locator('#late').evaluate((f: HTMLIFrameElement) => f.contentDocument?.URL)).toBe('about:blank');
	await page.locator('#late').evaluate((f) => f.addEventListener('load', () => f.setAttribute('data-loaded', ''), { once: true }));
	release();
	await expect(page.locator('#late')).toHaveAttribute('data-loaded', '');
	const late = page.frames().find((f) => f.url().endsWith(`/embed/${two}`))!;
	await expect.poll(() => late.evaluate(() => (window as unknown as { pings: number }).pings)).toBe(1);
	await expectFitted(page.locator('#late'));
	expect(heard).toEqual([]);
});
