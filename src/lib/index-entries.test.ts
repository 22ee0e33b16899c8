import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '$lib/catalogue';
import { buildCatalogue } from '$lib/provenance/catalogue';
import { byDateThenTitle, indexEntries, matchesQuery } from './index-entries';

const { articles, figures } = buildCatalogue(FIXTURE_CONTENT);

describe('the index of articles', () => {
	it('sorts newest first, undated last, then by title', () => {
		const sorted = [
			{ date: null, title: 'B' },
			{ date: '2025-01-02', title: 'Z' },
			{ date: null, title: 'A' },
			{ date: '2025-03-01', title: 'M' },
			{ date: '2025-01-02', title: 'C' }
		].sort(byDateThenTitle);
		expect(sorted.map((e) => `${e.date}:${e.title}`)).toEqual(['2025-03-01:M', '2025-01-02:C', '2025-01-02:Z', 'null:A', 'null:B']);
	});

	it('is a total order: sorting any shuffle gives one list', () => {
		const entry = fc.record({ date: fc.option(fc.constantFrom('2024-12-31', '2025-01-01', '2025-06-30')), title: fc.constantFrom('a', 'b', 'c') });
		fc.assert(
			fc.property(fc.array(entry), (list) => {
				const once = [...list].sort(byDateThenTitle);
				expect([...once].reverse().sort(byDateThenTitle)).toEqual(once);
			})
		);
	});

	const entries = indexEntries(articles, figures, new Map([['harbourtown-ferry', 'Harbourtown night ferry poll Gazette Polling Unit']]));

	it('lists every article once, each with its own charts and check line', () => {
		expect(entries.map((e) => e.id).sort()).toEqual(articles.map((a) => a.id).sort());
		for (const e of entries) expect(e.charts.map((c) => c.slug)).toEqual(figures.filter((f) => f.article === e.id).map((f) => f.slug));
		expect(entries.find((e) => e.id === 'harbour-survey')?.checks).toMatch(/checked against the poll/);
	});

	it('carries each article\'s own headline verbatim, and none where the text has none', () => {
		for (const a of articles) expect(entries.find((e) => e.id === a.id)?.headline).toBe(a.headline ? a.text.split('\n')[a.headline.line - 1] : null);
		expect(entries.filter((e) => e.headline).length).toBeGreaterThan(0);
		expect(entries.filter((e) => !e.headline).length).toBeGreaterThan(0);
	});

	it.each<[string, string[] | 'every article']>([
		['ferry', ['harbour-survey', 'harbourtown-ferry-poll']],
		['HARBOURTOWN fares', ['harbourtown-ferry-poll']],
		['example gazette', ['harbour-survey']],
		['polling unit', ['harbour-survey', 'harbourtown-ferry-poll']],
		['opinion', []],
		['   ', 'every article']
	])('the filter %j finds %j', (query, ids) => {
		const expected = ids === 'every article' ? entries.map((e) => e.id).sort() : ids;
		expect(entries.filter((e) => matchesQuery(e.words, query)).map((e) => e.id).sort()).toEqual(expected);
	});
});
