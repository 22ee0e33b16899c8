import { sourceLine } from '$lib/provenance/citation';
import type { ResolvedArticle, ResolvedFigure } from '$lib/provenance/resolved';
import type { ChartChrome } from './config';

/** CSS width exported images are laid out at; PNGs scale it, so every size has one layout. */
export const EXPORT_WIDTH = 720;
/** Pixel density of the built PNG: 1440 px wide. */
export const EXPORT_SCALE = 2;
/** The social card: laid out at 800×420 CSS px, drawn at 1.5x to give 1200×630. */
export const CARD = { width: 800, height: 420, scale: 1.5 } as const;

/** Widths a reader may ask the browser to draw, in pixels. */
export const PNG_WIDTHS = { min: 320, max: 4000, presets: [800, 1600, 2400] } as const;

/** Keeps a requested width in range, saying so when it had to change it. */
export function clampWidth(requested: number): { width: number; note: string | null } {
	if (!Number.isFinite(requested)) {
		return { width: PNG_WIDTHS.presets[1], note: `“${requested}” is not a width; using ${PNG_WIDTHS.presets[1]} px.` };
	}
	const width = Math.round(Math.min(PNG_WIDTHS.max, Math.max(PNG_WIDTHS.min, requested)));
	if (width === Math.round(requested)) return { width, note: null };
	const bound = width === PNG_WIDTHS.max ? `above the largest, ${PNG_WIDTHS.max}` : `below the smallest, ${PNG_WIDTHS.min}`;
	return { width, note: `${requested} px is ${bound} px; using ${width} px.` };
}

/** Title, subtitle and source line drawn into an exported image, wherever it is drawn. */
export function exportChrome(
	figure: Pick<ResolvedFigure, 'title' | 'subtitle' | 'source'>,
	article: Pick<ResolvedArticle, 'kind' | 'outlet' | 'url'>,
	chartUrl: string
): ChartChrome {
	return { title: figure.title, subtitle: figure.subtitle, source: sourceLine(figure, article, chartUrl) };
}

/**
 * Layout widths of the still images a page shows before Chart.js draws (and instead of it without
 * JavaScript), each at 2x. The browser picks one with `srcset`.
 */
export const STILL_WIDTHS = [320, 400, 480, 600, 800] as const;
export type StillTheme = 'light' | 'dark';

export const stillPath = (slug: string, theme: StillTheme, width: number) => `/charts/${slug}/still-${theme}-${width}.png`;

/** How wide a chart's box is at a given viewport: `viewport - pad`, at most `max`. */
export interface ChartBox {
	pad: number;
	max: number;
	/** From this viewport width up, the box is `width` wide (two columns). */
	columns?: { from: number; width: number };
}

/**
 * `<source media>` for each still, widest first: a box shows the widest still that fits it, so
 * the still is never scaled down and its labels keep their size.
 */
export function stillSources(box: ChartBox): { media: string; width: number }[] {
	const fitting = (width: number) => [...STILL_WIDTHS].reverse().find((w) => w <= width) ?? STILL_WIDTHS[0];
	const below = box.columns ? ` and (max-width: ${box.columns.from - 1}px)` : '';
	const single = [...STILL_WIDTHS]
		.reverse()
		.filter((w) => w <= box.max && w > STILL_WIDTHS[0])
		.map((w) => ({ media: `(min-width: ${w + box.pad}px)${below}`, width: w }));
	return box.columns ? [{ media: `(min-width: ${box.columns.from}px)`, width: fitting(box.columns.width) }, ...single] : single;
}
