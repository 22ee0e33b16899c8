import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '$lib/catalogue';
import { FIGURE_KINDS } from '$lib/content/types';
import { buildCatalogue } from '$lib/provenance/catalogue';
import { figureJson } from '$lib/server/json';
import { toCsv } from '$lib/server/csv';
import { describeFigure } from '../describe';
import { chartHeight } from '../sizes';
import { THEMES } from '../theme';
import { CHART_KINDS } from '.';
import { annotationText } from './annotation-text.test-helper';
import { changeRows } from './change';

const { figures, articles } = buildCatalogue(FIXTURE_CONTENT);
const ofKind = (kind: string) => figures.filter((f) => (f.kind ?? 'parts') === kind);

/** What a configuration says, as data: no functions, no pixels. */
function summary(slug: string) {
	const figure = figures.find((f) => f.slug === slug)!;
	const config = CHART_KINDS[figure.kind ?? 'parts'].build(figure, { theme: THEMES.light });
	const annotations = config.options?.plugins?.annotation?.annotations as Record<string, { type: string; content?: unknown; xValue?: unknown; yValue?: unknown; xMin?: number }>;
	return {
		indexAxis: config.options?.indexAxis ?? 'x',
		labels: config.data.labels,
		datasets: config.data.datasets.map((d) => ({ label: d.label, data: d.data })),
		hatched: config.options?.plugins?.citechartsHatch?.datasets,
		legend: config.options?.plugins?.legend?.display,
		annotations: Object.fromEntries(Object.entries(annotations).map(([id, a]) => [id, annotationText(a) ?? `${a.type}@${a.xMin}`]))
	};
}

it('has a builder and a fixture figure for every kind', () => {
	expect(Object.keys(CHART_KINDS).sort()).toEqual([...FIGURE_KINDS].sort());
	for (const kind of FIGURE_KINDS) expect(ofKind(kind).length, kind).toBeGreaterThan(0);
});

describe.each(FIGURE_KINDS.map((kind) => [kind, ofKind(kind)[0]!.slug] as const))('%s (%s)', (kind, slug) => {
	const figure = figures.find((f) => f.slug === slug)!;
	const article = articles.find((a) => a.id === figure.article)!;

	it('builds the configuration its kind draws', () => {
		expect(summary(slug)).toMatchSnapshot();
	});

	it('opens its text alternative with what kind of chart it is, and speaks every value', () => {
		const alt = describeFigure(figure, 'X');
		expect(alt.startsWith(CHART_KINDS[kind].lead)).toBe(true);
		for (const v of figure.values) expect(alt).toContain(v.label);
	});

	it('writes one CSV row and one JSON value per value, with its wave where it has one', () => {
		const rows = toCsv(figure, article).trim().split('\r\n');
		expect(rows).toHaveLength(figure.values.length + 1);
		const json = figureJson(figure, article, {});
		expect(json.kind).toBe(kind);
		expect(json.values.map((v) => v.value)).toEqual(figure.values.map((v) => v.value));
		expect(json.values.map((v) => v.wave)).toEqual(figure.values.map((v) => v.wave));
		expect(json.waves).toEqual(figure.waves);
	});

	it('has a height that fits its bars, taller with title and source', () => {
		expect(chartHeight(figure, true)).toBeGreaterThan(chartHeight(figure));
		expect(chartHeight(figure)).toBeGreaterThanOrEqual(240);
	});
});

describe('change', () => {
	const figure = figures.find((f) => f.slug === 'harbourtown-change')!;
	it('draws each answer as two bars in time order, the earlier derived and hatched, the change cited at the later', () => {
		const s = summary('harbourtown-change');
		expect(s.datasets).toEqual([
			{ label: 'the poll shown on Monday', data: [null, 54, null, 38.2] },
			{ label: 'Derived, not stated', data: [53.1, null, 39.3, null] }
		]);
		expect(s.hatched).toEqual([1]);
		expect(s.annotations['value-restore']).toEqual(['54%', '“Fifty-four percent”']);
		expect(changeRows(figure).map((r) => [r.heading, r.subheading, r.earlier])).toEqual([
			['want the night ferry restored', ['the previous survey'], true],
			[null, ['the poll shown on Monday', '+0.9 points since the previous survey: “up 0.9 points”'], false],
			["support the council's restoration plan", ['the previous survey'], true],
			[null, ['the poll shown on Monday', '−1.1 points since the previous survey: “fell 1.1 points”'], false]
		]);
	});
	it('says which survey each value belongs to in the text alternative and the CSV', () => {
		expect(describeFigure(figure, 'X')).toContain('want the night ferry restored, the previous survey: 53.1%, derived');
		expect(toCsv(figure, { url: 'https://x.test/' })).toContain(',change\r\n');
	});
});

describe('trend', () => {
	it('draws a column per wave, oldest first, labelled with the wave and its date', () => {
		const s = summary('riverside-tax-trend');
		expect(s.indexAxis).toBe('x');
		expect(s.datasets).toEqual([{ label: 'chose a local tax', data: [38, 41, 46] }]);
		expect(s.labels).toEqual(['March 2029\n2029-03', 'March 2030\n2030-03', 'this month\n2031-04']);
	});
});

describe('split', () => {
	it('stacks the parts on one bar, then keys each with a swatch; the rest and its swatch hatched', () => {
		const s = summary('riverside-funding');
		expect(s.datasets.slice(0, 4).map((d) => d.data[0])).toEqual([46, 31, 15, 8]);
		expect(s.datasets.slice(4).map((d) => d.data.findIndex((x) => x !== null))).toEqual([1, 2, 3, 4]);
		expect(s.hatched).toEqual([3, 7]);
		expect(s.annotations['value-tax']).toBe('46%');
	});
});

describe('counts', () => {
	it('puts counts on their own axis, written with their noun', () => {
		const figure = figures.find((f) => f.slug === 'riverside-loans')!;
		const config = CHART_KINDS.counts.build(figure, { theme: THEMES.light });
		const x = config.options?.scales?.x as { max?: number; ticks: { callback: (v: number) => string } };
		expect(x.max).toBeUndefined();
		expect(x.ticks.callback(12500)).toBe('12,500');
		expect(summary('riverside-loans').annotations['value-books']).toEqual(['12,480 books', '“12,480 books”']);
	});
});

describe('poll markers', () => {
	const check = { poll: 'p', question: 'q', answer: 'a', match: 'named' as const, why: null, pollValue: 44, verdict: 'differs' as const, difference: 2, pollTitle: 'P', answerLabel: 'A', answerLang: 'en' };
	it.each(['harbourtown-change', 'riverside-tax-trend', 'riverside-funding', 'coastline-groups'])('%s marks the poll value of a checked value', (slug) => {
		const figure = figures.find((f) => f.slug === slug)!;
		const target = figure.values.find((v) => v.quote !== null)!;
		const checked = { ...figure, values: figure.values.map((v) => (v === target ? { ...v, check } : v)) };
		const annotations = CHART_KINDS[checked.kind ?? 'parts'].build(checked, { theme: THEMES.light }).options?.plugins?.annotation?.annotations as Record<string, { type: string }>;
		expect(annotations[`poll-${target.id}`]?.type).toBe('line');
		const plain = CHART_KINDS[figure.kind ?? 'parts'].build(figure, { theme: THEMES.light }).options?.plugins?.annotation?.annotations as Record<string, unknown>;
		expect(Object.keys(plain).filter((k) => k.startsWith('poll-'))).toEqual([]);
	});
});
