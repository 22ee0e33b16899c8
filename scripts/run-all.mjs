#!/usr/bin/env node
// Runs npm scripts side by side and fails if any fails: `npm test` checks types, runs Vitest and
// builds the test site at once, since none needs another's output (on two cores: 79 s against
// about 108 s one after another). Each script's output is printed whole when it ends,
// so logs do not interleave. Usage: node scripts/run-all.mjs check test:unit build:test
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
	console.error('run-all: name the npm scripts to run, e.g. node scripts/run-all.mjs check test:unit');
	process.exit(2);
}

const runs = names.map(
	(name) =>
		new Promise((done) => {
			const started = Date.now();
			const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
			const output = [];
			child.stdout.on('data', (chunk) => output.push(chunk));
			child.stderr.on('data', (chunk) => output.push(chunk));
			child.on('close', (code, signal) => {
				const seconds = ((Date.now() - started) / 1000).toFixed(1);
				process.stdout.write(`\n── npm run ${name} (${seconds} s, ${signal ?? `exit ${code}`}) ──\n`);
				process.stdout.write(Buffer.concat(output));
				done(code === 0);
			});
		})
);

const results = await Promise.all(runs);
const failed = names.filter((_, i) => !results[i]);
if (failed.length) console.error(`\nrun-all: failed: ${failed.join(', ')}`);
process.exit(failed.length ? 1 : 0);
