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
