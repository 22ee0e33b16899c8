import type { CitedQuote, ResolvedFigure } from './resolved';

/** A cited stretch of the article to highlight in the source view. */
export interface Highlight {
	offset: number;
	length: number;
	/** Anchor id of the mark (`asahi-poll`). */
	id: string;
	/** Chart the quote is cited in, if any. */
	chart: string | null;
}

export type Segment = { text: string; mark: null } | { text: string; mark: Highlight };

export interface Paragraph {
	/** 1-based line of the file. */
	number: number;
	segments: Segment[];
	/** Highlights in this paragraph, in reading order. */
	marks: Highlight[];
}

/**
 * Splits the article into its lines and each line into plain and highlighted text. Joining a
 * paragraph's segments gives its line back exactly. Overlapping highlights are an error.
 */
export function segmentArticle(article: string, highlights: Highlight[]): Paragraph[] {
	const sorted = [...highlights].sort((a, b) => a.offset - b.offset);
	sorted.forEach((h, i) => {
		const next = sorted[i + 1];
		if (next && next.offset < h.offset + h.length) {
			throw new Error(`highlights ${h.id} and ${next.id} overlap at offset ${next.offset}`);
		}
	});
	let lineStart = 0;
	return article.split('\n').map((line, index) => {
		const start = lineStart;
		const end = start + line.length;
		lineStart = end + 1;
		const marks = sorted.filter((h) => h.offset >= start && h.offset < end);
		const segments: Segment[] = [];
		let at = start;
		for (const h of marks) {
			if (h.offset + h.length > end) throw new Error(`highlight ${h.id} crosses the end of paragraph ${index + 1}`);
			if (h.offset > at) segments.push({ text: article.slice(at, h.offset), mark: null });
			segments.push({ text: article.slice(h.offset, h.offset + h.length), mark: h });
			at = h.offset + h.length;
		}
		if (at < end || segments.length === 0) segments.push({ text: article.slice(at, end), mark: null });
		return { number: index + 1, segments, marks };
	});
}

/** A figure's quoted values as highlights: the first is `#{slug}`, the others `#{slug}-{id}`. */
export function figureHighlights(figure: Pick<ResolvedFigure, 'slug' | 'values'>): (Highlight & { quote: CitedQuote })[] {
	return figure.values
		.flatMap((v) => (v.quote ? [{ id: v.id, quote: v.quote }] : []))
		.map(({ id, quote }, i) => ({
			offset: quote.offset,
			length: quote.length,
			id: i === 0 ? figure.slug : `${figure.slug}-${id}`,
			chart: figure.slug,
			quote
		}));
}

/** Quotes grouped by the sentence they stand in, so a caption shows each sentence once. */
export function groupBySentence<T extends { quote: CitedQuote }>(items: T[]): { sentence: CitedQuote['sentence']; items: T[] }[] {
	const groups: { sentence: CitedQuote['sentence']; items: T[] }[] = [];
	for (const item of items) {
		const group = groups.find((g) => g.sentence.offset === item.quote.sentence.offset);
		if (group) group.items.push(item);
		else groups.push({ sentence: item.quote.sentence, items: [item] });
	}
	return groups;
}
