#!/usr/bin/env node
// Browser figures for the built site against two bare pages showing the same chart: the built SVG
// inlined in empty HTML (as early as a chart can paint) and a bare Chart.js page. Runs interleave
// page by page, so a busy spell on this shared machine hits every page alike.
// Prints numbers, never pass/fail. Usage: node scripts/bench-browser.mjs [builddir], after a build.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'vite';

const buildDir = resolve(process.argv[2] ?? 'build');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 21));
const [SITE, BASE] = [4310, 4311];
const PAGES = [
	{ name: 'dashboard `/`', port: SITE, path: '/', charts: 3 },
	{ name: 'chart page `/charts/asahi-poll`', port: SITE, path: '/charts/asahi-poll', charts: 1 },
	{ name: 'embed `/embed/asahi-poll`', port: SITE, path: '/embed/asahi-poll', charts: 1 },
	{ name: 'baseline (inline SVG)', port: BASE, path: '/inline-svg.html', charts: 1, baseline: 'svg' },
	{ name: 'baseline (bare Chart.js)', port: BASE, path: '/', charts: 1, baseline: 'chartjs' }
].filter((p) => p.baseline || !process.env.BENCH_PATHS || process.env.BENCH_PATHS.split(',').includes(p.path)); // e.g. BENCH_PATHS=/embed/asahi-poll

const servers = new Map(); // port -> { dir, child }, so a killed server can be started again
const dead = (child) => child.exitCode !== null || child.signalCode !== null;
const tempDirs = [];
let browser;
let stopping = false;
function cleanup() {
	stopping = true;
	for (const { child } of servers.values()) if (!dead(child)) child.kill('SIGTERM');
	for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
}
// A hung browser or server must not leave the run (or CI) waiting forever.
const watchdog = setTimeout(async () => {
	console.error('bench-browser: gave up waiting');
	await Promise.race([browser?.close(), new Promise((r) => setTimeout(r, 3000))]);
	cleanup();
	process.exit(1);
}, 60_000 + RUNS * PAGES.length * 4_000 + (process.env.LIGHTHOUSE_BIN ? 240_000 : 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (cleanup(), process.exit(130)));

function serve(dir, port) {
	const script = fileURLToPath(new URL('./serve.mjs', import.meta.url));
	const child = spawn(process.execPath, [script, dir], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
	let [stdout, stderr] = ['', ''];
	child.stdout.on('data', (d) => (stdout += d));
	child.stderr.on('data', (d) => (stderr += d));
	servers.set(port, { dir, child });
	// Say so when a server dies mid-run, or the only symptom is a puzzling ERR_CONNECTION_REFUSED.
	child.on('exit', (code, signal) => stopping || console.error(`bench-browser: serve.mjs on ${port} exited (${signal ?? code})`));
	return (async () => {
		for (const started = Date.now(); Date.now() - started < 10_000; await new Promise((r) => setTimeout(r, 100))) {
			if (dead(child)) throw new Error(`serve.mjs on ${port} exited: ${stderr.trim()}`);
			// Its "serving" line proves that OUR child holds the port: an answer alone could come
			// from some other process that happens to be listening there.
			if (stdout.includes('serving') && (await fetch(`http://localhost:${port}/`).then(() => true, () => false))) return;
		}
		throw new Error(`serve.mjs on ${port} did not answer within 10 s`);
	})();
}

async function buildBaseline() {
	const root = mkdtempSync(join(tmpdir(), 'bench-baseline-src-'));
	const outDir = mkdtempSync(join(tmpdir(), 'bench-baseline-out-'));
	tempDirs.push(root, outDir);
	writeFileSync(join(root, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>baseline</title></head>
<body><div style="position:relative;height:240px;max-width:720px"><canvas id="c"></canvas></div>
<script type="module" src="./main.js"></script></body></html>`);
	writeFileSync(join(root, 'main.js'), `import { Chart, BarController, BarElement, CategoryScale, LinearScale } from 'chart.js';
Chart.register(BarController, BarElement, CategoryScale, LinearScale);
new Chart(document.getElementById('c'), {
	type: 'bar',
	data: {
		labels: ['Japan should adopt a more independent stance towards the U.S.', 'choose to "obey the U.S."', 'The rest: not reported in the article'],
		datasets: [{ data: [70, 20, 10] }]
	},
	options: { indexAxis: 'y', animation: false, maintainAspectRatio: false }
});
performance.mark('chart-rendered');
`);
	// The temp root has no node_modules, so point the bare import at the project's ESM build of
	// chart.js (import.meta.resolve picks the "import" condition, so tree-shaking still applies).
	const alias = { 'chart.js': fileURLToPath(import.meta.resolve('chart.js')) };
	await build({ root, configFile: false, logLevel: 'error', resolve: { alias }, build: { outDir, emptyOutDir: true } });
	writeInlineSvg(outDir);
	return outDir;
}

// The built SVG (real <text>, embedded font subsets) as the whole page: no script, no request after
// the HTML. Each <text> is timed (Element Timing reports SVG text), so "chart visible" is the paint
// of its last label, the same measure the site's stills get.
function writeInlineSvg(outDir) {
	const svg = readFileSync(join(buildDir, 'charts', 'asahi-poll.svg'), 'utf8')
		.replace(/^<\?xml[^>]*>/, '')
		.replaceAll('<text ', '<text elementtiming="chart-asahi-poll" ');
	writeFileSync(join(outDir, 'inline-svg.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>baseline</title></head>
<body>${svg}</body></html>`);
}

// Runs in the page. Buffered observers see entries recorded before they were created.
async function readVitals() {
	const entries = (type) =>
		new Promise((done) => {
			const observer = new PerformanceObserver((list) => (observer.disconnect(), done(list.getEntries())));
			observer.observe({ type, buffered: true });
			setTimeout(() => (observer.disconnect(), done([])), 200); // no entries: the callback never fires
		});
	const [lcp, shifts, elements] = await Promise.all([entries('largest-contentful-paint'), entries('layout-shift'), entries('element')]);
	const marks = performance.getEntriesByName('chart-rendered', 'mark');
	const charts = elements.filter((e) => e.identifier.startsWith('chart'));
	return {
		marks: marks.length,
		markTime: marks.length ? Math.max(...marks.map((m) => m.startTime)) : null,
		elementTime: charts.length ? Math.max(...charts.map((e) => e.renderTime || e.loadTime)) : null,
		fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
		lcp: lcp.at(-1)?.startTime ?? null,
		cls: shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0)
	};
}

async function measure(target, markWait) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } }); // fresh: empty cache
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		let requests = 0;
		const scripts = [];
		page.on('request', () => requests++);
		page.on('response', (response) => {
			// Re-gzip the decoded body ourselves so the figure doesn't depend on the server's compression.
			if (response.request().resourceType() === 'script')
				scripts.push(response.body().then((b) => gzipSync(b, { level: 9 }).length, () => 0));
		});
		await page.goto(`http://localhost:${target.port}${target.path}`, { waitUntil: 'load' });
		const allMarked = (n) => performance.getEntriesByName('chart-rendered', 'mark').length >= n;
		const marked = await page.waitForFunction(allMarked, target.charts, { timeout: markWait }).then(() => true, () => false);
		await page.waitForTimeout(1000);
		const vitals = await page.evaluate(readVitals);
		// CDP rather than performance.memory, which Chromium rounds to coarse buckets.
		const { metrics } = await cdp.send('Performance.getMetrics');
		const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
		const jsGzip = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
		const source = vitals.markTime !== null ? (marked ? 'mark' : `mark (${vitals.marks}/${target.charts})`) : vitals.elementTime !== null ? 'element timing' : 'none';
		// The later of the two: a page marks its chart at the first timed element it sees, and a
		// chart inlined as SVG times each word, so its last word decides, as in the baseline.
		const chart = vitals.markTime !== null && vitals.elementTime !== null ? Math.max(vitals.markTime, vitals.elementTime) : (vitals.markTime ?? vitals.elementTime);
		return { ...vitals, chart, source, jsGzip, requests, heap };
	} finally {
		await context.close();
	}
}

