import { FIXTURE_CONTENT } from '$lib/catalogue';
import { describe, expect, it } from 'vitest';
import type { Article, Figure } from '$lib/content/types';
import { buildCatalogue, type ContentModules } from './catalogue';
import { ProvenanceError } from './resolved';


/** A wire-style article whose every number is a hole the old reader fell into. */
const WIRE = [
	'Fifty-four percent of voters back the mayor, and just .5% chose neither.',
	'Turnout fell by -5% as 2,749 people voted, and more than 70% of them were over 60.',
	'Nearly half trust the council, while Seven in 10 say taxes are too high.',
	'Original article: https://wire.example/poll',
	'Disclaimer: Fictional test content.'
].join('\n');
const ARTICLE: Article = {
	title: 'Wire poll (fixture)', outlet: 'Wire', url: 'https://wire.example/poll', author: null, date: null, kind: 'news',
	headlineLine: null, subheads: [], captionLines: [], urlLine: 4, disclaimerLine: 5, notFigures: [{ text: 'over 60', reason: 'age' }]
};

const base = { slug: 'wire', article: 'wire', title: 'Voters', subtitle: 'Share of voters', unit: '%', source: { name: 'Wire poll' }, notReported: [] };
const stated = (id: string, value: number, text: string, extra: object = {}) => ({ id, label: id, value, qualifier: 'exact', quote: { text }, ...extra });

/** Every problem the catalogue reports for these modules, `file: field: rule: problem`; none when it builds. */
function problemsIn(modules: ContentModules, withFile = true): string[] {
	try {
		buildCatalogue(modules);
	} catch (e) {
		if (e instanceof ProvenanceError) return e.issues.map((i) => `${withFile ? `${i.file}: ` : ''}${i.field}: ${i.rule}: ${i.problem}`);
		throw e;
	}
	return [];
}

/** Every problem the catalogue reports for one more figure beside the wire article, message by message. */
const problemsOf = (figure: unknown, article: unknown = ARTICLE, text = WIRE) =>
	problemsIn({ articles: { '/t/wire.ts': article }, texts: { '/t/wire.txt': text }, figures: { '/t/wire-f.ts': figure } });

/** The same for fixture content with one change, without the file name. */
const fixtureProblems = (modules: ContentModules) => problemsIn(modules, false);
const figure = (...values: object[]) => ({ ...base, slug: 'wire-f', values });


describe('the fixture content', () => {
	it('loads through the catalogue, every value resolved and every number indexed or set aside', () => {
		const { articles, figures } = buildCatalogue(FIXTURE_CONTENT);
		expect(articles.map((a) => a.id)).toEqual(expect.arrayContaining(['harbour-survey', 'harbourtown-ferry-poll']));
		expect(figures.find((f) => f.slug === 'harbourtown-fares')?.values.map((v) => [v.value, v.shown, v.quote?.phrase ?? v.formula])).toEqual([
			[70, 'approx', 'Seven in 10'], [30, 'approx', '100 - below']
		]);
		const poll = articles.find((a) => a.id === 'harbourtown-ferry-poll');
		expect(poll?.numbers.map((n) => n.number.text)).toEqual([
			'Fifty-four percent', 'up 0.9 points', 'fell 1.1 points', '38.2%', 'more than half', 'Seven in 10', 'below 2,000 yen', '1,204 adults', 'between 40 and 45 percent'
		]);
		expect(poll?.setAside.map((s) => `${s.number.text}: ${s.reason}`)).toEqual(['under 30: age', '3: date', '9: date', 'third: ordinal']);
	});
});

