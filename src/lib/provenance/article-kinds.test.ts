import { describe, expect, it } from 'vitest';
import { ARTICLE_KINDS } from '$lib/content/types';
import { aboutArticle, describeArticle, KIND_COPY, type ArticleKind } from './article-kinds';
import { attribution, citationText } from './citation';

const KINDS = Object.keys(KIND_COPY) as ArticleKind[];
/** Everything the site says about an article of this kind, as one text. */
const allCopy = (kind: ArticleKind) => {
	const article = { kind, outlet: 'Example Gazette', url: 'https://example.org/a' };
	const about = aboutArticle(article);
	return [`${about.label}: ${about.text}`, describeArticle(article), attribution({ source: { unnamed: 'poll' } }, article), citationText({ title: 'T' }, article, 'https://c.example/t')].join('\n');
};

describe('what the site says about an article, by kind', () => {
	it('has copy for every kind the schema accepts, and no other', () => {
		expect([...KINDS].sort()).toEqual([...ARTICLE_KINDS].sort());
	});

	it.each<[ArticleKind, RegExp[], RegExp[]]>([
		// A news article is a news report: its copy never denies it, nor calls it opinion or analysis.
		['news', [/^News: /, /a news article on Example Gazette/, /news report/], [/not (?:from )?a news report/i, /opinion/i, /analysis|interpret/i]],
		// An opinion piece is not a news report, and says so; nothing calls it news or an analysis.
		['opinion', [/^Opinion: /, /an opinion piece on Example Gazette/, /not from a news report/], [/a news article/i, /(?<!not from )a news report/i, /analysis|interprets/i]],
		// An analysis interprets; it is neither called news nor opinion.
		['analysis', [/^Analysis: /, /an analysis on Example Gazette/, /interprets/], [/news/i, /opinion/i]]
	])('%s copy says what the kind is and never contradicts it', (kind, says, never) => {
		const copy = allCopy(kind);
		for (const pattern of says) expect(copy).toMatch(pattern);
		for (const pattern of never) expect(copy).not.toMatch(pattern);
	});

	it('never claims the figures are the polls\' own, for any kind', () => {
		for (const kind of KINDS) expect(aboutArticle({ kind, outlet: 'X' }).text).toMatch(/not from (?:a news report or )?the polls themselves/);
	});
});