// Another process here may kill serve.mjs by name (this happened while the site's own Playwright
// runs started up); restart it and redo the run rather than time a half-loaded page.
async function measureRun(target, markWait) {
	for (let attempt = 1; ; attempt++) {
		const server = servers.get(target.port);
		if (dead(server.child)) await serve(server.dir, target.port);
		const child = servers.get(target.port).child;
		const result = await measure(target, markWait).catch((error) => error);
		if (!dead(child) || attempt === 3) {
			if (result instanceof Error) throw result;
			return { ...result, restarts: attempt - 1 };
		}
	}
}

function median(xs) {
	const [s, h] = [[...xs].sort((a, b) => a - b), xs.length >> 1];
	return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}
function cell(xs, digits = 0) {
	const v = xs.filter((x) => x !== null && Number.isFinite(x));
	if (!v.length) return '—';
	const [f, lo, hi] = [(x) => x.toFixed(digits), Math.min(...v), Math.max(...v)];
	const missing = v.length < xs.length ? ` (${v.length}/${xs.length} runs)` : '';
	return (lo !== hi ? `${f(median(v))} [${f(lo)}–${f(hi)}]` : f(median(v))) + missing;
}

// Lighthouse is some 200 packages: too heavy to be a dependency for one report. Point
// LIGHTHOUSE_BIN at a CLI installed elsewhere (`npm i lighthouse` in a temp folder) to add it.
function lighthouse() {
	const bin = process.env.LIGHTHOUSE_BIN;
	if (!bin) return console.log('\nLighthouse: not run; set LIGHTHOUSE_BIN to a lighthouse CLI to add its scores.');
	console.log('\n# Lighthouse 12 (simulated mobile throttling), one run per page\n');
	console.log('| page | performance | accessibility | best practices | SEO | FCP ms | LCP ms | TBT ms | CLS |');
	console.log('|---|---|---|---|---|---|---|---|---|');
	const flags = '--headless=new --no-sandbox --disable-background-networking --disable-component-update --disable-sync --no-first-run';
	for (const target of PAGES.filter((p) => !p.baseline)) {
		const dir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
		tempDirs.push(dir);
		const out = join(dir, 'report.json');
		const args = [`http://localhost:${target.port}${target.path}`, '--quiet', `--chrome-flags=${flags}`, '--output=json', `--output-path=${out}`];
		const run = spawnSync(bin, args, { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, timeout: 90_000 });
		if (run.status !== 0) {
			console.log(`| ${target.name} | lighthouse failed: ${String(run.stderr).trim().split('\n').at(-1)} |`);
			continue;
		}
		const { categories: c, audits: a } = JSON.parse(readFileSync(out, 'utf8'));
		const score = (k) => Math.round(c[k].score * 100);
		const ms = (k) => Math.round(a[k].numericValue);
		console.log(`| ${target.name} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${ms('first-contentful-paint')} | ${ms('largest-contentful-paint')} | ${ms('total-blocking-time')} | ${a['cumulative-layout-shift'].numericValue.toFixed(3)} |`);
	}
}

