import { expect, test } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expectFitted, HostPage } from './host';
import { copyProject } from './project-copy';

// The site built for a sub-path (as on GitHub Pages) and served there, end to end.
const port = 4273;
const site = `http://localhost:${port}`;
const host = new HostPage(4274);
let dir = '';
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(180_000);
	dir = copyProject('base');
	const env = { ...process.env, BASE_PATH: '/citecharts', PUBLIC_SITE_URL: site };
	const build = spawnSync('npx', ['vite', 'build'], { cwd: dir, env, encoding: 'utf8' });
	if (build.status !== 0) throw new Error(`build with BASE_PATH failed:\n${build.stderr}`);
	server = spawn('node', [join(process.cwd(), 'scripts/serve.mjs'), join(dir, 'build')], { env: { ...env, PORT: String(port) }, stdio: 'ignore' });
	await expect.poll(async () => (await fetch(`${site}/citecharts/`).catch(() => null))?.status, { timeout: 20_000 }).toBe(200);
	await host.start();
});

test.afterAll(async () => {
	server?.kill();
	await host.stop();
	rmSync(dir, { recursive: true, force: true });
});

test('pages, charts and files live under the base path', async ({ page, request }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.goto(`${site}/citecharts/`);
	await page.getByRole('link', { name: 'Asahi Shimbun poll: stance toward the U.S.' }).first().click();
	await expect(page).toHaveURL(`${site}/citecharts/charts/asahi-poll`);
	await expect(page.locator('canvas')).toHaveAttribute('data-rendered', 'true');
	await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `${site}/citecharts/charts/asahi-poll/card.png`);
	await expect(page.getByRole('link', { name: 'PNG image' })).toHaveAttribute('href', '/citecharts/charts/asahi-poll.png');
	for (const file of ['charts/asahi-poll.png', 'charts/asahi-poll.csv', 'figures.json', 'embed.js', 'oembed/asahi-poll.json']) {
		expect((await request.get(`${site}/citecharts/${file}`)).status(), file).toBe(200);
	}
	const json = await (await request.get(`${site}/citecharts/charts/asahi-poll.json`)).json();
	expect(json.urls.embed).toBe(`${site}/citecharts/embed/asahi-poll`);
	expect(errors).toEqual([]);
});

test('unknown paths under the base get the 404 page with links under the base', async ({ page }) => {
	const response = await page.goto(`${site}/citecharts/charts/nope`);
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('link', { name: 'Who believes the U.S. will defend Japan' })).toHaveAttribute('href', '/citecharts/charts/us-defence-trust');
});

test('the script embed from a host page loads and sizes the chart under the base', async ({ page }) => {
	await page.goto(`${site}/citecharts/charts/asahi-poll`);
	const code = await page.locator('.embed-codes [role="tabpanel"]:not([hidden]) textarea').inputValue();
	expect(code).toContain(`${site}/citecharts/embed.js`);
	await page.goto(host.put('base', code));
	const frame = page.locator('iframe');
	await expect(frame).toHaveAttribute('src', `${site}/citecharts/embed/asahi-poll`);
	await expect(frame.contentFrame().locator('h1')).toHaveText('Asahi Shimbun poll: stance toward the U.S.');
	await expectFitted(frame);
});
