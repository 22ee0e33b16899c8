import { exportChrome, CARD, EXPORT_SCALE, EXPORT_WIDTH } from '$lib/chart/chrome';
import { THEMES, type ChartTheme } from '$lib/chart/theme';
import type { ResolvedArticle, ResolvedFigure } from '$lib/provenance/resolved';
import { figureUrls } from '$lib/site';
import { renderPng, renderSvg, type RenderRequest } from './render';

/** What every exported image of a figure shares: light theme, title and source line drawn in. */
function exportRequest(figure: ResolvedFigure, article: ResolvedArticle): RenderRequest {
	const chrome = exportChrome(figure, article, figureUrls(figure.slug).page);
	return { figure, theme: THEMES.light, width: EXPORT_WIDTH, scale: EXPORT_SCALE, chrome };
}

export const figurePng = (figure: ResolvedFigure, article: ResolvedArticle) => renderPng(exportRequest(figure, article));

export const figureSvg = (figure: ResolvedFigure, article: ResolvedArticle) => renderSvg(exportRequest(figure, article));

/** The chart as a page draws it (no title or source: the page shows those as text). */
export const figureStill = (figure: ResolvedFigure, theme: ChartTheme['name'], width: number) =>
	renderPng({ figure, theme: THEMES[theme], width, scale: 2, chrome: null });

export const figureCard = (figure: ResolvedFigure, article: ResolvedArticle) =>
	renderPng({ ...exportRequest(figure, article), ...CARD });
