import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium where it exists (CI, this machine); Playwright's own browser elsewhere.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	fullyParallel: true,
	workers: 2,
	forbidOnly: Boolean(process.env.CI),
	retries: 0,
	reporter: [['list'], ['json', { outputFile: '.artifacts/playwright.json' }]],
	webServer: {
		command: 'node scripts/serve.mjs build',
		port,
		// A server left running may be serving another checkout's build.
		reuseExistingServer: false,
		stdout: 'ignore'
	},
	use: {
		baseURL: `http://localhost:${port}`,
		browserName: 'chromium',
		launchOptions: {
			executablePath,
			// Chromium otherwise reaches for update and sync services this machine cannot reach.
			args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
		}
	}
});
