/** English number words, read only as far as they form one number ("twenty three", not "two three"). */

const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Record<string, number> = {
	ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
	seventeen: 17, eighteen: 18, nineteen: 19
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

type Kind = 'start' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'zero';
const FOLLOWS: Record<Kind, Kind[]> = {
	start: ['zero', 'unit', 'teen', 'tens'],
	zero: [],
	unit: ['hundred', 'scale'],
	teen: ['hundred', 'scale'],
	tens: ['unit', 'scale'],
	hundred: ['unit', 'teen', 'tens', 'scale'],
	scale: ['unit', 'teen', 'tens']
};

const kindOf = (w: string): Kind | null =>
	w === 'zero' ? 'zero' : w in UNITS ? 'unit' : w in TEENS ? 'teen' : w in TENS ? 'tens' : w === 'hundred' ? 'hundred' : w in SCALES ? 'scale' : null;

/** Every word the reader takes as part of a number, longest first so a regex prefers "seventy" to "seven". */
export const NUMBER_WORDS = ['zero', ...Object.keys(UNITS), ...Object.keys(TEENS), ...Object.keys(TENS), 'hundred', ...Object.keys(SCALES)].sort(
	(a, b) => b.length - a.length
);

/**
 * Reads the longest prefix of `written` ("Fifty-four", "one hundred and five") that is one
 * number; returns its value and how many characters of `written` it used.
 */
export function readWords(written: string): { value: number; length: number } | null {
	const parts = [...written.matchAll(/[A-Za-z]+/g)];
	let kind: Kind = 'start';
	let total = 0;
	let current = 0;
	let length = 0;
	let pendingAnd = false;
	for (const part of parts) {
		const word = part[0].toLowerCase();
		if (word === 'and' && (kind === 'hundred' || kind === 'scale') && !pendingAnd) {
			pendingAnd = true;
			continue;
		}
		const next = kindOf(word);
		if (!next || !FOLLOWS[kind].includes(next) || (pendingAnd && (next === 'scale' || next === 'hundred'))) break;
		if (next === 'hundred') current = (current || 1) * 100;
		else if (next === 'scale') {
			total += (current || 1) * (SCALES[word] ?? 1);
			current = 0;
		} else current += UNITS[word] ?? TEENS[word] ?? TENS[word] ?? 0;
		kind = next;
		pendingAnd = false;
		length = (part.index ?? 0) + word.length;
	}
	return length ? { value: total + current, length } : null;
}
