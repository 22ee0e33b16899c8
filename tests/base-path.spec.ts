import { expect, test } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureFigure, has } from './helpers';
import { expectFitted, HostPage } from './host';
import { copyProject } from './project-copy';

// The site built for a sub-path (as on GitHub Pages) and served there, end to end.
const port = 4273;
const site = `http://localhost:${port}`;
const host = new HostPage(4274);
let dir = '';
let server: ChildProcess | undefined;
/** Fixture content, built beside the real content as in `npm run build:test`: a chart, and another the 404 page lists. */
const chart = fixtureFigure('with a derived part', has.derived);
const other = fixtureFigure('besides that one', (f) => f.slug !== chart.slug);

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	// Two sites' worth of pages (the fixtures beside the real content) on a machine other builds share.
	test.setTimeout(300_000);
	dir = copyProject('base');
	const env = { ...process.env, BASE_PATH: '/citecharts', PUBLIC_SITE_URL: site, CITECHARTS_FIXTURES: '1' };
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
	await page.getByRole('link', { name: chart.title, exact: true }).first().click();
	await expect(page).toHaveURL(`${site}/citecharts/charts/${chart.slug}`);
	await expect(page.locator('canvas')).toHaveAttribute('data-rendered', 'true');
	await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `${site}/citecharts/charts/${chart.slug}/card.png`);
	await expect(page.getByRole('link', { name: 'PNG image' })).toHaveAttribute('href', `/citecharts/charts/${chart.slug}.png`);
	for (const file of [`charts/${chart.slug}.png`, `charts/${chart.slug}.csv`, 'figures.json', 'embed.js', `oembed/${chart.slug}.json`]) {
		expect((await request.get(`${site}/citecharts/${file}`)).status(), file).toBe(200);
	}
	const json = await (await request.get(`${site}/citecharts/charts/${chart.slug}.json`)).json();
	expect(json.urls.embed).toBe(`${site}/citecharts/embed/${chart.slug}`);
	expect(errors).toEqual([]);
});

test('unknown paths under the base get the 404 page with links under the base', async ({ page }) => {
	const response = await page.goto(`${site}/citecharts/charts/nope`);
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('link', { name: other.title, exact: true })).toHaveAttribute('href', `/citecharts/charts/${other.slug}`);
});

test('the script embed from a host page loads and sizes the chart under the base', async ({ page }) => {
	await page.goto(`${site}/citecharts/charts/${chart.slug}`);
	const code = await page.locator('.embed-codes [role="tabpanel"]:not([hidden]) textarea').inputValue();
	expect(code).toContain(`${site}/citecharts/embed.js`);
	await page.goto(host.put('base', code));
	const frame = page.locator('iframe');
	await expect(frame).toHaveAttribute('src', `${site}/citecharts/embed/${chart.slug}`);
	await expect(frame.contentFrame().locator('h1')).toHaveText(chart.title);
	await expectFitted(frame);
});
