import { expect, test, type Page } from '@playwright/test';
import { fixtureFigure, fixtureFigures, has } from './helpers';
import { expectFitted as fitted, HostPage } from './host';

/** Fixture charts: the richest (a poll check, a derived part), then two others. */
const chart = fixtureFigure('with a poll check and a derived part', (f) => has.derived(f) && has.check(f));
const [second, third] = fixtureFigures.filter((f) => f !== chart);
if (!second || !third) throw new Error('the embed tests need three fixture figures');

test.describe.configure({ mode: 'serial' });
const hostPage = new HostPage(4180);
test.beforeAll(async () => hostPage.start());
test.afterAll(async () => hostPage.stop());

/** The code the chart page offers under a tab, as a reader would copy it. */
async function codeFromChartPage(page: Page, slug: string, tab: string): Promise<string> {
	await page.goto(`/charts/${slug}`);
	await page.getByRole('tab', { name: tab }).click();
	return page.locator('.embed-codes [role="tabpanel"]:not([hidden]) textarea').inputValue();
}

/** Height of the iframe on the host page, and of the content inside it. */
async function heights(page: Page, index = 0) {
	const frameElement = page.locator('iframe').nth(index);
	const outer = (await frameElement.boundingBox())!.height;
	const inner = await frameElement.contentFrame().locator('.embed').evaluate((el) => el.getBoundingClientRect().height);
	return { outer, inner };
}

const expectFitted = (page: Page, index = 0) => fitted(page.locator('iframe').nth(index));

/**
 * Messages between two windows arrive in the order they were posted, and the loader's listener was
 * added before any test's. So once the host hears a `test:barrier` posted after some messages, the
 * loader has handled all of them: a wait on a message, not a sleep.
 */
async function armBarrier(page: Page, count = 1) {
	await page.evaluate((count) => {
		const w = window as unknown as { barrier: Promise<void> };
		w.barrier = new Promise((resolve) => {
			let left = count;
			addEventListener('message', function heard(e) {
				if (e.data?.type === 'test:barrier' && --left === 0) (removeEventListener('message', heard), resolve());
			});
		});
	}, count);
}
const passBarrier = (page: Page) => page.evaluate(() => (window as unknown as { barrier: Promise<void> }).barrier);

test('the script code sizes its iframe to the chart, at 1280 and again at 360 px', async ({ page }) => {
	const code = await codeFromChartPage(page, chart.slug, 'Script');
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(hostPage.put('script', code));
	await expect(page.locator('iframe')).toHaveCount(1);
	await expect(page.locator('iframe')).toHaveAttribute('title', `Chart: ${chart.slug.replaceAll('-', ' ')} (citecharts)`);
	await expectFitted(page);
	const wide = await heights(page);
	await page.setViewportSize({ width: 360, height: 800 });
	await expectFitted(page);
	const narrow = await heights(page);
	expect(narrow.inner).toBeGreaterThan(wide.inner);
	const frame = page.locator('iframe').contentFrame();
	await expect(frame.locator('h1')).toHaveText(chart.title);
	await expect(frame.getByRole('link', { name: 'citecharts' })).toHaveAttribute('target', '_blank');
});

test('the iframe code works alone at a fixed height, and a loader arriving later resizes it', async ({ page }) => {
	const code = await codeFromChartPage(page, second.slug, 'Iframe');
	await page.goto(hostPage.put('iframe', code));
	const frame = page.locator('iframe');
	await expect(frame.contentFrame().locator('h1')).toHaveText(second.title);
	const fixed = Number(await frame.getAttribute('height'));
	expect((await frame.boundingBox())!.height).toBe(fixed);
	// The loader pings a frame that loaded before it; the embed answers with its height.
	await page.evaluate(() => {
		const s = document.createElement('script');
		s.src = 'http://localhost:4173/embed.js';
		document.body.append(s);
	});
	await expectFitted(page);
});

test('several charts and the loader included twice: each iframe made once and fitted', async ({ page }) => {
	const one = await codeFromChartPage(page, chart.slug, 'Script');
	const two = await codeFromChartPage(page, third.slug, 'Script');
	await page.goto(hostPage.put('twice', `${one}<p>Between.</p>${two}`));
	await expect(page.locator('iframe')).toHaveCount(2);
	await expectFitted(page, 0);
	await expectFitted(page, 1);
	expect(await page.locator('[data-citecharts] iframe').count()).toBe(2);
});

