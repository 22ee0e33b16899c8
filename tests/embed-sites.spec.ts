import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fixtureFigures } from './helpers';
import { expectFitted, hear, HostPage } from './host';

/** Three fixture charts; which ones does not matter, only that they differ. */
const [one, two, three] = fixtureFigures.map((f) => f.slug);
if (!one || !two || !three) throw new Error('these tests need three fixture figures');

// Two citecharts sites on one host page: the same build served again on another port. The second
// site's loader was built for the first site's address, so only reading its own URL sets it apart.
const a = 'http://localhost:4173';
const b = 'http://localhost:4175';
const host = new HostPage(4182);
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	server = spawn('node', [join(process.cwd(), 'scripts/serve.mjs'), 'build'], { env: { ...process.env, PORT: '4175' }, stdio: 'ignore' });
	await expect.poll(async () => (await fetch(`${b}/embed.js`).catch(() => null))?.status, { timeout: 20_000 }).toBe(200);
	await host.start();
});

test.afterAll(async () => {
	server?.kill();
	await host.stop();
});

const placeholder = (slug: string, named = '') => `<div data-citecharts="${slug}"${named && ` data-citecharts-site="${named}"`}></div>`;
const script = (site: string) => `<script async src="${site}/embed.js"></script>`;

// Each case: the host page's markup, and the site each placeholder's frame must come from, in order.
const cases: [string, string, string[]][] = [
	['each snippet as given, first site first', placeholder(one) + script(a) + placeholder(two) + script(b), [a, b]],
	['each snippet as given, second site first', placeholder(one) + script(b) + placeholder(two) + script(a), [b, a]],
	['both snippets twice, interleaved', placeholder(one) + script(a) + placeholder(three) + script(b) + placeholder(two) + script(a) + placeholder(one) + script(b), [a, b, a, b]],
	['a placeholder naming its site, before the other site\'s script', placeholder(two, `${b}/`) + placeholder(one) + script(a) + script(b), [b, a]],
	['both scripts before every placeholder: the last one serves unnamed ones', script(a) + script(b) + placeholder(one) + placeholder(three, a), [b, a]]
];

for (const [name, body, sites] of cases) {
	test(`two sites on one page: ${name}`, async ({ page }) => {
		const heard = hear(page);
		await page.goto(host.put(name.replace(/\W+/g, '-'), body));
		const frames = page.locator('[data-citecharts] iframe');
		await expect(frames).toHaveCount(sites.length);
		for (const [i, site] of sites.entries()) {
			const slug = await page.locator('[data-citecharts]').nth(i).getAttribute('data-citecharts');
			await expect(frames.nth(i)).toHaveAttribute('src', `${site}/embed/${slug}`);
			// Only the loader of the frame's own site accepts its heights: fitted means it is served.
			await expectFitted(frames.nth(i));
		}
		for (const p of await page.locator('[data-citecharts]').all()) await expect(p.locator('iframe')).toHaveCount(1);
		expect(heard).toEqual([]);
	});
}
