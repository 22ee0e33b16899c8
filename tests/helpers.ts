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
	check?: { poll: string; verdict: string };
}
export interface PublishedFigure {
	slug: string;
	/** The chart kind (DESIGN.md, "Chart kinds"). */
	kind: string;
	title: string;
	article: string;
	values: PublishedValue[];
}

export const catalogue = JSON.parse(readFileSync('build/figures.json', 'utf8')) as {
	figures: PublishedFigure[];
	articles: { id: string; url: string; title: string; date: string | null }[];
};
export const slugs = catalogue.figures.map((f) => f.slug);
/** An article's text as its content file holds it: real content, or the test fixtures built beside it. */
export function articleText(id: string): string {
	const real = `src/lib/content/articles/${id}.txt`;
	return readFileSync(existsSync(real) ? real : `tests/fixtures/content/articles/${id}.txt`, 'utf8');
}
/** Every poll page the build wrote (`build/polls/{id}.json`). */
export const pollIds = readdirSync('build/polls').filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length));
export const pollPages = pollIds.map((id) => `/polls/${id}`);

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


/** DESIGN.md's table of values, written out by hand, to hold the published files to it. */
export const DESIGN_VALUES: Record<string, [number, 'exact' | 'approx' | 'derived'][]> = {
	'asahi-poll': [[70, 'approx'], [20, 'exact'], [10, 'derived']],
	'us-defence-trust': [[15, 'exact'], [85, 'derived']],
	'china-trade-share': [[23, 'exact'], [77, 'derived']]
};
