import { describe, expect, it } from 'vitest';
import { fixtureFigure, fixtures, has } from '../../../tests/fixture-catalogue';
import { toChartConfig } from './config';
import { annotationText } from './kinds/annotation-text.test-helper';
import { chartHeight } from './sizes';
import { describeFigure } from './describe';
import { THEMES } from './theme';

/** Parts of a whole with everything a bar can carry: a hedged value, a plain one, a derived rest, both kinds of verdict. */
const ferry = fixtureFigure('of parts with a hedged value, a derived rest and checks that are consistent and differ', (f) =>
	(f.kind ?? 'parts') === 'parts' && has.derived(f) && has.stated('approx')(f) && has.verdict('consistent')(f) && has.verdict('differs')(f)
);

describe('toChartConfig', () => {
	const config = toChartConfig(ferry, { theme: THEMES.light });

	it('puts stated and derived parts in two datasets, one bar each', () => {
		expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
			['Stated in the article', [40, 35, null]],
			['Derived, not stated', [null, null, 25]]
		]);
	});

	it('hatches the derived dataset and names it in the legend', () => {
		expect(config.options?.plugins?.citechartsHatch?.datasets).toEqual([1]);
		expect(config.options?.plugins?.legend?.display).toBe(true);
	});

	it('cites the article at each bar: value as readers see it, then the quoted words', () => {
		const annotations = config.options?.plugins?.annotation?.annotations as Record<string, { content: unknown }>;
		// An inferred link says the match is citecharts' own, even in the few words of an annotation.
		expect(annotationText(annotations['value-back']!)).toEqual(['≈40%', '“about 40%”', 'matched poll: 40%, consistent']);
		expect(annotationText(annotations['value-against']!)).toEqual(['35%', '“35%”', 'poll: 30.3%, differs by +4.7 points']);
		expect(annotationText(annotations['value-rest']!)).toEqual(['≈25%', 'derived']);
	});

	it('formats ticks and tooltips with the same formatter as the page', () => {
		const x = config.options?.scales?.x as { ticks: { callback: (v: number) => string } };
		expect([0, 25, 100].map((v) => x.ticks.callback(v))).toEqual(['0%', '25%', '100%']);
		const label = config.options?.plugins?.tooltip?.callbacks?.label as unknown as (i: { dataIndex: number }) => string;
		expect(label({ dataIndex: 0 })).toEqual(['≈40%: “about 40%”', "a poll citecharts matched (the article names none) reported 40%: the article's ≈40% is consistent"]);
		expect(label({ dataIndex: 1 })).toEqual(['35%: “35%”', "the poll reported 30.3%: the article's 35% differs by +4.7 points"]);
		expect(label({ dataIndex: 2 })).toBe('derived: 100% − ≈40% − 35% = ≈25%');
	});

	it('draws no title or source on the page, both in exports', () => {
		expect(config.options?.plugins?.title?.display).toBe(false);
		const exported = toChartConfig(ferry, { theme: THEMES.dark, chrome: { title: 'T', subtitle: 'S', source: 'Source: X' } });
		expect(exported.options?.plugins?.title).toMatchObject({ display: true, text: 'T' });
		expect(exported.options?.plugins?.citechartsSourceLine?.text).toBe('Source: X');
		expect(exported.options?.plugins?.citechartsBackground?.color).toBe(THEMES.dark.background);
	});

	it('leaves out the derived legend when a figure has no remainder', () => {
		const onlyStated = { ...ferry, values: ferry.values.filter((v) => v.qualifier !== 'derived') };
		const c = toChartConfig(onlyStated, { theme: THEMES.light });
		expect(c.data.datasets).toHaveLength(1);
		expect(c.options?.plugins?.legend?.display).toBe(false);
	});

	it('grows with the number of bars', () => {
		const fewer = fixtureFigure('of parts with fewer bars', (f) => (f.kind ?? 'parts') === 'parts' && f.values.length < ferry.values.length);
		expect(chartHeight(ferry)).toBeGreaterThan(chartHeight(fewer));
		expect(chartHeight(ferry, true)).toBeGreaterThan(chartHeight(ferry));
	});
});

describe('describeFigure', () => {
	it('reads every value naturally, with qualifier and source', () => {
		expect(describeFigure(ferry, "Harbour board's survey, as cited in Example Gazette")).toBe(
			'Bar chart. Residents on the ferry. Share of residents. ' +
				"want the ferry back: ≈40%, about 40 percent (the article says “about 40%”; a poll citecharts matched (the article names none) reported 40%: the article's ≈40% is consistent); " +
				"do not: 35% (the article says “35%”; the poll reported 30.3%: the article's 35% differs by +4.7 points); " +
				'The rest: ≈25%, about 25 percent, derived: not reported in the article, computed as 100% − ≈40% − 35% = ≈25%. ' +
				"Source: Harbour board's survey, as cited in Example Gazette."
		);
	});

	it('describes every fixture figure, of every kind', () => {
		for (const f of fixtures.figures) expect(describeFigure(f, 'x')).toContain(f.title);
	});
});

describe('the groups kind', () => {
	const groups = fixtureFigure('of groups', (f) => f.kind === 'groups');

	it('draws one stated bar per group, no derived dataset and no legend', () => {
		const config = toChartConfig(groups, { theme: THEMES.light });
		expect(config.data.labels).toEqual(groups.values.map((v) => v.label));
		expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([['Share of each group, as stated', groups.values.map((v) => v.value)]]);
		expect(config.options?.plugins?.legend?.display).toBe(false);
	});

	it('says first that its bars do not add up', () => {
		expect(describeFigure(groups, 'X')).toMatch(/^Bar chart, one bar per group; each bar is a share of its own group, so the bars do not add up\. /);
		expect(describeFigure({ ...groups, kind: 'parts' }, 'X')).toMatch(/^Bar chart\. /);
	});
});
