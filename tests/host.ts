import { expect, type Locator, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';

/**
 * A page on another origin (another port), as a newsroom's CMS would serve it, that holds
 * whatever embed code a test pastes into it.
 */
export class HostPage {
	private pages = new Map<string, string>();
	private server: Server | undefined;
	constructor(readonly port: number) {}

	get origin() {
		return `http://127.0.0.1:${this.port}`;
	}

	/** Serves `body` inside a plain page at `/{name}` and returns its URL. */
	put(name: string, body: string): string {
		this.pages.set(`/${name}`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Host ${name}</title><link rel="icon" href="data:,"><style>body{font-family:serif;margin:0;padding:16px;background:#fdf6e3}</style></head><body><h1>A host article</h1>${body}<p>After the chart.</p></body></html>`);
		return `${this.origin}/${name}`;
	}

	async start() {
		this.server = createServer((req, res) => {
			const page = this.pages.get(new URL(req.url ?? '/', this.origin).pathname);
			res.writeHead(page ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
			res.end(page ?? 'not found');
		});
		await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
	}

	async stop() {
		this.server?.closeAllConnections();
		if (this.server) await new Promise((resolve) => this.server!.close(resolve));
	}
}

/** Waits until an embed's iframe is as tall as the embedded content, within 3 px. */
export async function expectFitted(frame: Locator) {
	await expect
		.poll(
			async () => {
				const outer = (await frame.boundingBox())!.height;
				const inner = await frame.contentFrame().locator('.embed').evaluate((el) => el.getBoundingClientRect().height);
				return Math.abs(outer - inner);
			},
			{ timeout: 10_000 }
		)
		.toBeLessThanOrEqual(3);
}

/**
 * Everything the page and its frames say: console messages of every level and uncaught errors.
 * Playwright reports both from cross-origin frames too (tests probe that it does).
 */
export function hear(page: Page): string[] {
	const heard: string[] = [];
	page.on('console', (m) => heard.push(`${m.type()}: ${m.text()} (${m.location().url})`));
	page.on('pageerror', (e) => heard.push(`pageerror: ${e.message}`));
	return heard;
}
