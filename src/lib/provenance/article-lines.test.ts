import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/content/types';
import { lineRoles } from './article-lines';
import { buildCatalogue } from './catalogue';
import { ProvenanceError } from './resolved';

/** A fictional article with one line of each role, and a body line with its one number. */
const TEXT = ['Ferry fares to rise', 'Fares rise by 5% in May, the board said.', 'What riders say', 'A rider on the quay', 'Original article: https://example.org/fares', 'Disclaimer: fictional.'].join('\n');
const ARTICLE: Article = {
	title: 'Ferry fares (fixture)', outlet: 'Example', url: 'https://example.org/fares', author: null, date: null, kind: 'news',
	headlineLine: 1, subheads: [3], captionLines: [4], urlLine: 5, disclaimerLine: 6, notFigures: []
};

/** Every problem the catalogue reports for the article with these fields changed, `field: rule: problem`. */
function problems(change: Record<string, unknown>, text = TEXT): string[] {
	try {
		buildCatalogue({ articles: { '/a/fares.ts': { ...ARTICLE, ...change } }, texts: { '/a/fares.txt': text }, figures: {} });
	} catch (e) {
		if (e instanceof ProvenanceError) return e.issues.map((i) => `${i.file}: ${i.field}: ${i.rule}: ${i.problem}`);
		throw e;
	}
	return [];
}

const shape = 'rule 8 (content is data of the right shape)';

describe('an article\'s lines', () => {
	it('resolve to the headline and disclaimer verbatim, or null where the text has none', () => {
		const [article] = buildCatalogue({ articles: { '/a/fares.ts': ARTICLE }, texts: { '/a/fares.txt': TEXT }, figures: {} }).articles;
		expect([article?.headline, article?.disclaimer]).toEqual([{ line: 1, text: 'Ferry fares to rise' }, { line: 6, text: 'Disclaimer: fictional.' }]);
		const bare = buildCatalogue({ articles: { '/a/fares.ts': { ...ARTICLE, headlineLine: null, disclaimerLine: null, urlLine: null } }, texts: { '/a/fares.txt': TEXT }, figures: {} }).articles[0];
		expect([bare?.headline, bare?.disclaimer, bare?.url]).toEqual([null, null, 'https://example.org/fares']);
	});

	it('give each line one role, and every other line is text', () => {
		const roleOf = lineRoles(ARTICLE);
		expect([1, 2, 3, 4, 5, 6, 7].map(roleOf)).toEqual(['headline', 'text', 'subhead', 'caption', 'url', 'disclaimer', 'text']);
	});

	it('still go through the number reader: the headline and subheads are text with numbers like any other', () => {
		const text = TEXT.replace('Ferry fares to rise', 'Fares up 5% for 3 in 4 riders');
		const [article] = buildCatalogue({ articles: { '/a/fares.ts': ARTICLE }, texts: { '/a/fares.txt': text }, figures: {} }).articles;
		expect(article?.numbers.filter((n) => n.paragraph === 1).map((n) => n.number.text)).toEqual(['up 5%', '3 in 4']);
	});

	it.each<[string, Record<string, unknown>, string[]]>([
		['a headline line as text', { headlineLine: 'Ferry fares to rise' }, ['headlineLine: must be a line number, or null where the text has none']],
		['a headline line left out', { headlineLine: undefined }, ['headlineLine: must be a line number, or null where the text has none']],
		['a headline line of 0', { headlineLine: 0 }, ['headlineLine: must be a line number from 1']],
		['a headline line past the end', { headlineLine: 9 }, ['headlineLine: line 9 is outside 1-6']],
		['a fractional subhead', { subheads: [2.5] }, ['subheads[0]: must be a whole line number']],
		['subheads as one number', { subheads: 3 }, ['subheads: must be Array, not 3']],
		['a subhead that is the headline', { subheads: [1] }, ['subheads[0]: line 1 is already headlineLine: one line has one role']],
		['a subhead named twice', { subheads: [3, 3] }, ['subheads[1]: line 3 is already subheads[0]: one line has one role']],
		['a caption that is a subhead', { captionLines: [3] }, ['captionLines[0]: line 3 is already subheads[0]: one line has one role']],
		['a URL line past the end', { urlLine: 7 }, ['urlLine: line 7 is outside 1-6']],
		['a URL line without the URL', { urlLine: 2 }, ['url: "https://example.org/fares" is not the URL on line 2 ("Fares rise by 5% in May, the board said.")']],
		['a URL line that is the disclaimer', { urlLine: 6 }, ['disclaimerLine: line 6 is already urlLine: one line has one role', 'url: "https://example.org/fares" is not the URL on line 6 ("Disclaimer: fictional.")']],
		['a URL line left out', { urlLine: undefined }, ['urlLine: must be a line number, or null where the text has none']],
		['no URL at all', { urlLine: null, url: undefined }, ['url: is missing']],
		['a URL that is not http(s), with no URL line', { urlLine: null, url: 'ftp://example.org/fares' }, ['url: must be an http or https URL']],
		['a disclaimer line as true', { disclaimerLine: true }, ['disclaimerLine: must be a line number, or null where the text has none']],
		['a disclaimer line past the end', { disclaimerLine: 12 }, ['disclaimerLine: line 12 is outside 1-6']]
	])('%s fails with one message naming file, field and rule', (_, change, expected) => {
		expect(problems(change)).toEqual(expected.map((e) => `a/fares.ts: ${e.replace(': ', `: ${shape}: `)}`));
	});

	it('refuses an empty line in a named role', () => {
		expect(problems({ subheads: [3] }, TEXT.replace('What riders say', ' '))).toEqual([`a/fares.ts: subheads[0]: ${shape}: line 3 is empty: a subhead line holds words`]);
	});
});
