import { buildCatalogue, type ContentModules } from '$lib/provenance/catalogue';
import { attribution } from '$lib/provenance/citation';
import type { ArticleSummary, ResolvedArticle, ResolvedFigure } from '$lib/provenance/resolved';

const content: ContentModules = {
	articles: import.meta.glob('/src/lib/content/articles/*.ts', { eager: true, import: 'default' }),
	texts: import.meta.glob<string>('/src/lib/content/articles/*.txt', { eager: true, query: '?raw', import: 'default' }),
	figures: import.meta.glob('/src/lib/content/figures/*.ts', { eager: true, import: 'default' }),
	polls: import.meta.glob('/src/lib/content/polls/*.ts', { eager: true, import: 'default' })
};

/** The fictional test content; built only when the tests ask for it, never into a release. */
export const FIXTURE_CONTENT: ContentModules = {
	articles: import.meta.glob('/tests/fixtures/content/articles/*.ts', { eager: true, import: 'default' }),
	texts: import.meta.glob<string>('/tests/fixtures/content/articles/*.txt', { eager: true, query: '?raw', import: 'default' }),
	figures: import.meta.glob('/tests/fixtures/content/figures/*.ts', { eager: true, import: 'default' }),
	polls: import.meta.glob('/tests/fixtures/content/polls/*.ts', { eager: true, import: 'default' })
};

/**
 * Every article and figure, validated once. Adding content is adding files under
 * `content/articles` and `content/figures`; a broken file stops the build here, and drafts are
 * skipped and listed.
 */
export const catalogue = buildCatalogue(
	__CITECHARTS_FIXTURES__
		? {
				articles: { ...content.articles, ...FIXTURE_CONTENT.articles },
				texts: { ...content.texts, ...FIXTURE_CONTENT.texts },
				figures: { ...content.figures, ...FIXTURE_CONTENT.figures },
				polls: { ...content.polls, ...FIXTURE_CONTENT.polls }
			}
		: content
);
if (catalogue.drafts.length) {
	console.warn(`citecharts: skipping ${catalogue.drafts.length} draft${catalogue.drafts.length === 1 ? '' : 's'} until an editor removes draft: true:\n${catalogue.drafts.map((d) => `  ${d}`).join('\n')}`);
}

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

export function summarize(article: ResolvedArticle): ArticleSummary {
	const { text: _text, numbers: _numbers, ...summary } = article;
	return summary;
}

/** Every chart as a link: slug, title (in its article's language) and its one-line citation. */
export function chartLinks() {
	return catalogue.figures.map((f) => ({ slug: f.slug, title: f.title, lang: f.lang, attribution: attribution(f, articleOf(f)) }));
}