async function main() {
	const started = [buildBaseline(), serve(buildDir, SITE)];
	await Promise.allSettled(started); // a failing server must not leave Vite writing into removed dirs
	const [baselineDir] = await Promise.all(started);
	await serve(baselineDir, BASE);
	browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
	});
	// One warm-up load so the first measured run doesn't also pay for Chromium's own start-up.
	await measureRun(PAGES.at(-1), 2000);

	const results = PAGES.map((target) => ({ target, runs: [] }));
	for (let i = 0; i < RUNS; i++) {
		for (const { target, runs } of results) {
			// If the first run saw fewer marks than charts, the page doesn't set them all: waiting 10 s
			// again on every run would blow the time budget without changing the answer.
			const markWait = i > 0 && runs[0].marks < target.charts ? 1000 : 10_000;
			runs.push(await measureRun(target, markWait));
		}
		process.stderr.write(`\rmeasured round ${i + 1}/${RUNS}`);
	}
	process.stderr.write('\n');
	const version = browser.version();
	await browser.close();
	browser = undefined;

	const pick = (runs, key) => runs.map((r) => r[key]);
	const baseline = (kind) => results.find((r) => r.target.baseline === kind).runs;
	const med = (runs, key) => (runs.some((r) => r[key] !== null) ? median(pick(runs, key).filter((x) => x !== null)) : null);
	const ratio = (runs, base, key) => (med(runs, key) !== null && med(base, key) ? `${(med(runs, key) / med(base, key)).toFixed(2)}×` : '—');
	const cpu = cpus();
	const restarts = results.flatMap((r) => r.runs).reduce((n, r) => n + r.restarts, 0);
	console.log(`\n# Browser: ${RUNS} runs per page, interleaved, fresh context each, 1280×900, no interaction\n`);
	console.log(`Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, Node ${process.version}, Chromium ${version}\n`);
	console.log('| page | chart visible ms | source | FCP ms | LCP ms | CLS | JS KB gz | requests | heap MB | chart × SVG | FCP × SVG | chart × Chart.js | JS × Chart.js |');
	console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
	for (const { target, runs } of results) {
		const row = [target.name, cell(pick(runs, 'chart')), [...new Set(pick(runs, 'source'))].join(', ')];
		row.push(cell(pick(runs, 'fcp')), cell(pick(runs, 'lcp')), cell(pick(runs, 'cls'), 3));
		row.push(cell(pick(runs, 'jsGzip').map((b) => b / 1024), 1), cell(pick(runs, 'requests')));
		const [svg, chartjs] = [baseline('svg'), baseline('chartjs')];
		row.push(cell(pick(runs, 'heap').map((b) => b && b / 1048576), 1), ratio(runs, svg, 'chart'), ratio(runs, svg, 'fcp'));
		row.push(ratio(runs, chartjs, 'chart'), ratio(runs, chartjs, 'jsGzip'));
		console.log(`| ${row.join(' | ')} |`);
	}
	console.log('\nTimings are median [min–max] in ms since navigation start. "source": mark = performance.mark(\'chart-rendered\')');
	console.log('(max over marks, or the latest Element Timing entry of a chart if later), element timing = latest renderTime of');
	console.log('elementtiming="chart-{slug}" images or SVG texts, none = neither.');
	console.log('JS KB gz = script responses re-gzipped at level 9; heap = CDP JSHeapUsedSize about 1 s after the chart.');
	if (restarts) console.log(`Note: ${restarts} run(s) were redone because a static server was killed from outside.`);

	lighthouse();
}

try {
	await main();
} catch (error) {
	console.error(`bench-browser: ${error?.stack ?? error}`);
	process.exitCode = 1;
} finally {
	await browser?.close().catch(() => {});
	cleanup();
	clearTimeout(watchdog);
}
