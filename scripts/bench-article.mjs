#!/usr/bin/env node
// Part of `npm run bench`: builds the site with one very long one-paragraph article (1 MB, then
// 5 MB of wire-style sentences full of numbers) in a copy of the project, and reports the wall
// time and peak memory of `vite build`. Reading and locating must stay linear in the text's size.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BUILD_INPUTS } from './build-inputs.mjs';

const SENTENCES = [
	(i) => `In the next wave, ${(i * 7) % 90 + 5}% of respondents backed the plan, up ${((i % 9) + 1) / 10} points from the previous survey.`,
	(i) => `Support fell ${(i % 5) + 1}.${i % 10} points to ${(i * 3) % 60 + 20}.${i % 10}% as ${1000 + (i % 900)} adults answered by mail.`,
	(i) => `More than half said prices were too high, while about ${(i % 40) + 10} percent expected them to fall within ${(i % 11) + 2} weeks.`,
	(i) => `Seven in 10 said the council should act, and between ${(i % 30) + 10} and ${(i % 30) + 15} percent wanted a new vote.`,
	() => `The author calls this a turning point for the town.`
];

function article(bytes) {
	const parts = [];
	let size = 0;
	for (let i = 0; size < bytes; i++) {
		const sentence = SENTENCES[i % SENTENCES.length](i);
		parts.push(sentence);
		size += sentence.length + 1;
	}
	// The cited sentence stands at the very end: locating it must not rescan the text per quote.
	parts.push('In the final wave, 61% of respondents backed the plan.');
	return `${parts.join(' ')}\nOriginal article: https://bench.example/long\nDisclaimer: Generated text for a benchmark.`;
}

function benchOne(megabytes) {
	const dir = mkdtempSync(join(tmpdir(), `citecharts-bench-${megabytes}mb-`));
	try {
		for (const entry of BUILD_INPUTS) cpSync(entry, join(dir, entry), { recursive: true });
		symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
		const content = join(dir, 'src/lib/content');
		writeFileSync(join(content, 'articles/bench-long.txt'), article(megabytes * 1_000_000));
		writeFileSync(join(content, 'articles/bench-long.ts'), `export default { title: 'Long article (benchmark)', outlet: 'bench.example', url: 'https://bench.example/long', author: null, date: null, kind: 'news', headlineLine: null, subheads: [], captionLines: [], urlLine: 2, disclaimerLine: 3, notFigures: [] };`);
		writeFileSync(join(content, 'figures/bench-long-final.ts'), `export default { slug: 'bench-long-final', article: 'bench-long', title: 'Final wave', subtitle: 'Share of respondents', unit: '%', source: { unnamed: 'poll' }, notReported: [], values: [{ id: 'backed', label: 'backed the plan', value: 61, qualifier: 'exact', quote: { text: 'In the final wave, 61% of respondents backed the plan.' } }, { id: 'rest', label: 'The rest', value: 39, qualifier: 'derived', formula: '100 - backed' }] };`);
		// BENCH_NO_PRECOMPRESS=1 measures the build without brotli/gzip copies, to see their share.
		if (process.env.BENCH_NO_PRECOMPRESS === '1') {
			const config = join(dir, 'svelte.config.js');
			writeFileSync(config, readFileSync(config, 'utf8').replace("await compressDirectory('build');", ''));
		}
		const started = performance.now();
		const run = spawnSync('/usr/bin/time', ['-f', '%M', 'npx', 'vite', 'build', '--logLevel', 'error'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
		const seconds = (performance.now() - started) / 1000;
		if (run.status !== 0) {
			console.log(`${megabytes} MB: build failed (exit ${run.status})\n${run.stderr.slice(-2000)}`);
			return;
		}
		const peakMb = Number(run.stderr.trim().split('\n').at(-1)) / 1024;
		const biggest = ['articles/bench-long.html', 'articles/bench-long/__data.json', 'sources/bench-long.html']
			.map((f) => [f, join(dir, 'build', f)])
			.filter(([, path]) => existsSync(path))
			.map(([f, path]) => `${f} ${(statSync(path).size / 1e6).toFixed(1)} MB`);
		console.log(`${megabytes} MB one-paragraph article: build ${seconds.toFixed(1)} s, peak memory ${peakMb.toFixed(0)} MB (${biggest.join(', ')})`);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

for (const mb of process.argv.slice(2).length ? process.argv.slice(2).map(Number) : [1, 5]) benchOne(mb);
