import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/content/types';
import { buildCatalogue } from '$lib/provenance/catalogue';
import { ProvenanceError } from '$lib/provenance/resolved';

const TEXT = ['町民の62%が賛成した。', 'https://town.example/a', '架空の記事です。'].join('\n');
const ARTICLE: Article = { title: 'Town (fixture)', outlet: 'Town', url: 'https://town.example/a', author: null, date: null, kind: 'news', headlineLine: null, subheads: [], captionLines: [], urlLine: 2, disclaimerLine: 3, notFigures: [] };
const FIGURE = {
	slug: 'town-f', article: 'town', title: '賛否', subtitle: '割合', unit: '%', source: { name: '町の調査' }, notReported: [],
	values: [{ id: 'yes', label: '賛成', value: 62, qualifier: 'exact', quote: { text: '62%が賛成' } }]
};
const build = (article: object) => buildCatalogue({ articles: { '/t/town.ts': article }, texts: { '/t/town.txt': TEXT }, figures: { '/t/town-f.ts': FIGURE } });

describe("an article's lang", () => {
	it.each([
		['ja', 'ja'],
		['zh-Hans', 'zh-Hans'],
		['en-GB', 'en-GB'],
		[undefined, 'en']
	])('%s: the article and its figures carry %s', (lang, expected) => {
		const { articles, figures } = build({ ...ARTICLE, lang });
		expect(articles[0]!.lang).toBe(expected);
		expect(figures[0]!.lang).toBe(expected);
	});

	it.each([
		['japanese', 'must be a BCP 47 language tag such as "en", "ja" or "zh-Hans"'],
		['ja_JP', 'must be a BCP 47 language tag such as "en", "ja" or "zh-Hans"'],
		['', 'must be a BCP 47 language tag such as "en", "ja" or "zh-Hans"'],
		['JA', 'must be written "ja", as BCP 47 spells it'],
		['zh-hans', 'must be written "zh-Hans", as BCP 47 spells it'],
		[42, 'must be string, not 42']
	])('%j fails the build with one message: %s', (lang, problem) => {
		let issues: string[] = [];
		try {
			build({ ...ARTICLE, lang });
		} catch (e) {
			if (!(e instanceof ProvenanceError)) throw e;
			issues = e.issues.map((i) => `${i.file}: ${i.field}: ${i.problem}`);
		}
		expect(issues).toEqual([`t/town.ts: lang: ${problem}`]);
	});
});
