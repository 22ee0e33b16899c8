import type { QuoteRef } from '$lib/content/types';

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

/** Every 0-based index where `needle` starts in `haystack`. */
export function occurrencesOf(haystack: string, needle: string): number[] {
	const found: number[] = [];
	if (!needle) return found;
	for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
		found.push(at);
	}
	return found;
}

export type LocateResult = { ok: true; quote: LocatedQuote } | { ok: false; problem: string };

/** Finds a quote in the article, insisting on an occurrence when the text repeats. */
export function locateQuote(article: string, ref: QuoteRef): LocateResult {
	const found = occurrencesOf(article, ref.text);
	if (found.length === 0) {
		return { ok: false, problem: `${JSON.stringify(ref.text)} is not in the article` };
	}
	if (ref.occurrence === undefined && found.length > 1) {
		return {
			ok: false,
			problem: `${JSON.stringify(ref.text)} occurs ${found.length} times; name the occurrence (1-${found.length})`
		};
	}
	const occurrence = ref.occurrence ?? 1;
	const offset = found[occurrence - 1];
	if (!Number.isInteger(occurrence) || offset === undefined) {
		return {
			ok: false,
			problem: `occurrence ${occurrence} of ${JSON.stringify(ref.text)} does not exist (it occurs ${found.length} times)`
		};
	}
	const paragraph = article.slice(0, offset).split('\n').length;
	return { ok: true, quote: { text: ref.text, offset, length: ref.text.length, occurrence, paragraph } };
}

// "U.S." ends in a period without ending a sentence.
const ABBREVIATION = /(?:^|[^A-Za-z])[A-Z]\.(?:[A-Z]\.)*$/;

function isSentenceEnd(line: string, i: number): boolean {
	const ch = line[i];
	if (ch !== '.' && ch !== '!' && ch !== '?') return false;
	let next = i + 1;
	while (line[next] === '"') next++;
	if (next >= line.length) return true;
	if (line[next] !== ' ') return false;
	const after = line[next + 1] ?? '';
	if (!/[A-Z0-9"]/.test(after)) return false;
	return !(ch === '.' && ABBREVIATION.test(line.slice(0, i + 1)) && line[i + 1] !== '"');
}

/** The whole sentence that holds the quote, as offset and length into the article. */
export function sentenceAround(article: string, quote: { offset: number; length: number }) {
	const lineStart = article.lastIndexOf('\n', quote.offset - 1) + 1;
	const lineEndAt = article.indexOf('\n', quote.offset);
	const lineEnd = lineEndAt === -1 ? article.length : lineEndAt;
	const line = article.slice(lineStart, lineEnd);
	let start = 0;
	for (let i = 0; i < quote.offset - lineStart; i++) {
		if (isSentenceEnd(line, i)) start = i + 1;
	}
	while (line[start] === '"' || line[start] === ' ') start++;
	let end = line.length;
	for (let i = quote.offset - lineStart + quote.length - 1; i < line.length; i++) {
		if (isSentenceEnd(line, i)) {
			end = i + 1;
			while (line[end] === '"') end++;
			break;
		}
	}
	const offset = lineStart + start;
	return { offset, length: lineStart + end - offset, text: article.slice(offset, lineStart + end) };
}
