import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphAnchor, sourcePaths, stillRoute } from './site';

const ROOT = join(__dirname, '../..');
/** Comments may name routes; code may not. */
const code = (source: string) => source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|<!--[\s\S]*?-->/g, '');
/** hooks.server.ts tests a SvelteKit route id (the file tree), not a URL. */
const ROUTE_IDS = ['src/hooks.server.ts'];

describe('routes and anchors', () => {
	it.each([
		[sourcePaths('harbour-survey').page, '/sources/harbour-survey'],
		[sourcePaths('harbour-survey').paragraph(3), '/sources/harbour-survey#p3'],
		[sourcePaths('harbour-survey').mark('ferry-survey'), '/sources/harbour-survey#ferry-survey'],
		[paragraphAnchor(17), 'p17'],
		[stillRoute('ferry-survey', 'dark', 480), '/charts/ferry-survey/still-dark-480.png']
	])('%s', (got, want) => {
		expect(got).toBe(want);
	});

	it('are written in site.ts alone', () => {
		// A route or paragraph anchor spelled out elsewhere would drift from the one the pages link to.
		const ROUTE = /[`'"]\/(?:sources|charts|polls|embed|oembed)\/|#p[{$]/;
		const offenders = readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile() && /\.(ts|svelte)$/.test(e.name) && !/\.(test|bench)\.ts$/.test(e.name))
			.map((e) => relative(ROOT, join(e.parentPath, e.name)))
			.filter((f) => f !== 'src/lib/site.ts' && !ROUTE_IDS.includes(f) && !f.startsWith('src/lib/content/'))
			.filter((f) => ROUTE.test(code(readFileSync(join(ROOT, f), 'utf8'))));
		expect(offenders).toEqual([]);
	});
});

describe('slugs', () => {
	it('have one pattern, in provenance/schema.ts', () => {
		const pattern = '[a-z0-9]+(?:-[a-z0-9]+)*';
		const files = ['src', 'scripts'].flatMap((dir) =>
			readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
				.filter((e) => e.isFile() && /\.(ts|js|mjs|svelte)$/.test(e.name) && !/\.test\.ts$/.test(e.name))
				.map((e) => relative(ROOT, join(e.parentPath, e.name)))
		);
		expect(files.filter((f) => readFileSync(join(ROOT, f), 'utf8').includes(pattern))).toEqual(['src/lib/provenance/schema.ts']);
	});
});
