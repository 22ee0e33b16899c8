#!/usr/bin/env node
// Runs npm scripts side by side and fails if any fails. `npm test` runs Vitest and builds the test
// site at once, then type-checks beside the end-to-end tests: none needs another's output, and the
// two cores stay busy. The type check does not run beside Vitest or the build, which regenerate
// kit's types in .svelte-kit: svelte-check once found a $types.d.ts missing mid-build.
// Each script's output is printed whole when it ends, so logs do not interleave, except the one
// named after --live, which streams as it runs (the end-to-end tests' progress); the others then
// print after it, not in the middle of its output.
// Usage: node scripts/run-all.mjs test:unit build:test; node scripts/run-all.mjs check --live test:e2e
import { spawn } from 'node:child_process';

const args = process.argv.slice(2);
const live = args.includes('--live') ? args[args.indexOf('--live') + 1] : undefined;
const names = args.filter((a) => a !== '--live');
if (names.length === 0 || (args.includes('--live') && !live)) {
	console.error('run-all: name the npm scripts to run, e.g. node scripts/run-all.mjs check test:unit [--live test:e2e]');
	process.exit(2);
}

/** Reports held back while the live script streams. */
const deferred = [];
const runs = names.map(
	(name) =>
		new Promise((done) => {
			const started = Date.now();
			const streams = name === live;
			const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', streams ? 'inherit' : 'pipe', streams ? 'inherit' : 'pipe'] });
			const output = [];
			child.stdout?.on('data', (chunk) => output.push(chunk));
			child.stderr?.on('data', (chunk) => output.push(chunk));
			child.on('close', (code, signal) => {
				const seconds = ((Date.now() - started) / 1000).toFixed(1);
				const report = () => process.stdout.write(`\n── npm run ${name} (${seconds} s, ${signal ?? `exit ${code}`}) ──\n${Buffer.concat(output)}`);
				if (live && !streams) deferred.push(report);
				else report();
				done(code === 0);
			});
		})
);

const results = await Promise.all(runs);
for (const report of deferred) report();
const failed = names.filter((_, i) => !results[i]);
if (failed.length) console.error(`\nrun-all: failed: ${failed.join(', ')}`);
process.exit(failed.length ? 1 : 0);
