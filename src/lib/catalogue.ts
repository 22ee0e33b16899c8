import type { Article, Figure } from '$lib/content/types';
import { buildCatalogue } from '$lib/provenance/catalogue';
import { attribution } from '$lib/provenance/citation';
import type { ResolvedArticle, ResolvedFigure } from '$lib/provenance/resolved';

/**
 * Every article and figure, validated once. Adding content is adding files under
 * `content/articles` and `content/figures`; a broken file stops the build here.
 */
export const catalogue = buildCatalogue({
	articles: import.meta.glob<Article>('./content/articles/*.ts', { eager: true, import: 'default' }),
	texts: import.meta.glob<string>('./content/articles/*.txt', { eager: true, query: '?raw', import: 'default' }),
	figures: import.meta.glob<Figure>('./content/figures/*.ts', { eager: true, import: 'default' })
});

export function findFigure(slug: string): ResolvedFigure | undefined {
	return catalogue.figures.find((f) => f.slug === slug);
}

export function findArticle(id: string): ResolvedArticle | undefined {
	return catalogue.articles.find((a) => a.id === id);
}

export function articleOf(figure: ResolvedFigure): ResolvedArticle {
	const article = findArticle(figure.article);
	if (!article) throw new Error(`figure ${figure.slug} names a missing article ${figure.article}`);
	return article;
}

/** What a page needs to cite an article, without its full text. */
export type ArticleSummary = Omit<ResolvedArticle, 'text' | 'numbers'>;

export function summarize(article: ResolvedArticle): ArticleSummary {
	const { text: _text, numbers: _numbers, ...summary } = article;
	return summary;
}

/** Every chart as a link: slug, title and its one-line citation. */
export function chartLinks() {
	return catalogue.figures.map((f) => ({ slug: f.slug, title: f.title, attribution: attribution(f, articleOf(f)) }));
}
