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

/** Highlighted text: the anchors that start here, and the charts whose quotes cover it. */
export interface Mark {
	/** Anchor ids of the highlights that begin at this segment; the first is the mark's own id. */
	anchors: string[];
	charts: string[];
}

export type Segment = { text: string; mark: null } | { text: string; mark: Mark };

export interface Paragraph {
	/** 1-based line of the file. */
	number: number;
	segments: Segment[];
	/** Highlights in this paragraph, in reading order. */
	marks: Highlight[];
}

/**
 * Splits the article into its lines and each line into plain and highlighted text. Joining a
 * paragraph's segments gives its line back exactly. Highlights may overlap (two charts citing one
 * sentence): the text is cut at every edge, and each piece lists every highlight over it.
 */
export function segmentArticle(article: string, highlights: Highlight[]): Paragraph[] {
	const sorted = [...highlights].sort((a, b) => a.offset - b.offset || b.length - a.length);
	let lineStart = 0;
	let next = 0;
	return article.split('\n').map((line, index) => {
		const start = lineStart;
		const end = start + line.length;
		lineStart = end + 1;
		const marks: Highlight[] = [];
		while (next < sorted.length && (sorted[next]?.offset ?? 0) < end + 1) {
			const h = sorted[next++] as Highlight;
			if (h.offset < start) continue;
			if (h.offset + h.length > end) throw new Error(`highlight ${h.id} crosses the end of paragraph ${index + 1}`);
			marks.push(h);
		}
		// A sweep over the edges keeps only the highlights open at each point, so a paragraph with
		// thousands of marks costs a sort, not marks × edges.
		const edges = [...new Set([start, end, ...marks.flatMap((h) => [h.offset, h.offset + h.length])])].sort((a, b) => a - b);
		const opening = new Map<number, Highlight[]>();
		for (const h of marks) opening.set(h.offset, [...(opening.get(h.offset) ?? []), h]);
		const open: Highlight[] = [];
		const segments: Segment[] = [];
		for (const [i, from] of edges.entries()) {
			const to = edges[i + 1];
			for (let j = open.length - 1; j >= 0; j--) if ((open[j]?.offset ?? 0) + (open[j]?.length ?? 0) <= from) open.splice(j, 1);
			const starting = opening.get(from) ?? [];
			open.push(...starting);
			if (to === undefined || to === from) continue;
			const text = article.slice(from, to);
			if (!open.length) segments.push({ text, mark: null });
			else {
				const charts = [...new Set(open.flatMap((h) => (h.chart ? [h.chart] : [])))];
				segments.push({ text, mark: { anchors: starting.map((h) => h.id), charts } });
			}
		}
		if (segments.length === 0) segments.push({ text: '', mark: null });
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
