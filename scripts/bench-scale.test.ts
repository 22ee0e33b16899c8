import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../src/lib/provenance/catalogue';
import { scaleContent } from './bench-scale-content.mjs';

interface Generated {
	articles: { id: string; text: string; module: unknown }[];
	figures: { slug: string; module: unknown }[];
}

describe('the scale bench content', () => {
	it.each([3, 30, 95])('%i charts over ceil(N/10) articles pass every honesty rule, every number charted', (n) => {
		const { articles, figures } = scaleContent(n) as Generated;
		const catalogue = buildCatalogue({
			articles: Object.fromEntries(articles.map((a) => [`/a/${a.id}.ts`, a.module])),
			texts: Object.fromEntries(articles.map((a) => [`/a/${a.id}.txt`, a.text])),
			figures: Object.fromEntries(figures.map((f) => [`/f/${f.slug}.ts`, f.module]))
		});
		expect([catalogue.articles.length, catalogue.figures.length]).toEqual([Math.ceil(n / 10), n]);
		expect(catalogue.articles.flatMap((a) => a.numbers).every((x) => x.charts.length > 0)).toBe(true);
		expect(catalogue.articles.every((a) => a.headline !== null)).toBe(true);
	});

	it('is the same site on every run', () => {
		expect(JSON.stringify(scaleContent(30))).toBe(JSON.stringify(scaleContent(30)));
	});
});
