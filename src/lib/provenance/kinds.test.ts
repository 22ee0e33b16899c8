import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '$lib/catalogue';
import type { Figure } from '$lib/content/types';
import { buildCatalogue, type ContentModules } from './catalogue';
import { ProvenanceError } from './resolved';

const fixture = (name: string) => FIXTURE_CONTENT.figures[`/tests/fixtures/content/figures/${name}.ts`] as Figure;
const change = fixture('harbourtown-change');
const trend = fixture('riverside-tax-trend');
const loans = fixture('riverside-loans');
const groups = fixture('coastline-groups');

/** The problems the catalogue reports when `figure` replaces its fixture, `field: problem` (the rule is rule 8 unless said). */
function problems(figure: Figure): string[] {
	const key = Object.keys(FIXTURE_CONTENT.figures).find((k) => (FIXTURE_CONTENT.figures[k] as Figure).slug === figure.slug)!;
	const modules: ContentModules = { ...FIXTURE_CONTENT, figures: { ...FIXTURE_CONTENT.figures, [key]: figure } };
	try {
		buildCatalogue(modules);
		return [];
	} catch (e) {
		if (!(e instanceof ProvenanceError)) throw e;
		return e.issues.map((i) => `${i.field}: ${i.rule.startsWith('rule 8') ? '' : `${i.rule.slice(0, 6)}: `}${i.problem}`);
	}
}

const without = (figure: Figure, id: string): Figure => ({ ...figure, values: figure.values.filter((v) => v.id !== id) });
const edit = (figure: Figure, id: string, patch: object): Figure => ({ ...figure, values: figure.values.map((v) => (v.id === id ? ({ ...v, ...patch } as Figure['values'][number]) : v)) });

describe('every kind fixture builds as it is', () => {
	it.each([change, trend, loans, groups, fixture('riverside-funding')])('$slug', (figure) => expect(problems(figure)).toEqual([]));
});

describe('each kind refuses a figure of the wrong shape, once per problem', () => {
	it.each<[string, Figure, string[]]>([
		['counts charted as shares', { ...loans, unit: '%' }, ['unit: a counts figure charts count or money, not %', 'values[0].quote: rule 2: the reader reads "12,480 books" as a count, the figure\'s unit is %', 'values[1].quote: rule 2: the reader reads "3,150 audiobooks" as a count, the figure\'s unit is %']],
		['a share charted as counts', { ...groups, kind: 'counts' }, ['unit: a counts figure charts count or money, not %']],
		['a change with three waves', { ...change, waves: [...change.waves!, { id: 'later', label: 'later' }] }, ['waves: a change figure compares exactly two waves, the previous and this one; it has 3', 'values: the row "want the night ferry restored" has 0 values for the wave "later", not one', 'values: the row "support the council\'s restoration plan" has 0 values for the wave "later", not one']],
		['a change with no previous value', without(change, 'restoreBefore'), ['values: the row "want the night ferry restored" has 0 values for the wave "previous", not one: quote it, or derive it from the stated change (now - change)']],
		['a value naming no wave', edit(trend, 'y2030', { wave: 'w2031' }), ['values[1].wave: must name one of the figure\'s waves ("w2029", "w2030", "now")', 'values: the wave "w2030" has 0 values, not one']],
		['a trend without waves', { ...trend, waves: undefined }, ['waves: a trend needs at least two dated waves; it has 0']],
		['waves out of time order', { ...trend, waves: [trend.waves![1]!, trend.waves![0]!, trend.waves![2]!] }, ['waves[1].date: waves run oldest first: 2029-03 does not come after 2030-03']],
		['an undated trend wave', { ...trend, waves: trend.waves!.map((w, i) => (i === 0 ? { id: w.id, label: w.label } : w)) }, ['waves[0].date: a trend dates every wave']],
		['a trend of two answers', edit(trend, 'y2030', { label: 'chose fees' }), ['values: a trend follows one answer; its values carry 2 labels ("chose a local tax", "chose fees")']],
		['a stated change outside a change figure', edit(trend, 'y2030', { unit: 'pt' }), ['values[1].unit: only a change figure holds stated changes (unit "pt"); this is a trend figure', 'values[1].wave: a change lies between the two waves, so it names none', 'values[1].quote: rule 2: the reader reads "41%" as a share (%), the value\'s unit is pt']],
		['waves on a kind that has none', { ...groups, waves: trend.waves }, ['waves: a groups figure has no survey waves; waves belong to change and trend figures']],
		['a change that does not join its levels', { ...change, values: change.values.map((v) => (v.id === 'restoreBefore' ? { id: 'restoreBefore', label: v.label, value: 54, qualifier: 'exact', quote: { text: 'Fifty-four percent' }, wave: 'previous' } : v)) } as Figure, ['values[1].value: 54 − 54 = 0 points, but the article states a change of 0.9']],
		['a misread share is no knock-on for the whole', edit(trend, 'y2029', { value: 138 }), ['values[0].value: rule 2: the reader reads "38%" as 38, the value is 138']]
	])('%s', (_name, figure, expected) => {
		expect(problems(figure)).toEqual(expected);
	});
});
