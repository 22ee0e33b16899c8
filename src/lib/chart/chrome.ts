import { sourceLine } from '$lib/provenance/citation';
import type { ResolvedArticle, ResolvedFigure } from '$lib/provenance/resolved';
import type { ChartChrome } from './config';

/** Title, subtitle and source line drawn into an exported image, wherever it is drawn. */
export function exportChrome(
	figure: Pick<ResolvedFigure, 'title' | 'subtitle' | 'source'>,
	article: Pick<ResolvedArticle, 'kind' | 'outlet' | 'url'>,
	chartUrl: string
): ChartChrome {
	return { title: figure.title, subtitle: figure.subtitle, source: sourceLine(figure, article, chartUrl) };
}
