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
	/** Index of `phrase` within the searched text. */
	index: number;
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
			index
		};
	});
}
