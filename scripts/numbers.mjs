#!/usr/bin/env node
// `npm run --silent numbers -- FILE`: what the number reader reads in a text file, as JSON on
// stdout (DESIGN.md, "Reading numbers"). The reader is TypeScript; Vite's module runner loads it.
import { readFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const file = process.argv[2];
if (!file || process.argv.length > 3) {
	console.error('usage: npm run --silent numbers -- FILE');
	process.exit(2);
}
let text;
try {
	text = readFileSync(file, 'utf8');
} catch (error) {
	console.error(`numbers: cannot read ${file}: ${error.code ?? error.message}`);
	process.exit(2);
}
if (text.includes('\uFFFD')) {
	console.error(`numbers: ${file} is not UTF-8 text`);
	process.exit(2);
}
const { module } = await runnerImport(new URL('../src/lib/provenance/reader/index.ts', import.meta.url).pathname, { configFile: false, logLevel: 'silent' });
process.stdout.write(`${JSON.stringify({ mentions: module.readNumbers(text).map(module.publicMention) })}\n`);
