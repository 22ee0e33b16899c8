#!/usr/bin/env node
// Full-page screenshots of site paths at 360 and 1280 px, for looking at what we build.
// Usage: node scripts/shots.mjs [--dark] /path[@css-selector] ... (site on http://localhost:4173);
// with a selector, only that element is captured.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const args = process.argv.slice(2);
const dark = args.includes('--dark');
const paths = args.filter((a) => !a.startsWith('--'));
const origin = process.env.SITE ?? 'http://localhost:4173';
const out = '.artifacts/shots';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
for (const width of [360, 1280]) {
	const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: dark ? 'dark' : 'light' });
	page.on('console', (m) => m.type() === 'error' && console.log(`console error on ${page.url()}: ${m.text()}`));
	for (const arg of paths) {
		const [p, selector] = arg.split('@');
		await page.goto(origin + p);
		await page.waitForTimeout(600);
		const file = `${out}/${arg.replace(/[^\w.-]+/g, '_') || 'root'}-${width}${dark ? '-dark' : ''}.png`;
		if (selector) await page.locator(selector).first().screenshot({ path: file });
		else await page.screenshot({ path: file, fullPage: true });
		console.log(file);
	}
	await page.close();
}
await browser.close();
