#!/usr/bin/env node
// Part of `npm run bench` (issue 10, "Scale"): builds a copy of the project with N generated charts
// over ceil(N/10) fictional articles beside the real content, for each N given (default 3 30 300),
// and prints build seconds per chart, peak memory, the size of build/, the largest page data, and
// `/` in Chromium: HTML size, chart images requested before any scroll, total blocking time, JS.
// Figures, never pass/fail. Usage: node scripts/bench-scale.mjs [N ...]; SCALE_PORT picks the port.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { BUILD_INPUTS } from './build-inputs.mjs';
import { scaleContent } from './bench-scale-content.mjs';

const PORT = Number(process.env.SCALE_PORT ?? 4321);
const counts = process.argv.slice(2).length ? process.argv.slice(2).map(Number) : [3, 30, 300];
const real = (folder) => readdirSync(`src/lib/content/${folder}`).filter((f) => f.endsWith('.ts')).length;
const [REAL_ARTICLES, REAL_CHARTS] = [real('articles'), real('figures')];

function projectCopy(n) {
	const dir = mkdtempSync(join(tmpdir(), `citecharts-scale-${n}-`));
	for (const entry of BUILD_INPUTS) cpSync(entry, join(dir, entry), { recursive: true });
	symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
	const { articles, figures } = scaleContent(n);
	const content = join(dir, 'src/lib/content');
	const module = (data) => `export default ${JSON.stringify(data, null, '\t')};\n`;
	for (const a of articles) {
		writeFileSync(join(content, `articles/${a.id}.txt`), a.text);
		writeFileSync(join(content, `articles/${a.id}.ts`), module(a.module));
	}
	for (const f of figures) writeFileSync(join(content, `figures/${f.slug}.ts`), module(f.module));
	return { dir, articles: articles.length };
}

/** Every file under `dir`, recursively, with its size. */
const files = (dir) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => ({ path: join(e.parentPath, e.name), size: statSync(join(e.parentPath, e.name)).size }));

async function measureIndex(buildDir) {
	const server = spawn(process.execPath, ['scripts/serve.mjs', buildDir], { env: { ...process.env, PORT: String(PORT) }, stdio: ['ignore', 'pipe', 'inherit'] });
	await new Promise((ready, fail) => {
		server.stdout.on('data', (d) => String(d).includes('serving') && ready());
		server.on('exit', (code) => fail(new Error(`serve.mjs exited (${code}); is port ${PORT} taken? Set SCALE_PORT.`)));
	});
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
	try {
		const runs = [];
		for (let run = 0; run < 3; run++) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
			const page = await context.newPage();
			// Long tasks from the first script on: total blocking time is their time over 50 ms after FCP.
			await page.addInitScript(() => {
				window.__longTasks = [];
				new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: 'longtask' });
			});
			const stills = [];
			const scripts = [];
			page.on('request', (r) => r.url().includes('/still-') && stills.push(r.url()));
			page.on('response', (r) => r.request().resourceType() === 'script' && scripts.push(r.body().then((b) => gzipSync(b, { level: 9 }).length, () => 0)));
			await page.goto(`http://localhost:${PORT}/`, { waitUntil: 'networkidle' });
			const seen = await page.evaluate(() => {
				const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
				const imgs = [...document.querySelectorAll('img[srcset*="still-"], img[src*="still-"]')];
				return {
					tbt: window.__longTasks.filter(([start]) => start >= fcp).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
					inView: imgs.filter((i) => i.getBoundingClientRect().top < innerHeight).length,
					onPage: imgs.length
				};
			});
			runs.push({ ...seen, requested: stills.length, js: (await Promise.all(scripts)).reduce((a, b) => a + b, 0) });
			await context.close();
		}
		const median = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[1];
		return { tbt: median('tbt'), requested: median('requested'), inView: runs[0].inView, onPage: runs[0].onPage, js: median('js') };
	} finally {
		await browser.close();
		server.kill('SIGTERM');
	}
}

const rows = [];
for (const n of counts) {
	const { dir, articles } = projectCopy(n);
	try {
		const started = performance.now();
		const run = spawnSync('/usr/bin/time', ['-f', '%M', 'npx', 'vite', 'build', '--logLevel', 'error'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
		const seconds = (performance.now() - started) / 1000;
		if (run.status !== 0) {
			console.log(`${n} charts: build failed (exit ${run.status})\n${run.stderr.slice(-2000)}`);
			continue;
		}
		const build = join(dir, 'build');
		const all = files(build);
		const plain = all.filter((f) => !/\.(br|gz)$/.test(f.path));
		// Kit writes __data.json for pages it does not hydrate too (/, source views): nothing loads those.
		const pageOf = (data) => (dirname(data) === build ? join(build, 'index.html') : `${dirname(data)}.html`);
		const hydrated = (data) => existsSync(pageOf(data)) && readFileSync(pageOf(data), 'utf8').includes('/_app/immutable/entry/start');
		const data = plain.filter((f) => f.path.endsWith('__data.json') && hydrated(f.path)).sort((a, b) => b.size - a.size)[0];
		const html = readFileSync(join(build, 'index.html'));
		const index = await measureIndex(build);
		const charts = n + REAL_CHARTS;
		rows.push([n, charts, articles + REAL_ARTICLES, seconds.toFixed(1), (seconds / charts).toFixed(2), (Number(run.stderr.trim().split('\n').at(-1)) / 1024).toFixed(0),
			(plain.reduce((s, f) => s + f.size, 0) / 1e6).toFixed(1), (all.reduce((s, f) => s + f.size, 0) / 1e6).toFixed(1),
			data ? `${(data.size / 1024).toFixed(1)} (${data.path.slice(build.length + 1)})` : '—',
			(html.length / 1024).toFixed(1), (gzipSync(html, { level: 9 }).length / 1024).toFixed(1),
			`${index.requested} (${index.inView} in view, ${index.onPage} on page)`, index.tbt.toFixed(0), (index.js / 1024).toFixed(1)]);
		process.stderr.write(`scale: ${n} generated charts measured\n`);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

console.log('| generated charts | charts | articles | build s | s per chart | peak MB | build/ MB | with .br/.gz MB | largest page data KB | `/` HTML KB | `/` HTML KB gz | `/` stills requested before scroll | `/` TBT ms | `/` JS KB gz |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
// Fixed costs (bundling, the real content) weigh on small sites: the marginal cost is the flat one.
for (let i = 1; i < rows.length; i++) {
	const [a, b] = [rows[i - 1], rows[i]];
	console.log(`${a[0]} → ${b[0]} generated charts: ${((b[3] - a[3]) / (b[1] - a[1])).toFixed(2)} s per added chart`);
}
console.log('\npeak MB: largest resident set of the build\'s processes (/usr/bin/time %M). `/`: Chromium 1280×900, fresh context,');
console.log('median of 3 loads to network idle, no scrolling; TBT = long tasks\' time over 50 ms after FCP; JS re-gzipped at level 9.');
