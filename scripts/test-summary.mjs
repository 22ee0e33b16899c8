#!/usr/bin/env node
// Prints "N passed, N failed" from the JSON reports Vitest and Playwright wrote during `npm test`.
// A step that failed before any runner reported (type check, build) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const status = Number(process.argv[2] ?? 0);
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

let passed = 0;
let failed = 0;
const vitest = read('.artifacts/vitest.json');
if (vitest) {
	passed += vitest.numPassedTests;
	failed += vitest.numFailedTests;
}
const playwright = read('.artifacts/playwright.json');
if (playwright) {
	passed += playwright.stats.expected + playwright.stats.flaky;
	failed += playwright.stats.unexpected;
}
if (status !== 0 && failed === 0) {
	console.log('test-summary: npm test failed outside the test runners (check, build or setup)');
	failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
