/**
 * What the site says about an article because of its kind, in one table, so each page describes a
 * news article, an opinion piece and an analysis in words true of that kind (a test reads every
 * sentence for contradictions).
 */
import type { Article } from '$lib/content/types';

export type ArticleKind = Article['kind'];

export interface KindCopy {
	/** The label before the article's description: "Opinion". */
	label: string;
	/** The kind as a noun phrase in a sentence: "an opinion piece". */
	noun: string;
	/** What the figures are, after "these figures come from {noun} on {outlet}, ". */
	role: string;
}

export const KIND_COPY: Record<ArticleKind, KindCopy> = {
	news: {
		label: 'News',
		noun: 'a news article',
		role: 'as the news report gives them, not from the polls themselves'
	},
	opinion: {
		label: 'Opinion',
		noun: 'an opinion piece',
		role: 'not from a news report or the polls themselves'
	},
	analysis: {
		label: 'Analysis',
		noun: 'an analysis',
		role: "which interprets them, not from the polls themselves; where a chart quotes the author's reading, it is kept apart from the numbers"
	}
};

/** What the charts promise, whatever the kind. */
const SCOPE = "The charts show what the article states, no more; where a poll's own report is known, each chart shows its value too.";

/** "an opinion piece on Toutiao": what the article is, in words a citation can use. */
export function describeArticle(article: Pick<Article, 'kind' | 'outlet'>): string {
	return `${KIND_COPY[article.kind].noun} on ${article.outlet}`;
}

/** The dashboard's words about the article: its kind's label, then what its figures are. */
export function aboutArticle(article: Pick<Article, 'kind' | 'outlet'>): { label: string; text: string } {
	return { label: KIND_COPY[article.kind].label, text: `these figures come from ${describeArticle(article)}, ${KIND_COPY[article.kind].role}. ${SCOPE}` };
}
