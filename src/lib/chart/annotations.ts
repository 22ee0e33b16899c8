import type { ResolvedValue } from '$lib/provenance/resolved';
import { checkLabel } from './checks';
import { formatValue } from './format';
import { FONT_FAMILY } from './theme';

/** Bar thickness in CSS pixels; each bar's label sits just above half of it. */
export const BAR_THICKNESS = 24;

/** A Chart.js font in the charts' family (with the script face of the words' language, if any). */
export const font = (size: number, weight: number | 'bold' = 400, style: 'normal' | 'italic' = 'normal', family = FONT_FAMILY) => ({
	family,
	size,
	weight,
	style,
	lineHeight: 1.3
});

/** The words at a bar's end: the value as readers see it, the article's own words, and the poll's value. */
export function valueLabel(v: ResolvedValue): string[] {
	const lines = [formatValue(v), v.quote ? `“${v.quote.phrase}”` : 'derived'];
	return v.check ? [...lines, checkLabel(v.check)] : lines;
}
