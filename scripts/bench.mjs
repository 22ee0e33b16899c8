#!/usr/bin/env node
// npm run bench: figures, not pass/fail. Node render times per export (Vitest bench), the wall
// time of a full production build, then the built pages in Chromium against bare Chart.js.
import { spawnSync } from 'node:child_process';

function run(command, args) {
	const started = performance.now();
	const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
	if (result.status !== 0) process.exit(result.status ?? 1);
	return performance.now() - started;
}

console.log('\n# Rendering in Node (@napi-rs/canvas), per image\n');
run('npx', ['vitest', 'bench', '--run']);

console.log('\n# Production build (vite build: bundle, prerender every page and file)\n');
const times = [1, 2].map(() => run('npx', ['vite', 'build', '--logLevel', 'error']));
console.log(`build wall time: ${times.map((t) => `${(t / 1000).toFixed(2)} s`).join(', ')} (two runs)`);

console.log('\n# One very long article (scripts/bench-article.mjs): reading and locating stay linear\n');
run('node', ['scripts/bench-article.mjs']);

console.log('\n# Scale: 3, 30 and 300 generated charts (scripts/bench-scale.mjs; BENCH_SCALE="3 30" for fewer)\n');
run('node', ['scripts/bench-scale.mjs', ...(process.env.BENCH_SCALE ?? '3 30 300').split(/\s+/).filter(Boolean)]);

console.log('\n# Pages in Chromium (scripts/bench-browser.mjs)');
run('node', ['scripts/bench-browser.mjs', 'build']);