test('forged height messages from the host page or another frame change nothing', async ({ page }) => {
	const code = await codeFromChartPage(page, chart.slug, 'Script');
	await page.goto(hostPage.put('forged', code));
	await expectFitted(page);
	const before = (await page.locator('[data-citecharts] iframe').boundingBox())!.height;
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await armBarrier(page, 2);
	await page.evaluate((slug) => {
		const forged = [
			{ type: 'citecharts:height', slug, height: 5000 },
			{ type: 'citecharts:height', height: Infinity },
			{ type: 'citecharts:height', height: '9999' },
			{ type: 'citecharts:height' },
			'citecharts:height',
			null
		];
		for (const data of forged) window.postMessage(data, '*');
		window.postMessage({ type: 'test:barrier' }, '*');
		// Another frame of the host page posts a well-formed message.
		const other = document.createElement('iframe');
		other.srcdoc = `<script>parent.postMessage({ type: 'citecharts:height', slug: '${slug}', height: 7000 }, '*'); parent.postMessage({ type: 'test:barrier' }, '*')<\/script>`;
		document.body.append(other);
	}, chart.slug);
	await passBarrier(page);
	expect((await page.locator('[data-citecharts] iframe').boundingBox())!.height).toBe(before);
	expect(errors).toEqual([]);
});

test('the loader trusts only its own frames: not another frame of the same site', async ({ page }) => {
	const code = await codeFromChartPage(page, chart.slug, 'Script');
	// A frame from the chart site that the loader does not manage: pages and the 404 page refuse
	// to be framed, a plain file does not.
	await page.goto(hostPage.put('same-site', `${code}<iframe id="stray" src="http://localhost:4173/robots.txt"></iframe>`));
	await expectFitted(page);
	const managed = page.locator('[data-citecharts] iframe');
	const before = (await managed.boundingBox())!.height;
	const stray = page.frames().find((f) => f.url().endsWith('/robots.txt'))!;
	await armBarrier(page);
	await stray.evaluate((slug) => {
		parent.postMessage({ type: 'citecharts:height', slug, height: 6000 }, '*');
		parent.postMessage({ type: 'test:barrier' }, '*');
	}, chart.slug);
	await passBarrier(page);
	expect((await managed.boundingBox())!.height).toBe(before);

	// From the managed frame itself: non-finite heights are ignored, huge ones clamped.
	const embed = page.frames().find((f) => f.url().includes(`/embed/${chart.slug}`))!;
	await armBarrier(page);
	await embed.evaluate((slug) => {
		parent.postMessage({ type: 'citecharts:height', slug, height: Number.NaN }, '*');
		parent.postMessage({ type: 'test:barrier' }, '*');
	}, chart.slug);
	await passBarrier(page);
	expect((await managed.boundingBox())!.height).toBe(before);
	await embed.evaluate((slug) => parent.postMessage({ type: 'citecharts:height', slug, height: 1e12 }, '*'), chart.slug);
	await expect.poll(async () => (await managed.boundingBox())!.height).toBe(20000);
	await embed.evaluate((slug) => parent.postMessage({ type: 'citecharts:height', slug, height: -5 }, '*'), chart.slug);
	await expect.poll(async () => (await managed.boundingBox())!.height).toBe(50);
});

