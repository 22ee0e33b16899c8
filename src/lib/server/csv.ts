import { waveOf } from '$lib/chart/describe';
import type { ResolvedArticle, ResolvedFigure } from '$lib/provenance/resolved';

export const CSV_COLUMNS = ['label', 'value', 'unit', 'qualifier', 'quote', 'formula', 'source_url', 'poll_value', 'check', 'wave'] as const;

/** What makes a spreadsheet read a text cell as a formula (OWASP's list for CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180: a field holding a comma, quote or line break is quoted, quotes doubled. Text that a
 * spreadsheet would run as a formula (a label may hold any text) is prefixed with `'`, which the
 * spreadsheet shows as text; numbers are written as they are, so -4 stays a number.
 */
export function csvField(value: string | number): string {
	const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A figure's data, one row per value. UTF-8 with a byte-order mark and CRLF line ends, so Excel
 * opens it with "≈" and curly quotes intact.
 */
export function toCsv(figure: ResolvedFigure, article: Pick<ResolvedArticle, 'url'>): string {
	const rows = figure.values.map((v) => [v.label, v.value, v.unit, v.qualifier, v.quote?.text ?? '', v.formula ?? '', article.url, v.check?.pollValue ?? '', v.check?.verdict ?? '', waveOf(v, figure.waves) ?? '']);
	return '\uFEFF' + [CSV_COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
