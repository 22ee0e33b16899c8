import { exportChrome } from '$lib/chart/chrome';
import { CARD, EXPORT_SCALE, EXPORT_WIDTH, STILL_SCALE } from '$lib/chart/sizes';
import { DEFAULT_THEME, THEMES, type ThemeName } from '$lib/chart/theme';
import type { ResolvedArticle, ResolvedFigure } from '$lib/provenance/resolved';
import { renderPng, renderSvg, type RenderRequest } from './render';

/**
 * What every exported image of a figure shares: the default (light) theme, title and source line drawn in.
 * `pageUrl` is the chart page's absolute URL, which the source line names; routes compute it.
 */
function exportRequest(figure: ResolvedFigure, article: ResolvedArticle, pageUrl: string): RenderRequest {
	const chrome = exportChrome(figure, article, pageUrl);
	return { figure, theme: THEMES[DEFAULT_THEME], width: EXPORT_WIDTH, scale: EXPORT_SCALE, chrome };
}

export const figurePng = (figure: ResolvedFigure, article: ResolvedArticle, pageUrl: string) => renderPng(exportRequest(figure, article, pageUrl));

export const figureSvg = (figure: ResolvedFigure, article: ResolvedArticle, pageUrl: string) => renderSvg(exportRequest(figure, article, pageUrl));

/** The chart as a page draws it (no title or source: the page shows those as text). */
export const figureStill = (figure: ResolvedFigure, theme: ThemeName, width: number) =>
	renderPng({ figure, theme: THEMES[theme], width, scale: STILL_SCALE, chrome: null });

export const figureCard = (figure: ResolvedFigure, article: ResolvedArticle, pageUrl: string) =>
	renderPng({ ...exportRequest(figure, article, pageUrl), ...CARD });
