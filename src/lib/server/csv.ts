import type { ResolvedArticle, ResolvedFigure } from '$lib/provenance/resolved';

export const CSV_COLUMNS = ['label', 'value', 'unit', 'qualifier', 'quote', 'formula', 'source_url'] as const;

/** RFC 4180: a field holding a comma, quote or line break is quoted, quotes doubled. */
export function csvField(value: string | number): string {
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A figure's data, one row per value. UTF-8 with a byte-order mark and CRLF line ends, so Excel
 * opens it with "≈" and curly quotes intact.
 */
export function toCsv(figure: ResolvedFigure, article: Pick<ResolvedArticle, 'url'>): string {
	const rows = figure.values.map((v) => [v.label, v.value, v.unit, v.qualifier, v.quote?.text ?? '', v.formula ?? '', article.url]);
	return '\uFEFF' + [CSV_COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
