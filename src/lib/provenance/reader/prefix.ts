/** What stands right before a number: a hedge or bound, a word of change, a sign, "between". */
import { BEFORE, CHANGE_WORDS, CJK_CHANGE_BEFORE, MONTHS, type QualifierWord } from './lexicon';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isLatin = (s: string) => /^[a-z ]+$/i.test(s);
const alternation = (words: string[]) => words.map((w) => escape(w).replace(/ /g, '\\s+')).join('|');

const QUALIFIER_LATIN = new RegExp(`(?:^|[^A-Za-z])(${alternation(BEFORE.map(([w]) => w).filter(isLatin))})\\s+$`, 'di');
const QUALIFIER_SYMBOL = new RegExp(`(${alternation(BEFORE.map(([w]) => w).filter((w) => !isLatin(w)))})\\s*$`, 'd');
const QUALIFIERS = new Map(BEFORE.map(([w, q]) => [w, q]));
const CHANGE = new RegExp(`(?:^|[^A-Za-z])(${alternation(CHANGE_WORDS.map(([w]) => w))})(?:\\s+by)?(?:\\s+(?:only|just))?\\s+$`, 'di');
const CHANGE_NOUN = /(?:^|[^A-Za-z])((?:an?\s+)?(?:increase|decrease|drop|gain|rise|fall|decline|loss|jump)\s+of)\s+$/di;
const CJK_CHANGE = new RegExp(`(${CJK_CHANGE_BEFORE.map(([w]) => w).join('|')})了?$`, 'd');
const SIGNS = new Map<string, 1 | -1>([...CHANGE_WORDS, ...CJK_CHANGE_BEFORE]);
const SIGN = /(?:^|[\s([\u3000])([+\-−])$/d;
const BETWEEN = /(?:^|[^A-Za-z])(between)\s+$/di;
const MONTH = new RegExp(`(?:^|[^A-Za-z])(?:${MONTHS.join('|')})\\.?\\s+$`);
/** Words of position: after a verb of change they name the level reached ("fell below 40%"). */
const POSITIONAL = new Set(['below', 'under', 'above', 'over']);

/** What the prefix adds to a mention; `start` is where the mention's text begins. */
export interface Prefix {
	start: number;
	qualifier?: QualifierWord;
	/** The qualifier as written, lower case ("over"). */
	qualifierWord?: string;
	/** A word of change or a sign: the number is a signed change. */
	sign?: 1 | -1;
	/** The change word was a verb or noun ("fell", "a drop of"), not a bare sign. */
	changeWord?: boolean;
	/** The change stands just inside "(", as in "(down 0.4)". */
	inParens?: boolean;
	between?: boolean;
	/** A month name stands right before: "April 27" is a date. */
	afterMonth?: boolean;
}

/**
 * Reads the words before a number at `at`, never looking further back than `floor` (the end of
 * the previous mention) or a bounded window, so reading stays linear in the text's length.
 */
export function readPrefix(text: string, at: number, floor: number): Prefix {
	// One character before the window stays in it, so "^" in a pattern means the text's start,
	// never the end of the previous mention ("47%-42%" is no minus sign).
	const lead = Math.max(floor, at - 48) > 0 ? 1 : 0;
	const from = Math.max(floor, at - 48) - lead;
	let window = text.slice(from, at);
	const prefix: Prefix = { start: at };
	// Every pattern here has the `d` flag: group 1's start is where the mention begins.
	const take = (m: RegExpExecArray) => {
		const start = m.indices?.[1]?.[0] ?? m.index;
		window = window.slice(0, start);
		prefix.start = from + start;
	};

	const sign = SIGN.exec(window);
	if (sign) {
		prefix.sign = sign[1] === '+' ? 1 : -1;
		take(sign);
	}
	const qualifier = QUALIFIER_LATIN.exec(window) ?? QUALIFIER_SYMBOL.exec(window);
	if (qualifier?.[1]) {
		const word = qualifier[1].toLowerCase().replace(/\s+/g, ' ');
		prefix.qualifier = QUALIFIERS.get(word);
		prefix.qualifierWord = word;
		take(qualifier);
	}
	const positional = prefix.qualifier && POSITIONAL.has(qualifier?.[1]?.toLowerCase() ?? '');
	const change = positional ? null : (CHANGE.exec(window) ?? CHANGE_NOUN.exec(window) ?? CJK_CHANGE.exec(window));
	if (change?.[1]) {
		const head = change[1].toLowerCase().replace(/^an?\s+/, '').replace(/\s+of$/, '');
		const wordSign = SIGNS.get(head) ?? 1;
		// A sign written against the verb ("fell by -5%") does not reverse it: the verb says which way.
		prefix.sign = wordSign;
		prefix.changeWord = true;
		take(change);
		prefix.inParens = /\(\s*$/.test(window);
	} else if (prefix.sign !== undefined) {
		prefix.inParens = /\(\s*$/.test(window);
	}
	if (!prefix.qualifier && prefix.sign === undefined) {
		const between = BETWEEN.exec(window);
		if (between) {
			prefix.between = true;
			take(between);
		} else if (MONTH.test(window)) prefix.afterMonth = true;
	}
	return prefix;
}