test('a framed embed answers its parent\'s ping, and ignores junk and pings from other windows', async ({ page }) => {
	const errors: string[] = [];
	await page.goto(hostPage.put('ping', `<iframe id="chart" src="http://localhost:4173/embed/${chart.slug}" style="width:600px"></iframe>`));
	const frame = page.frames().find((f) => f.url().includes(`/embed/${chart.slug}`))!;
	await frame.waitForLoadState('load');
	await expect(page.frameLocator('#chart').locator('h1')).toBeVisible();
	frame.page().on('pageerror', (e) => errors.push(e.message));
	// A spy inside the embed, added after the embed's own listener, answers `test:end` with
	// `test:ack`: replies to anything sent before the end reach the host before the ack does.
	await frame.evaluate(() =>
		addEventListener('message', (e) => {
			if (e.data?.type === 'test:end') parent.postMessage({ type: 'test:ack' }, '*');
		})
	);
	const heights = async (post: string) =>
		page.evaluate(async (script) => {
			let heard = 0;
			await new Promise<void>((resolve) => {
				addEventListener('message', function listen(e) {
					if (e.data?.type === 'citecharts:height') heard++;
					if (e.data?.type === 'test:ack') (removeEventListener('message', listen), resolve());
				});
				new Function('target', script)((document.getElementById('chart') as HTMLIFrameElement).contentWindow);
			});
			return heard;
		}, post);
	const ping = `target.postMessage({ type: 'citecharts:ping' }, '*'); target.postMessage({ type: 'test:end' }, '*');`;
	// The embed starts after its first paint; until then it answers nothing, and as it starts it
	// posts its height on its own. Wait until a ping gets exactly its one answer.
	await expect.poll(() => heights(ping)).toBe(1);
	const junk = `for (const d of [null, 42, 'citecharts:ping', { type: 'citecharts:ping ' }, { type: ['citecharts:ping'] }, { message: 'height' }, { type: 'citecharts:height', height: 9 }]) target.postMessage(d, '*'); target.postMessage({ type: 'test:end' }, '*');`;
	expect(await heights(junk)).toBe(0);
	// A ping from a window that is not the parent (a sibling frame) gets no answer either.
	const sibling = `const f = document.createElement('iframe'); f.srcdoc = '<script>parent.frames[0].postMessage({ type: "citecharts:ping" }, "*"); parent.frames[0].postMessage({ type: "test:end" }, "*")<\\/script>'; document.body.append(f);`;
	expect(await heights(sibling)).toBe(0);
	expect(await heights(ping)).toBe(1);
	expect(errors).toEqual([]);
});

