/**
 * Every size the site draws or publishes a chart at, written once: exported images, the social
 * card, the still images, the embed's frame and the boxes charts sit in on each page. The pages'
 * CSS reads the layout widths from here too (css.ts), so a box's width is never restated.
 */
import type { ResolvedFigure } from '$lib/provenance/resolved';

/** CSS width exported images are laid out at; PNGs scale it, so every size has one layout. */
export const EXPORT_WIDTH = 720;
/** Pixel density of the built PNG: 1440 px wide. */
export const EXPORT_SCALE = 2;
/** The social card: laid out at 800×420 CSS px, drawn at 1.5x to give 1200×630. */
export const CARD = { width: 800, height: 420, scale: 1.5 } as const;
/** The card in pixels, as `og:image:width` and the download list give it. */
export const CARD_PIXELS = { width: CARD.width * CARD.scale, height: CARD.height * CARD.scale } as const;

/** Height each bar's row takes: the bar, its label above, its value beside. */
const BAND = 92;
/**
 * A change figure's row is taller: the newer bar's heading carries its wave and the stated change
 * with its quote, three lines at 360 px, which crowded the previous bar's value in a 92 px row.
 */
const CHANGE_BAND = 112;
const CHROME_HEIGHT = 150;
/** A split figure's key: one row per part under the bar, room for a label of two lines and its value. */
const SPLIT_KEY_ROW = 64;
/** A trend's columns: one height whatever the number of waves, so waves widen rather than grow. */
const TREND_HEIGHT = 300;

type Sized = Pick<ResolvedFigure, 'values' | 'kind'>;

/** The bars a row chart draws: every value but a change figure's stated changes. */
export const barCount = (figure: Sized) => figure.values.filter((v) => v.unit !== 'pt' || figure.kind !== 'change').length;

/** The height of one bar's row in CSS pixels, for the figure's kind. */
export const bandHeight = (figure: Pick<ResolvedFigure, 'kind'>) => (figure.kind === 'change' ? CHANGE_BAND : BAND);

/** Canvas height in CSS pixels that gives every bar its label room; `chrome` adds title and source. */
export function chartHeight(figure: Sized, chrome = false): number {
	const kind = figure.kind ?? 'parts';
	const plot = kind === 'trend' ? TREND_HEIGHT : kind === 'split' ? (figure.values.length + 1) * SPLIT_KEY_ROW + 40 : barCount(figure) * bandHeight(figure) + 88;
	return plot + (chrome ? CHROME_HEIGHT : 0);
}

/** The built PNG in pixels (`/charts/{slug}.png`), as the download list and oEmbed's thumbnail give it. */
export const exportPixels = (figure: Sized) => ({
	width: EXPORT_WIDTH * EXPORT_SCALE,
	height: chartHeight(figure, true) * EXPORT_SCALE
});

/** Height of the embed page around its chart: title, subtitle, source line and padding. */
export const embedHeight = (figure: Sized) => chartHeight(figure) + 150;

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

/**
 * Layout widths of the still images a page shows before Chart.js draws (and instead of it without
 * JavaScript), each at `STILL_SCALE`. The browser picks one with `<picture>` (stills.ts).
 */
export const STILL_WIDTHS = [320, 400, 480, 600, 800] as const;
export const STILL_SCALE = 2;

/** How wide a chart's box is at a given viewport: `viewport - pad`, at most `max`. */
export interface ChartBox {
	pad: number;
	max: number;
	/** From this viewport width up, the box is at least `width` wide (two columns). */
	columns?: { from: number; width: number };
}

/** The pages' layout in CSS pixels; app.css and the pages read these as custom properties. */
export const LAYOUT = {
	/** `.wrap`: the site's column and its side padding. */
	wrapMax: 1152,
	wrapPad: 16,
	/** A chart page's column. */
	pageMax: 832,
	/** The dashboard's chart cards: at least this wide, this far apart. */
	cardMin: 480,
	cardGap: 32,
	/** The embed's side padding: its chart is as wide as the frame less this on each side. */
	embedPad: 14
} as const;

const twoCards = 2 * LAYOUT.cardMin + LAYOUT.cardGap;

/** The box each page's chart sits in, derived from the layout above. */
export const CHART_BOXES = {
	page: { pad: 2 * LAYOUT.wrapPad, max: LAYOUT.pageMax },
	// Cards share a row once two fit; each is then at least `cardMin` wide.
	dashboard: { pad: 2 * LAYOUT.wrapPad, max: twoCards, columns: { from: twoCards + 2 * LAYOUT.wrapPad, width: LAYOUT.cardMin } },
	// However wide the host makes the frame.
	embed: { pad: 2 * LAYOUT.embedPad, max: 10_000 }
} as const satisfies Record<string, ChartBox>;
