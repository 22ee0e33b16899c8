import { expect, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** The catalogue as the site publishes it. */
export interface PublishedValue {
	id: string;
	label: string;
	value: number;
	/** `%`, or `pt` for a change figure's stated change, `count` or `money`. */
	unit: string;
	qualifier: 'exact' | 'approx' | 'more-than' | 'at-least' | 'less-than' | 'at-most' | 'range' | 'derived';
	approximate: boolean;
	quote: { text: string; offset: number; length: number; paragraph: number } | null;
	formula: string | null;
	/** Present when the value is checked against a poll record. */
	check?: { poll: string; verdict: string; match: 'named' | 'inferred' };
}
export interface PublishedFigure {
	slug: string;
	/** The chart kind (DESIGN.md, "Chart kinds"). */
	kind: string;
	title: string;
	article: string;
	/** The primary source's name where the article names it, else null. */
	source: string | null;
	/** The source line ("…, as cited in …" or "… not named in the article; …"). */
	attribution: string;
	values: PublishedValue[];
}

export const catalogue = JSON.parse(readFileSync('build/figures.json', 'utf8')) as {
	figures: PublishedFigure[];
	articles: { id: string; url: string; title: string; date: string | null; outlet: string; disclaimer: string | null }[];
};
export const slugs = catalogue.figures.map((f) => f.slug);

/** Every poll page the build wrote (`build/polls/{id}.json`). */
export const pollIds = readdirSync('build/polls').filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length));
export const pollPages = pollIds.map((id) => `/polls/${id}`);

/**
 * Whether an article is fictional test content (tests/fixtures/content), built beside the real
 * content by `npm run build:test`. Tests run on these, not on the production article, so adding
 * content never breaks them.
 */
export const isFixture = (article: string) => existsSync(`tests/fixtures/content/articles/${article}.txt`);
/** The fixtures' figures, in the catalogue's order. */
export const fixtureFigures = catalogue.figures.filter((f) => isFixture(f.article));
/** The first fixture figure with a property, picked by what it exercises rather than by slug. */
export function fixtureFigure(what: string, has: (figure: PublishedFigure) => boolean = () => true): PublishedFigure {
	const found = fixtureFigures.find(has);
	if (!found) throw new Error(`no fixture figure ${what} in build/figures.json: run npm run build:test, or add one to tests/fixtures/content`);
	return found;
}
/**
 * The fixture figures a browser draws, one of each kind and one of each article (so each language
 * and script): per-figure browser checks run on these. Every figure's configuration and Node image
 * are pinned by unit tests (kinds.test.ts, golden.test.ts); the browser adds what a kind or a
 * script changes, which siblings of one kind and article share.
 */
export const drawnFigures = fixtureFigures.filter(
	(f, i, all) => all.findIndex((g) => g.kind === f.kind) === i || all.findIndex((g) => g.article === f.article) === i
);
/** The fixture polls' pages (tests/fixtures/content/polls). */
export const fixturePollPages = pollIds.filter((id) => existsSync(`tests/fixtures/content/polls/${id}.ts`)).map((id) => `/polls/${id}`);
/** Properties tests pick figures by. */
export const has = {
	derived: (f: PublishedFigure) => f.values.some((v) => v.qualifier === 'derived'),
	check: (f: PublishedFigure) => f.values.some((v) => v.check),
	verdict: (verdict: string) => (f: PublishedFigure) => f.values.some((v) => v.check?.verdict === verdict)
};
/** An article's text as its content file holds it: real content, or the test fixtures built beside it. */
export function articleText(id: string): string {
	const real = `src/lib/content/articles/${id}.txt`;
	return readFileSync(existsSync(real) ? real : `tests/fixtures/content/articles/${id}.txt`, 'utf8');
}

/**
 * Resolves once the page has loaded and no request of the page or its frames has been in flight
 * for `quiet` ms. Chromium's own network-idle signal (`waitForLoadState('networkidle')`) at times
 * never came on chart pages, whose embed preview iframe loads lazily, with no request open.
 */
export function quietNetwork(page: Page, quiet = 500) {
	const open = new Set<unknown>();
	let changed = Date.now();
	const settle = (r: unknown) => (open.delete(r), (changed = Date.now()));
	page.on('request', (r) => (open.add(r), (changed = Date.now())));
	page.on('requestfinished', settle);
	page.on('requestfailed', settle);
	return async () => {
		await page.waitForLoadState('load');
		await expect.poll(() => open.size === 0 && Date.now() - changed >= quiet, { timeout: 20_000, intervals: [100] }).toBe(true);
	};
}

/**
 * Resolves once SvelteKit has hydrated the page (the root layout's `data-hydrated`), or at once on
 * a page kit does not start on (the index and source views are not hydrated). An embed starts kit
 * only after its first paint, so its load event says nothing of it.
 */
export async function kitStarted(page: Page): Promise<void> {
	if (!(await page.evaluate(() => [...document.scripts].some((s) => s.textContent?.includes('__sveltekit_'))))) return;
	await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'));
}

/**
 * Opens `route` watching for errors and foreign requests; `settled()` waits for the network to go
 * quiet (a still or font requested late counts) and asserts there were none.
 */
export async function openCleanly(page: Page, origin: string, route: string) {
	const seen = watch(page, origin);
	const idle = quietNetwork(page);
	const response = await page.goto(route);
	return {
		response,
		settled: async () => {
			await idle();
			expect(seen.errors, `console errors on ${route}`).toEqual([]);
			expect(seen.foreign, `requests to another origin from ${route}`).toEqual([]);
		}
	};
}

/** Records what a page does that a reader would not want: errors, and requests to other origins. */
export function watch(page: Page, origin: string) {
	const errors: string[] = [];
	const foreign: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('request', (r) => {
		const url = r.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
	});
	return { errors, foreign };
}

/** What a click (or other act) downloads: the file's suggested name and its bytes. */
export async function downloadFrom(page: Page, act: () => Promise<void>) {
	const [download] = await Promise.all([page.waitForEvent('download'), act()]);
	return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

/** Counts canvas pixels that differ from the top-left (background) pixel. */
export async function inkedPixels(page: Page, selector: string): Promise<number> {
	const canvas = page.locator(selector);
	await expect(canvas).toHaveAttribute('data-rendered', 'true');
	return canvas.evaluate((el: HTMLCanvasElement) => {
		const ctx = el.getContext('2d');
		if (!ctx) return 0;
		const { data } = ctx.getImageData(0, 0, el.width, el.height);
		let inked = 0;
		for (let i = 0; i < data.length; i += 4) {
			if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) inked++;
		}
		return inked;
	});
}


/** The seed's content test data: DESIGN.md's table of values, written out by hand, to hold the published files to it. */
export const DESIGN_VALUES: Record<string, [number, 'exact' | 'approx' | 'derived'][]> = {
	'asahi-poll': [[70, 'approx'], [20, 'exact'], [10, 'derived']],
	'us-defence-trust': [[15, 'exact'], [85, 'derived']],
	'china-trade-share': [[23, 'exact'], [77, 'derived']]
};
