import { describeArticle } from './article-kinds';
import type { ResolvedArticle, ResolvedFigure } from './resolved';

// The kind's words live in one table (article-kinds.ts); citations and pages read them through this.
export { describeArticle };

/**
 * Attribution that follows the article: the primary source is named only where the article
 * names it; otherwise the line says it is not named.
 */
export function attribution(figure: Pick<ResolvedFigure, 'source'>, article: Pick<ResolvedArticle, 'kind' | 'outlet'>): string {
	const where = describeArticle(article);
	return 'name' in figure.source
		? `${figure.source.name}, as cited in ${where}`
		: `${figure.source.unnamed} not named in the article; figure as stated in ${where}`;
}

/** The line drawn under an exported chart. */
export function sourceLine(figure: Pick<ResolvedFigure, 'source'>, article: Pick<ResolvedArticle, 'kind' | 'outlet' | 'url'>, chartUrl: string): string {
	return `Source: ${attribution(figure, article)} (${article.url}). Chart: citecharts, ${chartUrl}`;
}

/** How to cite a chart: its title, the site, the article it comes from, and its address. */
export function citationText(
	figure: Pick<ResolvedFigure, 'title'>,
	article: Pick<ResolvedArticle, 'kind' | 'outlet' | 'url'>,
	chartUrl: string
): string {
	return `“${figure.title}”. citecharts, from ${describeArticle(article)} (${article.url}). ${chartUrl}`;
}
