import { STILL_WIDTHS, type ChartBox } from './sizes';

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

/**
 * CSS that shows, of the stills inlined under `scope` (one element per width, each with the class
 * `still-{width}`), the one `<picture>` would pick from `stillSources`: the smallest by default,
 * and the first source whose media matches. Every rule names one class, so the cascade decides:
 * rules run from the last source to the first, giving the first matching source the last word.
 */
export function stillWidthCss(box: ChartBox, scope: string): string {
	const pick = (shown: number) =>
		STILL_WIDTHS.map((w) => `${scope} .still-${w}{display:${w === shown ? 'block' : 'none'}}`).join('');
	const media = stillSources(box).reverse().map(({ media, width }) => `@media ${media}{${pick(width)}}`);
	return pick(STILL_WIDTHS[0]) + media.join('');
}

/** Marks a chart's empty stills box that the server fills with the stills as inline SVG (ChartCanvas writes it). */
export const INLINE_STILLS = 'data-inline-stills';
