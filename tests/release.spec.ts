import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expectFitted, HostPage } from './host';
import { copyProject } from './project-copy';

/**
 * A release build as a site on a sub-path would make it (no fixtures, `BASE_PATH`, its own
 * `PUBLIC_SITE_URL`), built twice in two folders at once: one build checked for fixture content
 * and served under the base path end to end, the other compared with it byte for byte. Two small
 * builds instead of three (a second test build, a release build, a base-path test build): the
 * fixtures' own per-chart reproducibility is `src/lib/server/render.test.ts`'s to check.
 */
const port = 4273;
const site = `http://localhost:${port}`;
const base = '/citecharts';
const host = new HostPage(4274);
const dirs: string[] = [];
let server: ChildProcess | undefined;
/** Two charts the release build lists: one to open, one the 404 page must link. */
let chart = { slug: '', title: '' };
let other = { slug: '', title: '' };

function filesOf(root: string): Map<string, Buffer> {
	return new Map(
		readdirSync(root, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile())
			.map((e) => [relative(root, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name))])
	);
}

function build(dir: string, env: NodeJS.ProcessEnv): Promise<void> {
	return new Promise((done, fail) => {
		const child = spawn('npx', ['vite', 'build'], { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] });
		let stderr = '';
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`release build in ${dir} failed:\n${stderr}`))));
	});
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	// Two builds at once beside the other worker's tests.
	test.setTimeout(240_000);
	const env: NodeJS.ProcessEnv = { ...process.env, BASE_PATH: base, PUBLIC_SITE_URL: site };
	delete env.CITECHARTS_FIXTURES;
	dirs.push(copyProject('release'), copyProject('release-again'));
	await Promise.all(dirs.map((dir) => build(dir, env)));
	const { figures } = JSON.parse(readFileSync(join(dirs[0]!, 'build', 'figures.json'), 'utf8')) as { figures: { slug: string; title: string }[] };
	[chart, other] = [figures[0]!, figures.at(-1)!];
	server = spawn('node', [join(process.cwd(), 'scripts/serve.mjs'), join(dirs[0]!, 'build')], { env: { ...env, PORT: String(port) }, stdio: 'ignore' });
	await expect.poll(async () => (await fetch(`${site}${base}/`).catch(() => null))?.status, { timeout: 20_000 }).toBe(200);
	await host.start();
});

test.afterAll(async () => {
	server?.kill();
	await host.stop();
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

test('a release build carries none of the fixture content, and lists more than one chart', () => {
	const fixtureIds = ['articles', 'figures'].flatMap((kind) => readdirSync(`tests/fixtures/content/${kind}`).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, '')));
	expect(fixtureIds.length).toBeGreaterThan(2);
	const release = filesOf(join(dirs[0]!, 'build'));
	const leaks = [...release].filter(([name, bytes]) => fixtureIds.some((id) => name.includes(id) || (/\.(html|json|csv|js|txt)$/.test(name) && bytes.includes(id))));
	expect(leaks.map(([name]) => name)).toEqual([]);
	expect(chart.slug).not.toBe(other.slug);
});

test('a second build of the same sources, elsewhere, writes byte-identical files', () => {
	const [first, second] = dirs.map((dir) => filesOf(join(dir, 'build')));
	expect([...second!.keys()].sort()).toEqual([...first!.keys()].sort());
	const differing = [...first!].filter(([name, bytes]) => !second!.get(name)?.equals(bytes)).map(([name]) => name);
	expect(differing).toEqual([]);
	expect([...first!.keys()].filter((f) => /\.(png|svg|csv|json)$/.test(f)).length).toBeGreaterThan(15);
});

test('pages, charts and files live under the base path', async ({ page, request }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.goto(`${site}${base}/`);
	await page.getByRole('link', { name: chart.title, exact: true }).first().click();
	await expect(page).toHaveURL(`${site}${base}/charts/${chart.slug}`);
	await expect(page.locator('canvas')).toHaveAttribute('data-rendered', 'true');
	await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `${site}${base}/charts/${chart.slug}/card.png`);
	await expect(page.getByRole('link', { name: 'PNG image' })).toHaveAttribute('href', `${base}/charts/${chart.slug}.png`);
	for (const file of [`charts/${chart.slug}.png`, `charts/${chart.slug}.csv`, 'figures.json', 'embed.js', `oembed/${chart.slug}.json`]) {
		expect((await request.get(`${site}${base}/${file}`)).status(), file).toBe(200);
	}
	const json = await (await request.get(`${site}${base}/charts/${chart.slug}.json`)).json();
	expect(json.urls.embed).toBe(`${site}${base}/embed/${chart.slug}`);
	expect(errors).toEqual([]);
});

test('unknown paths under the base get the 404 page with links under the base', async ({ page }) => {
	const response = await page.goto(`${site}${base}/charts/nope`);
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('link', { name: other.title, exact: true })).toHaveAttribute('href', `${base}/charts/${other.slug}`);
});

test('the script embed from a host page loads and sizes the chart under the base', async ({ page }) => {
	await page.goto(`${site}${base}/charts/${chart.slug}`);
	const code = await page.locator('.embed-codes [role="tabpanel"]:not([hidden]) textarea').inputValue();
	expect(code).toContain(`${site}${base}/embed.js`);
	await page.goto(host.put('base', code));
	const frame = page.locator('iframe');
	await expect(frame).toHaveAttribute('src', `${site}${base}/embed/${chart.slug}`);
	await expect(frame.contentFrame().locator('h1')).toHaveText(chart.title);
	await expectFitted(frame);
});
