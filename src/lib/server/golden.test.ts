import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '$lib/catalogue';
import { exportChrome } from '$lib/chart/chrome';
import { EXPORT_WIDTH } from '$lib/chart/sizes';
import { THEME_NAMES, THEMES } from '$lib/chart/theme';
import { buildCatalogue } from '$lib/provenance/catalogue';
import { figureRoutes } from '$lib/site';
import { renderPng } from './render';
import { mismatch } from './svgRaster';

/**
 * Golden images of the Node renderer, one per fixture figure and theme, as chartjs-plugin-annotation
 * keeps one per fixture: a change that moves browser and Node alike (the browser test only compares
 * the two) shows here. Rewrite them on purpose with `UPDATE_GOLDEN=1 npx vitest run golden`, and
 * look at every rewritten file before committing it.
 *
 * Share of pixels (pixelmatch threshold 0.1) that may differ, per fixture: the same Skia and fonts
 * draw the same pixels, so the room is for anti-aliasing on another CPU; a moved bar, label or
 * marker changes several percent.
 */
const TOLERANCE: Record<string, number> = {
	'ferry-survey': 0.002,
	'harbourtown-restore': 0.002,
	'harbourtown-plan': 0.002,
	'harbourtown-weekly': 0.002,
	'harbourtown-fares': 0.002,
	'coastline-groups': 0.002,
	'harbourtown-change': 0.002,
	'riverside-funding': 0.002,
	'riverside-tax-trend': 0.002,
	'riverside-loans': 0.002,
	'minatodai-library-vote': 0.002,
	'minatodai-library-households': 0.002,
	'qinghe-bike-lane-vote': 0.002,
	'qinghe-bike-lane-commute': 0.002
};

const { articles, figures } = buildCatalogue(FIXTURE_CONTENT);
const dir = new URL('./golden/', import.meta.url);
const update = process.env.UPDATE_GOLDEN === '1';

it('has a tolerance for every fixture figure, and none for a figure that is gone', () => {
	expect(Object.keys(TOLERANCE).sort()).toEqual(figures.map((f) => f.slug).sort());
});

describe.each(figures.flatMap((f) => THEME_NAMES.map((theme) => [f.slug, theme, f] as const)))('%s, %s', (slug, theme, figure) => {
	const file = new URL(`${slug}-${theme}.png`, dir);
	it(`draws as its golden image (≤ ${(TOLERANCE[slug] ?? 0) * 100}% of pixels differ)`, () => {
		const article = articles.find((a) => a.id === figure.article)!;
		const png = renderPng({ figure, theme: THEMES[theme], width: EXPORT_WIDTH, scale: 1, chrome: exportChrome(figure, article, `https://site.test${figureRoutes(slug).page}`) });
		if (update) writeFileSync(file, png);
		expect(existsSync(file), `no golden image ${file.pathname}: run UPDATE_GOLDEN=1 and look at it`).toBe(true);
		const share = mismatch(readFileSync(file), png);
		if (share > (TOLERANCE[slug] ?? 0)) {
			mkdirSync('.artifacts/golden', { recursive: true });
			writeFileSync(`.artifacts/golden/${slug}-${theme}.actual.png`, png);
		}
		expect(share).toBeLessThanOrEqual(TOLERANCE[slug] ?? 0);
	});
});