describe('claim checks against the fixture poll', () => {
	const { figures } = buildCatalogue(FIXTURE_CONTENT);
	const checks = figures.flatMap((f) => f.values.flatMap((v) => (v.check ? [[f.slug, v.id, v.check.match, v.check.pollValue, v.check.verdict, v.check.difference]] : [])));

	it('checks a named match, an inferred match and a bound, each with its verdict', () => {
		expect(checks).toEqual([
			['ferry-survey', 'back', 'inferred', 40, 'consistent', 0],
			['ferry-survey', 'against', 'named', 30.3, 'differs', 4.7],
			['harbourtown-weekly', 'weekly', 'named', 61.4, 'consistent', -11.4],
			['qinghe-bike-lane-vote', 'yes', 'inferred', 58.4, 'matches', -0.4],
			['qinghe-bike-lane-vote', 'no', 'inferred', 31.2, 'consistent', -1.2]
		]);
	});

	it('leaves a value linked to no poll without a check', () => {
		expect(figures.find((f) => f.slug === 'harbourtown-restore')?.values.every((v) => !('check' in v))).toBe(true);
	});

	const ferry = FIXTURE_CONTENT.figures['/tests/fixtures/content/figures/ferry-survey.ts'] as Figure;
	const withLink = (poll: object, source: Figure['source'] = ferry.source) => ({
		...FIXTURE_CONTENT,
		figures: { '/f/ferry-survey.ts': { ...ferry, source, values: ferry.values.map((v, i) => (i === 1 ? { ...v, poll } : v)) } }
	});
	it.each<[string, object, Figure['source'] | undefined, string]>([
		['an unknown answer', { id: 'harbourtown-ferry', question: 'later-ferry', answer: 'maybe', match: 'named' }, undefined,
			'values[1].poll: rule 8 (content is data of the right shape): unknown answer id "maybe" in question "later-ferry" of poll "harbourtown-ferry"'],
		['an unknown poll', { id: 'no-such-poll', question: 'q', answer: 'a', match: 'named' }, undefined,
			'values[1].poll: rule 8 (content is data of the right shape): unknown poll id "no-such-poll"'],
		['a named match where the article names no source', { id: 'harbourtown-ferry', question: 'later-ferry', answer: 'no', match: 'named' }, { unnamed: 'survey' },
			'values[1].poll.match: rule 6 (attribution follows the article): a named match needs the article to name its source (source: { name }); the article names none, so the match is inferred'],
		['an inferred match that does not say why', { id: 'harbourtown-ferry', question: 'later-ferry', answer: 'no', match: 'inferred' }, undefined,
			'values[1].poll.why: rule 6 (attribution follows the article): an inferred match says in one sentence why citecharts matched it']
	])('fails the build on %s', (_name, poll, source, message) => {
		expect(fixtureProblems(withLink(poll, source))).toEqual([message]);
	});

	it('reports a broken poll record once, not again for each figure that links it', () => {
		const record = FIXTURE_CONTENT.polls!['/tests/fixtures/content/polls/harbourtown-ferry.ts'] as Record<string, unknown>;
		const found = fixtureProblems({ ...FIXTURE_CONTENT, polls: { ...FIXTURE_CONTENT.polls, '/tests/fixtures/content/polls/harbourtown-ferry.ts': { ...record, sponsor: 'not a fact' } } });
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(/^sponsor: rule 8/);
	});

	it('fails a range with no high end with a message, not a crash', () => {
		const ranged = { ...ferry.values[1]!, qualifier: 'range' } as Figure['values'][number];
		const found = fixtureProblems({ ...FIXTURE_CONTENT, figures: { '/f/ferry-survey.ts': { ...ferry, values: [ferry.values[0], ranged, ferry.values[2]] } } });
		expect(found).toEqual(['values[1].qualifier: rule 3 (the qualifier is the reader\'s): the reader reads "35%" as exact, the value says range']);
	});
});

describe('a groups figure: each group is its own whole (rule 5 per whole)', () => {
	const groups = FIXTURE_CONTENT.figures['/tests/fixtures/content/figures/coastline-groups.ts'] as Figure;
	const only = (figure: object): ContentModules => ({ ...FIXTURE_CONTENT, figures: { '/f/coastline-groups.ts': figure } });

	it('builds, though its shares add up to 181%', () => {
		expect(groups.values.reduce((sum, v) => sum + v.value, 0)).toBe(181);
		expect(fixtureProblems(only(groups))).toEqual([]);
	});

	it('fails the same values charted as parts of one whole', () => {
		expect(fixtureProblems(only({ ...groups, kind: 'parts' }))).toEqual(['values: rule 5 (parts of one whole never sum above 100%): the parts sum to 181%']);
	});

	it('fails a derived rest, which would belong to no group', () => {
		const rest = { id: 'rest', label: 'The rest', value: 38, qualifier: 'derived', formula: '100 - harbour' };
		expect(fixtureProblems(only({ ...groups, values: [...groups.values, rest] }))).toEqual([
			'values[3].qualifier: rule 4 (a derived value is a formula over stated values and 100): a groups figure charts what the article states for each group; a derived value has no group of its own'
		]);
	});

	it('fails a kind that does not exist, naming the kinds that do', () => {
		expect(fixtureProblems(only({ ...groups, kind: 'pie' }))).toEqual(['kind: rule 8 (content is data of the right shape): must be "parts", "split", "groups", "change", "trend" or "counts", not "pie"']);
	});
});

