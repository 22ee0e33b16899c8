import { describe, expect, it } from 'vitest';
import { catalogue, findFigure, FIXTURE_CONTENT } from '$lib/catalogue';
import { buildCatalogue } from '$lib/provenance/catalogue';
import { toChartConfig } from './config';
import { chartHeight } from './sizes';
import { describeFigure } from './describe';
import { THEMES } from './theme';

const asahi = findFigure('asahi-poll')!;

describe('toChartConfig', () => {
	const config = toChartConfig(asahi, { theme: THEMES.light });

	it('puts stated and derived parts in two datasets, one bar each', () => {
		expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
			['Stated in the article', [70, 20, null]],
			['Derived, not stated', [null, null, 10]]
		]);
	});

	it('hatches the derived dataset and names it in the legend', () => {
		expect(config.options?.plugins?.citechartsHatch?.datasets).toEqual([1]);
		expect(config.options?.plugins?.legend?.display).toBe(true);
	});

	it('cites the article at each bar: value as readers see it, then the quoted words', () => {
		const annotations = config.options?.plugins?.annotation?.annotations as Record<string, { content: unknown }>;
		expect(annotations['value-independent']?.content).toEqual(['≈70%', '“nearly 70%”', 'poll: 68%, consistent']);
		expect(annotations['value-obey']?.content).toEqual(['20%', '“only 20%”', 'poll: 24%, differs by −4 points']);
		expect(annotations['value-rest']?.content).toEqual(['≈10%', 'derived']);
	});

	it('formats ticks and tooltips with the same formatter as the page', () => {
		const x = config.options?.scales?.x as { ticks: { callback: (v: number) => string } };
		expect([0, 25, 100].map((v) => x.ticks.callback(v))).toEqual(['0%', '25%', '100%']);
		const label = config.options?.plugins?.tooltip?.callbacks?.label as unknown as (i: { dataIndex: number }) => string;
		expect(label({ dataIndex: 0 })).toEqual(['≈70%: “nearly 70%”', "the poll reported 68%: the article's ≈70% is consistent"]);
		expect(label({ dataIndex: 2 })).toBe('derived: 100% − ≈70% − 20% = ≈10%');
	});

	it('draws no title or source on the page, both in exports', () => {
		expect(config.options?.plugins?.title?.display).toBe(false);
		const exported = toChartConfig(asahi, { theme: THEMES.dark, chrome: { title: 'T', subtitle: 'S', source: 'Source: X' } });
		expect(exported.options?.plugins?.title).toMatchObject({ display: true, text: 'T' });
		expect(exported.options?.plugins?.citechartsSourceLine?.text).toBe('Source: X');
		expect(exported.options?.plugins?.citechartsBackground?.color).toBe(THEMES.dark.background);
	});

	it('leaves out the derived legend when a figure has no remainder', () => {
		const onlyStated = { ...asahi, values: asahi.values.filter((v) => v.qualifier !== 'derived') };
		const c = toChartConfig(onlyStated, { theme: THEMES.light });
		expect(c.data.datasets).toHaveLength(1);
		expect(c.options?.plugins?.legend?.display).toBe(false);
	});

	it('grows with the number of bars', () => {
		expect(chartHeight(asahi)).toBeGreaterThan(chartHeight(findFigure('us-defence-trust')!));
		expect(chartHeight(asahi, true)).toBeGreaterThan(chartHeight(asahi));
	});
});

describe('describeFigure', () => {
	it('reads every value naturally, with qualifier and source', () => {
		expect(describeFigure(asahi, 'Asahi Shimbun poll, as cited in an opinion piece on Toutiao')).toBe(
			'Bar chart. Asahi Shimbun poll: stance toward the U.S. Share of Japanese people, as the article reports the poll. ' +
				'Japan should adopt a more independent stance towards the U.S.: ≈70%, about 70 percent (the article says “nearly 70%”; the poll reported 68%: the article\'s ≈70% is consistent); ' +
				'choose to "obey the U.S.": 20% (the article says “only 20%”; the poll reported 24%: the article\'s 20% differs by −4 points); ' +
				'The rest: not reported in the article: ≈10%, about 10 percent, derived: not reported in the article, computed as 100% − ≈70% − 20% = ≈10%. ' +
				'Source: Asahi Shimbun poll, as cited in an opinion piece on Toutiao.'
		);
	});

	it('describes every figure in the catalogue', () => {
		for (const f of catalogue.figures) expect(describeFigure(f, 'x')).toContain(f.title);
	});
});

describe('the groups kind', () => {
	const { figures } = buildCatalogue(FIXTURE_CONTENT);
	const groups = figures.find((f) => f.kind === 'groups')!;

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