test('dark and auto themes render dark; junk falls back to light, unechoed', async ({ browser }) => {
	const dark = await browser.newPage({ colorScheme: 'light' });
	await dark.goto(`/embed/${chart.slug}?theme=dark`);
	await expect(dark.locator('body')).toHaveCSS('background-color', 'rgb(18, 20, 23)');
	// The stills are inline SVG, one group per theme (embed-paint.spec.ts draws them against the PNGs).
	await expect(dark.locator('.chart .stills > :visible')).toHaveClass('still-dark');
	await expect(dark.locator('.chart .stills svg:visible')).toHaveCount(1);
	await expect(dark.locator('meta[name="color-scheme"]')).toHaveAttribute('content', 'dark');

	const auto = await browser.newPage({ colorScheme: 'dark' });
	await auto.goto(`/embed/${chart.slug}?theme=auto`);
	await expect(auto.locator('body')).toHaveCSS('background-color', 'rgb(18, 20, 23)');
	await expect(auto.locator('.chart .stills > :visible')).toHaveClass('still-dark');

	const systemDark = await browser.newPage({ colorScheme: 'dark' });
	await systemDark.goto(`/embed/${chart.slug}`);
	await expect(systemDark.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
	await expect(systemDark.locator('.chart .stills > :visible')).toHaveClass('still-light');

	const junk = await browser.newPage({ colorScheme: 'dark' });
	let dialogs = 0;
	junk.on('dialog', (d) => (dialogs++, d.dismiss()));
	await junk.goto(`/embed/${chart.slug}?theme=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E`);
	await expect(junk.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
	expect(await junk.content()).not.toContain('onerror');
	expect(dialogs).toBe(0);
	for (const p of [dark, auto, systemDark, junk]) await p.close();
});

test('without JavaScript the embed shows the chart, its text alternative and the source', async ({ browser }) => {
	// A source the article does not name: the source line has to say so.
	const unnamed = fixtureFigure('whose source the article does not name', (f) => f.source === null);
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`/embed/${unnamed.slug}`);
	const still = page.locator('.chart .still-light svg:visible');
	await expect(still).toHaveCount(1);
	await expect(still.locator('text').first()).toBeVisible();
	const alternative = page.getByRole('img', { name: `${unnamed.title}.` });
	await expect(alternative).toBeVisible();
	await expect(alternative).toHaveAttribute('aria-label', /^Bar chart/);
	await expect(page.locator('figcaption')).toContainText(`Source: ${unnamed.attribution} (original)`);
	expect(unnamed.attribution).toContain('not named in the article');
	await context.close();
});

test('oEmbed: valid 1.0 rich JSON whose html works pasted into another page', async ({ page, request }) => {
	await page.goto(`/charts/${chart.slug}`);
	const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
	expect(href).toBe(`http://localhost:4173/oembed/${chart.slug}.json`);
	const response = await request.get(href!);
	expect(response.headers()['content-type']).toContain('application/json');
	const oembed = await response.json();
	expect(oembed).toMatchObject({
		version: '1.0',
		type: 'rich',
		title: chart.title,
		provider_name: 'citecharts',
		provider_url: 'http://localhost:4173/',
		thumbnail_url: `http://localhost:4173/charts/${chart.slug}.png`
	});
	for (const key of ['width', 'height', 'thumbnail_width', 'thumbnail_height']) expect(Number.isInteger(oembed[key])).toBe(true);
	await page.goto(hostPage.put('oembed', oembed.html));
	await expect(page.locator('iframe').contentFrame().locator('h1')).toHaveText(oembed.title);
});

test('WordPress: an iframe with #?secret= also gets {message: "height", value, secret}', async ({ page }) => {
	await page.goto(hostPage.put('wp', `<script>window.got=[];addEventListener('message',e=>got.push(e.data))</script><iframe src="http://localhost:4173/embed/${chart.slug}#?secret=Ab12" style="width:600px"></iframe>`));
	await expect.poll(() => page.evaluate(() => (window as unknown as { got: { message?: string; secret?: string; value?: number }[] }).got.find((m) => m.message === 'height'))).toMatchObject({ message: 'height', secret: 'Ab12' });
});

test('only /embed/* may be framed by another origin', async ({ request }) => {
	const embed = await request.get(`/embed/${chart.slug}`);
	expect(embed.headers()['content-security-policy']).toBe('frame-ancestors *');
	expect(embed.headers()['x-frame-options']).toBeUndefined();
	for (const path of ['/', '/index.html', '/404.html', `/charts/${chart.slug}`, `/sources/${chart.article}`]) {
		const r = await request.get(path);
		expect(r.headers()['x-frame-options'], path).toBe('DENY');
		expect(r.headers()['content-security-policy'], path).toBe("frame-ancestors 'self'");
		expect(r.headers()['x-content-type-options'], path).toBe('nosniff');
	}
});

/** Script bytes each embed frame of the page fetched over the network (0 when served from cache). */
const scriptBytesPerFrame = (page: Page) =>
	Promise.all(
		page
			.frames()
			.filter((f) => f.url().includes('/embed/'))
			.map((frame) =>
				frame.evaluate(() =>
					(performance.getEntriesByType('resource') as PerformanceResourceTiming[])
						.filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'))
						.reduce((sum, r) => sum + r.transferSize, 0)
				)
			)
	);

test('many embeds stay cheap: after the first, further charts fetch no script again', async ({ page }) => {
	// Frames that start at the same moment may each fetch before the cache holds a file, so the
	// first chart is read alone; the charts on the next page find everything cached.
	await page.goto(hostPage.put('first', `<div data-citecharts="${chart.slug}"></div><script async src="http://localhost:4173/embed.js"></script>`));
	await expectFitted(page);
	const [first] = await scriptBytesPerFrame(page);
	expect(first).toBeGreaterThan(0);
	expect(first).toBeLessThanOrEqual(60 * 1024);
	const codes = [chart, second, third].map(({ slug: s }) => `<div data-citecharts="${s}"></div>`);
	await page.goto(hostPage.put('many', `${codes.join('<p>Text.</p>')}<script async src="http://localhost:4173/embed.js"></script>`));
	await expect(page.locator('iframe')).toHaveCount(3);
	for (let i = 0; i < 3; i++) await expectFitted(page, i);
	const more = await scriptBytesPerFrame(page);
	test.info().annotations.push({ type: 'script bytes transferred per embed', description: [first, ...more].join(', ') });
	expect(more).toHaveLength(3);
	expect(more.reduce((a, b) => a + b, 0)).toBeLessThan(2 * 1024);
});