describe('the holes the old reader left, each closed with its message', () => {
	const file = 't/wire-f.ts';
	it.each<[string, object, string[]]>([
		['"Fifty-four percent" is 54, not 4', figure(stated('back', 4, 'Fifty-four percent of voters back the mayor')),
			[`${file}: values[0].value: rule 2 (the reader reads the value and unit in the quote): the reader reads "Fifty-four percent" as 54, the value is 4`]],
		['".5%" is 0.5, not 5', figure(stated('neither', 5, 'just .5% chose neither')),
			[`${file}: values[0].value: rule 2 (the reader reads the value and unit in the quote): the reader reads ".5%" as 0.5, the value is 5`]],
		['"fell by -5%" is −5', { ...figure(stated('turnout', 5, 'Turnout fell by -5%')), unit: '%' },
			[`${file}: values[0].value: rule 2 (the reader reads the value and unit in the quote): the reader reads "fell by -5%" as -5, the value is 5`]],
		['"2,749 people" is one count, not a share', figure(stated('voted', 2749, '2,749 people voted')),
			[`${file}: values[0].quote: rule 2 (the reader reads the value and unit in the quote): the reader reads "2,749 people" as a count, the figure's unit is %`]],
		['"more than 70%" is a bound, not exact', figure(stated('over', 70, 'more than 70% of them')),
			[`${file}: values[0].qualifier: rule 3 (the qualifier is the reader's): the reader reads "more than 70%" as more-than, the value says exact`]],
		['"Nearly half" is approximate', figure(stated('trust', 50, 'Nearly half trust the council')),
			[`${file}: values[0].qualifier: rule 3 (the qualifier is the reader's): the reader reads "Nearly half" as approx, the value says exact`]],
		['a formula may hold no constant but 100', figure(stated('back', 54, 'Fifty-four percent of voters back the mayor'), { id: 'x', label: 'x', value: 60, qualifier: 'derived', formula: 'back - back + 60' }),
			[`${file}: values[1].formula: rule 4 (a derived value is a formula over stated values and 100): formula "back - back + 60" holds the constant 60; the only constant allowed is 100, the whole of a % figure, so the number would trace to no source`]],
		['a quote may not cross a paragraph', figure(stated('neither', 0.5, 'chose neither.\nTurnout')),
			[`${file}: values[0].quote: rule 1 (a stated value quotes the article exactly, inside one paragraph): "chose neither.\\nTurnout" runs from paragraph 1 into paragraph 2; a quote stays inside one paragraph`]],
		['a quote with two numbers names the one it cites', figure(stated('turnout', -5, 'Turnout fell by -5% as 2,749 people voted')),
			[`${file}: values[0].cites: rule 2 (the reader reads the value and unit in the quote): the quote holds 2 numbers ("fell by -5%", "2,749 people"); name the one this value cites in cites`]],
		['one broken quote is one message, not three', figure(stated('back', 54, 'Fifty-five percent'), { id: 'rest', label: 'rest', value: 46, qualifier: 'derived', formula: '100 - back' }),
			[`${file}: values[0].quote: rule 1 (a stated value quotes the article exactly, inside one paragraph): "Fifty-five percent" is not in the article`]],
		['parts of one whole never sum above 100%', figure(stated('back', 54, 'Fifty-four percent of voters back the mayor'), stated('high', 70, 'Seven in 10 say', { qualifier: 'approx' })),
			[`${file}: values: rule 5 (parts of one whole never sum above 100%): the parts sum to 124%`]]
	])('%s', (_name, broken, messages) => {
		expect(problemsOf(broken)).toEqual(messages);
	});

	it('keeps each message at its own index when several values fail', () => {
		const problems = problemsOf(figure(stated('back', 54, 'Fifty-four percent of voters back the mayor'), stated('a', 1, 'nowhere'), stated('neither', 0.5, 'just .5% chose neither'), stated('b', 2, 'elsewhere')));
		expect(problems.map((p) => p.split(': ')[1])).toEqual(['values[1].quote', 'values[3].quote']);
	});

	it.each<[string, object, string[]]>([
		['an unknown unit', { ...figure(stated('back', 54, 'Fifty-four percent of voters back the mayor')), unit: 'pct' }, ['unit: rule 8 (content is data of the right shape): must be "%", "pt", "count", "money" or "time", not "pct"']],
		['an unknown qualifier', figure(stated('back', 54, 'Fifty-four percent of voters back the mayor', { qualifier: 'estimated' })), ['values[0].qualifier: rule 8 (content is data of the right shape): must be "exact", "approx", "more-than", "at-least", "less-than", "at-most", "range" or "derived", not "estimated"']],
		['a missing label', figure({ id: 'back', value: 54, qualifier: 'exact', quote: { text: 'Fifty-four percent' } }), ['values[0].label: rule 8 (content is data of the right shape): is missing']],
		['a misspelt field', figure(stated('back', 54, 'Fifty-four percent', { qoute: 1 })), ['values[0].qoute: rule 8 (content is data of the right shape): is not a field here (a misspelling?)']]
	])('checks the shape: %s', (_name, broken, messages) => {
		expect(problemsOf(broken)).toEqual(messages.map((m) => `t/wire-f.ts: ${m}`));
	});

	it('checks an article: its URL, and every number charted, indexed or declared', () => {
		expect(problemsOf(figure(stated('back', 54, 'Fifty-four percent of voters back the mayor')), { ...ARTICLE, url: 'javascript:alert(1)', notFigures: [] })).toEqual([
			't/wire.ts: url: rule 8 (content is data of the right shape): must be an http or https URL'
		]);
		expect(problemsOf(figure(stated('back', 54, 'Fifty-four percent of voters back the mayor')), { ...ARTICLE, url: 'https://elsewhere.example/' })).toEqual([
			't/wire.ts: url: rule 8 (content is data of the right shape): "https://elsewhere.example/" is not the URL on line 4 ("Original article: https://wire.example/poll")'
		]);
		expect(problemsOf(figure(stated('back', 54, 'Fifty-four percent of voters back the mayor')), { ...ARTICLE, notFigures: [{ text: 'Fifty-four percent', reason: 'idiom' }] })).toEqual([
			't/wire.ts: notFigures[0]: rule 7 (every number is charted, indexed or declared not a figure): "Fifty-four percent" is charted by wire-f; it cannot also be declared not a figure',
			't/wire.ts: notFigures: rule 7 (every number is charted, indexed or declared not a figure): "over 60" in paragraph 2 ("Turnout fell by -5% as 2,749 people voted, and more than 70% of them were over 60.") is a number of no known kind: chart it, or declare it in notFigures with a reason'
		]);
	});

	it('lets two figures cite the same words', () => {
		const one = figure(stated('back', 54, 'Fifty-four percent of voters back the mayor'));
		const { figures } = buildCatalogue({ articles: { '/t/wire.ts': ARTICLE }, texts: { '/t/wire.txt': WIRE }, figures: { '/t/wire-f.ts': one, '/t/wire-g.ts': { ...one, slug: 'wire-g' } } });
		expect(figures.map((f) => f.slug)).toEqual(['wire-f', 'wire-g']);
	});

	it('skips and lists drafts, so a fresh draft never breaks the build', () => {
		const draft = { ...figure(stated('back', 4, 'no such words')), draft: true };
		const result = buildCatalogue({ articles: { '/t/wire.ts': ARTICLE }, texts: { '/t/wire.txt': WIRE }, figures: { '/t/wire-f.ts': draft } });
		expect([result.figures.length, result.drafts]).toEqual([0, ['t/wire-f.ts']]);
	});
});

export type { Figure };
