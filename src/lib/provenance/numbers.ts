/** Numbers as an article writes them: digits ("23%") or words ("three waves"). */

const WORDS: Record<string, number> = {
	one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
	eleven: 11, twelve: 12, twenty: 20, thirty: 30, hundred: 100
};

/** Words that make the number after them approximate. "only" is emphasis, not a hedge. */
export const HEDGES = ['nearly', 'about', 'around', 'almost', 'approximately', 'roughly'] as const;

const NUMBER = new RegExp(`\\b(\\d+(?:\\.\\d+)?|${Object.keys(WORDS).join('|')})\\b(%?)`, 'gi');
/** Emphasis the article puts before a number; kept in the phrase, but no hedge. */
const EMPHASIS = ['only', 'just'];
const QUALIFIER = new RegExp(`\\b(${[...HEDGES, ...EMPHASIS].join('|')})\\s+$`, 'i');

export interface NumberInText {
	value: number;
	/** The number as written, with its % sign and any hedge word before it ("nearly 70%"). */
	phrase: string;
	hedged: boolean;
	/** Written with a % sign. */
	percent: boolean;
	/** Index of `phrase` within the searched text. */
	index: number;
	/** Index and length of the number itself ("70%"), without the word before it. */
	at: number;
	length: number;
}

/** Every number written in `text`, with the hedge word that qualifies it, if any. */
export function numbersIn(text: string): NumberInText[] {
	return [...text.matchAll(NUMBER)].map((m) => {
		const written = m[1] ?? '';
		const before = text.slice(0, m.index);
		const qualifier = QUALIFIER.exec(before);
		const index = qualifier ? qualifier.index : m.index;
		return {
			value: WORDS[written.toLowerCase()] ?? Number(written),
			phrase: text.slice(index, m.index + m[0].length),
			hedged: (HEDGES as readonly string[]).includes(qualifier?.[1]?.toLowerCase() ?? ''),
			percent: m[2] === '%',
			index,
			at: m.index,
			length: m[0].length
		};
	});
}

/**
 * The number at `at` read in its place in the article, so a hedge just before a quote still
 * counts: quoting "70% of Japanese people" does not drop the article's "nearly".
 */
export function numberInArticle(article: string, at: number, length: number): NumberInText | undefined {
	const lineStart = article.lastIndexOf('\n', at - 1) + 1;
	const found = numbersIn(article.slice(lineStart, at + length)).at(-1);
	return found && { ...found, index: found.index + lineStart, at: found.at + lineStart };
}
