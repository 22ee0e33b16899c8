import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from './catalogue';
import { draftArticle } from './draft';
import wire from '/tests/fixtures/texts/wire-poll.txt?raw';

/** Evaluates a drafted module's source as an editor's build would load it: plain data. */
function load(source: string): Record<string, unknown> {
	const body = source.replace(/^import type .*$/m, '').replace('export default', 'return').replace(/\s*satisfies \w+;\s*$/, ';');
	return new Function(body)() as Record<string, unknown>;
}

describe('npm run draft', () => {
	const drafted = draftArticle('wire-poll', wire);

	it('drafts one figure per sentence that holds shares, each marked draft', () => {
		expect(drafted.figures.map((f) => f.slug)).toEqual(['wire-poll-1', 'wire-poll-2', 'wire-poll-3', 'wire-poll-4', 'wire-poll-5', 'wire-poll-6']);
		expect([load(drafted.article), ...drafted.figures.map((f) => load(f.module))].every((m) => m.draft === true)).toBe(true);
	});

	it('writes what the text gives: its URL line, and the numbers it could not classify', () => {
		const article = load(drafted.article);
		expect([article.url, article.urlLine, article.outlet]).toEqual(['https://news.example.org/kyodo/2026/11/poll', 6, 'news.example.org']);
		expect(article.notFigures).toEqual([{ text: '547', occurrence: 1, reason: 'idiom' }]);
		// The wire text opens with a dateline sentence and has no disclaimer: no headline, nothing to point at.
		expect([article.headlineLine, article.subheads, article.disclaimerLine]).toEqual([null, [], null]);
	});

	it.each<[string, string[], number | null, number | null, number | null, RegExp | null]>([
		['a short unpunctuated first line is proposed as the headline', ['Ferry fares to rise', 'Fares rise by 5% in May.', 'Disclaimer: fictional.'], 1, null, 3, null],
		['a first line that ends a sentence is not', ['Fares rise by 5% in May.', 'More in June.'], null, null, null, null],
		['a first line of more than 12 words is not', ['One two three four five six seven eight nine ten eleven twelve thirteen', 'Fares rose.'], null, null, null, null],
		['a lone line is the text, not a headline', ['Ferry fares to rise'], null, null, null, null],
		['a URL on line 1 is the URL line, not a headline', ['https://example.org/fares', 'Fares rise by 5% in May.'], null, 1, null, null],
		['short lines further down are left to the editor, named in a note', ['Fares rise by 5% in May.', 'What riders say', 'Riders object.', 'Source: https://example.org/f'], null, 4, null, /line 2: list each under subheads or captionLines/]
	])('%s', (_, lines, headlineLine, urlLine, disclaimerLine, note) => {
		const drafted = draftArticle('fares', lines.join('\n'));
		const article = load(drafted.article);
		expect([article.headlineLine, article.subheads, article.urlLine, article.disclaimerLine]).toEqual([headlineLine, [], urlLine, disclaimerLine]);
		if (note) expect(drafted.notes.join('\n')).toMatch(note);
	});

	it('is skipped by the build while marked, and builds once an editor removes the marks', () => {
		const confirm = (m: Record<string, unknown>) => ({ ...m, draft: false });
		const modules = (edit: (m: Record<string, unknown>) => Record<string, unknown>) => ({
			articles: { '/a/wire-poll.ts': edit(load(drafted.article)) },
			texts: { '/a/wire-poll.txt': wire },
			// Shares that sum above 100% are not one whole: an editor changes their kind, so they stay drafts here.
			figures: Object.fromEntries(drafted.figures.filter((f) => !f.module.includes('sum above 100%')).map((f) => [`/f/${f.slug}.ts`, edit(load(f.module))]))
		});
		expect(buildCatalogue(modules((m) => m)).drafts).toHaveLength(1 + Object.keys(modules((m) => m).figures).length);
		const confirmed = buildCatalogue(modules(confirm));
		// A share with its change drafts a change (the previous value derived); subgroups draft groups.
		expect(confirmed.figures.map((f) => [f.slug, f.kind, f.values.map((v) => `${v.qualifier} ${v.value}${v.wave ? ` ${v.wave}` : ''}`)])).toEqual([
			['wire-poll-1', 'change', ['exact 37.7 now', 'exact 0.9', 'derived 36.8 before']],
			['wire-poll-2', 'change', ['exact 54 now', 'exact -1.1', 'derived 55.1 before']],
			['wire-poll-3', 'parts', ['approx 70', 'exact 23.3', 'derived 6.7']],
			['wire-poll-5', 'groups', ['exact 87', 'exact 71']],
			['wire-poll-6', 'parts', ['less-than 40']]
		]);
	});

	it.each([
		['Asked about the tram, 51% were in favour, 37% were against and 12% had no opinion.', ['were in favour', 'were against', 'had no opinion']],
		['HILLTOWN (Wire) - Approval of the mayor rose to 46.2 percent, up 2.4 points from the previous poll.', ['Approval of the mayor', 'Approval of the mayor', 'Approval of the mayor']],
		['Support for the plan stands at 40%.', ['Support for the plan']],
		['Among the young, 58 percent approved, compared with 39 percent of those aged 65 and over.', ['approved', 'those aged 65 and over']]
	])('labels each value in the article\'s words, stopping at the next number: %s', (sentence, labels) => {
		const [figure] = draftArticle('labels', `${sentence}\nhttps://wire.example/a`).figures;
		expect((load(figure!.module).values as { label: string }[]).slice(0, labels.length).map((v) => v.label)).toEqual(labels);
	});

	it.each([
		['About half, 49%, oppose it.', ['exact 49 oppose it', 'derived 51'], /"About half" restates/],
		['49% (about half) oppose it.', ['exact 49 oppose it', 'derived 51'], /"about half" restates/],
		// Ten points apart, or not side by side: two statements, left for the editor to read.
		['About half, 40%, oppose it.', ['approx 50', 'exact 40', 'derived 10'], null],
		['About half oppose it, and 49% back it.', ['approx 50', 'exact 49', 'derived 1'], null],
		['Nearly a third, or 31%, agreed.', ['exact 31 agreed', 'derived 69'], /"Nearly a third" restates/],
		// A comma or bracket that opens and never closes sets off no restatement.
		['Remain had 41%, some 38% backed Leave.', ['exact 41', 'approx 38', 'derived 21'], null],
		['It is 48% (around 45% in May).', ['exact 48', 'approx 45', 'derived 7'], null]
	])('charts a hedged share that restates the exact one beside it once, as the exact one: %s', (sentence, values, comment) => {
		const [figure] = draftArticle('restated', `${sentence}\nhttps://wire.example/a`).figures;
		const drafted = load(figure!.module).values as { qualifier: string; value: number; label: string }[];
		const folded = comment !== null;
		expect(drafted.map((v) => `${v.qualifier} ${v.value}${folded && v.qualifier !== 'derived' ? ` ${v.label}` : ''}`)).toEqual(values);
		if (comment) expect(figure!.module).toMatch(comment);
	});

	it('says so in a change or groups draft too, and labels past the restatement', () => {
		const [change] = draftArticle('restated', '49% (about half) oppose it, up 2 points from May.\nhttps://wire.example/a').figures;
		expect(change!.module).toMatch(/"about half" restates/);
		expect((load(change!.module).values as { label: string }[])[0]!.label).toBe('oppose it');
	});

	it('runs as `npm run draft`: the script loads the drafter outside Vite\'s config (no $lib alias) and checks the id', () => {
		const run = spawnSync('node', ['scripts/draft.mjs', 'nowhere.txt', '--id', 'Bad_Id'], { encoding: 'utf8' });
		expect(run.stderr.trim()).toBe('draft: the id "Bad_Id" must be lowercase words joined by hyphens');
		expect(run.status).toBe(2);
	}, 30_000);
});
