import type { QuoteRef } from '$lib/content/types';
import { readNumbers, type Mention } from './reader';
import { sentenceSpans } from './sentences';

/** A stretch of the article: offset and length into the file, and its text. */
export interface Span {
	offset: number;
	length: number;
	text: string;
}

/** A quote pinned to its place in the article. */
export interface LocatedQuote {
	text: string;
	/** 0-based character index into the whole article file. */
	offset: number;
	length: number;
	/** Which occurrence of the text this is (1-based). */
	occurrence: number;
	/** 1-based line of the file; one line is one paragraph. */
	paragraph: number;
}

export type LocateResult = { ok: true; quote: LocatedQuote } | { ok: false; problem: string };

/** Every 0-based index where `needle` starts in `haystack`. */
export function occurrencesOf(haystack: string, needle: string): number[] {
	const found: number[] = [];
	if (!needle) return found;
	for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
	return found;
}

/** The last index in sorted `starts` whose value is at most `offset`. */
function lastAtOrBefore(starts: readonly number[], offset: number): number {
	let [lo, hi] = [0, starts.length - 1];
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if ((starts[mid] ?? 0) <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/**
 * An article's text read once: its lines, sentences and numbers, so that locating a quote, its
 * paragraph, its sentence and the numbers in it costs a binary search, not a pass over the text.
 */
export class ArticleText {
	readonly lineStarts: number[] = [0];
	readonly sentences: { offset: number; length: number }[];
	readonly mentions: Mention[];
	private readonly sentenceStarts: number[];
	private readonly cores: number[];

	constructor(readonly text: string) {
		for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.lineStarts.push(at + 1);
		this.sentences = sentenceSpans(text, this.lineStarts);
		this.sentenceStarts = this.sentences.map((s) => s.offset);
		this.mentions = readNumbers(text);
		this.cores = this.mentions.map((m) => m.core.offset);
	}

	/** 1-based line (paragraph) that holds `offset`. */
	paragraphOf(offset: number): number {
		return lastAtOrBefore(this.lineStarts, offset) + 1;
	}

	/** The whole sentence (or sentences) that hold the span. */
	sentenceAround(span: { offset: number; length: number }): Span {
		const starts = this.sentenceStarts;
		const first = this.sentences[lastAtOrBefore(starts, span.offset)];
		const last = this.sentences[lastAtOrBefore(starts, span.offset + Math.max(span.length, 1) - 1)];
		const offset = Math.min(first?.offset ?? span.offset, span.offset);
		const end = Math.max(last ? last.offset + last.length : span.offset + span.length, span.offset + span.length);
		return { offset, length: end - offset, text: this.text.slice(offset, end) };
	}

	/** The mentions whose number stands inside the span, in order. */
	mentionsIn(span: { offset: number; length: number }): Mention[] {
		const found: Mention[] = [];
		for (let i = lastAtOrBefore(this.cores, span.offset); i < this.mentions.length; i++) {
			const m = this.mentions[i];
			if (!m || m.core.offset >= span.offset + span.length) break;
			if (m.core.offset >= span.offset && m.core.offset + m.core.length <= span.offset + span.length) found.push(m);
		}
		return found;
	}

	/** Finds a quote, insisting on an occurrence when the text repeats and on one paragraph. */
	locate(ref: QuoteRef): LocateResult {
		const found = occurrencesOf(this.text, ref.text);
		const quoted = JSON.stringify(ref.text);
		if (found.length === 0) return { ok: false, problem: `${quoted} is not in the article` };
		if (ref.occurrence === undefined && found.length > 1) {
			return { ok: false, problem: `${quoted} occurs ${found.length} times; name the occurrence (1-${found.length})` };
		}
		const occurrence = ref.occurrence ?? 1;
		const offset = found[occurrence - 1];
		if (!Number.isInteger(occurrence) || offset === undefined) {
			return { ok: false, problem: `occurrence ${occurrence} of ${quoted} does not exist (it occurs ${found.length} times)` };
		}
		const paragraph = this.paragraphOf(offset);
		if (ref.text.includes('\n')) {
			return { ok: false, problem: `${quoted} runs from paragraph ${paragraph} into paragraph ${this.paragraphOf(offset + ref.text.length - 1)}; a quote stays inside one paragraph` };
		}
		return { ok: true, quote: { text: ref.text, offset, length: ref.text.length, occurrence, paragraph } };
	}
}
