/** Turns one number found in the text into a mention: its words before and after, its unit. */
import { round1 } from './numeral';
import { readPrefix, type Prefix } from './prefix';
import { readAfter, type Suffix } from './suffix';
import type { Mention, Qualifier } from './types';

const ORDINALS: Record<string, number> = {
	first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
	eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20
};
/** Ordinal words the core pattern looks for; "third" and "fifth" come through the share pattern. */
export const ORDINAL_WORDS = Object.keys(ORDINALS).filter((w) => w !== 'third' && w !== 'fifth' && w !== 'tenth');

const DENOMINATORS: Record<string, number> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10 };
const SHARE_FOLLOW = /\s+(?:of|said|say|says|think|thinks|thought|believe|believes|believed|support|supports|supported|oppose|opposes|opposed|want|wants|wanted|favou?r|favou?red|approve|approved|disapprove|disapproved|are|were|have|had|did|do|would|will|agree|agreed|disagree|disagreed|expect|expected|back|backed|reject|rejected|answered|responded|chose|choose|called|named|[a-z]+ed)\b/iy;
const ARTICLE_BEFORE = /(?:^|[^A-Za-z])(a|one)[\s-]+$/di;

/** A mention being assembled: where its words begin and end, and what the words around it say. */
export interface Draft {
	start: number;
	end: number;
	coreStart: number;
	coreEnd: number;
	value: number;
	prefix: Prefix;
	suffix: Suffix;
	/** Set where the form itself decides: a range, a verbal share, a bound share. */
	qualifier?: Qualifier;
	high?: number;
	/** A verbal share ("seven in 10", "half"): approximate unless bounded. */
	verbal?: boolean;
}

function stickyAt(re: RegExp, text: string, index: number) {
	re.lastIndex = index;
	return re.exec(text);
}
const noSuffix = (end: number): Suffix => ({ end, unit: '%' });

/** "a majority", "the majority of", 過半数 (more than half), 半数 (about half). */
export function majority(text: string, at: number, written: string, floor: number): Draft {
	const end = at + written.length;
	const bound = readAfter(text, end);
	const prefix = readPrefix(text, at, floor);
	const about = written === '半数';
	return {
		start: prefix.start,
		end: bound?.end ?? end,
		coreStart: at,
		coreEnd: end,
		value: 50,
		prefix,
		suffix: { end, unit: '%', after: bound?.after },
		qualifier: about ? 'approx' : 'more-than',
		verbal: about
	};
}

/** "half", "a third of": a share where the words around say so; otherwise an ordinal or nothing. */
export function share(text: string, at: number, written: string, floor: number): Draft | null {
	const word = written.toLowerCase();
	const end = at + written.length;
	const from = Math.max(floor, at - 8);
	const article = ARTICLE_BEFORE.exec(text.slice(from, at));
	const prefix = readPrefix(text, article ? from + (article.indices?.[1]?.[0] ?? article.index) : at, floor);
	// "the first half of the year" is a part of time, not a share of people.
	const partOfTime = !article && /\b(?:first|second|latter|former|other|the|this|that)\s+$/i.test(text.slice(Math.max(0, at - 10), at));
	const isShare = !partOfTime && (Boolean(prefix.qualifier) || Boolean(stickyAt(SHARE_FOLLOW, text, end)) || (word === 'half' && /^Half$/.test(written)));
	if (!isShare || (word !== 'half' && !article)) {
		return word in ORDINALS ? { start: at, end, coreStart: at, coreEnd: end, value: ORDINALS[word] ?? 0, prefix: { start: at }, suffix: { end, unit: 'ordinal' } } : null;
	}
	return { start: prefix.start, end, coreStart: at, coreEnd: end, value: round1(100 / (DENOMINATORS[word] ?? 1)), prefix, suffix: noSuffix(end), verbal: true };
}

export function ordinalWord(text: string, at: number, written: string): Draft {
	const end = at + written.length;
	return { start: at, end, coreStart: at, coreEnd: end, value: ORDINALS[written.toLowerCase()] ?? 0, prefix: { start: at }, suffix: { end, unit: 'ordinal' } };
}

const SIGNED = new Set(['%', 'pt', 'other', 'money']);
/** Rounds away binary noise: 3割8分7厘 is 38.7, not 38.699999999999996. */
const tidy = (n: number) => Math.round(n * 1e9) / 1e9;

/** The mention a draft stands for: unit, sign, qualifier and span settled. */
export function finish(text: string, d: Draft): Mention {
	let unit = d.suffix.unit;
	// "over two days" is a span of time, not a bound: the survey ran during two days.
	if (unit === 'time' && d.prefix.qualifierWord === 'over') d = { ...d, start: d.coreStart, prefix: { ...d.prefix, qualifier: undefined } };
	let value = tidy(d.value * (d.suffix.scale ?? 1) + (d.suffix.add ?? 0));
	const sign = d.prefix.sign ?? d.suffix.sign;
	if (sign !== undefined) {
		// A bare change in parentheses after a share, "(down 0.4)" or "(+2.9)", is in points.
		if (unit === 'other' && d.prefix.inParens && d.suffix.closesParen) unit = 'pt';
		if (SIGNED.has(unit)) value = sign * Math.abs(value);
	}
	const word = d.suffix.after ?? d.prefix.qualifier;
	const qualifier: Qualifier = d.qualifier === 'range' ? 'range' : (word?.qualifier ?? d.qualifier ?? (d.verbal ? 'approx' : 'exact'));
	const mention: Mention = {
		text: text.slice(d.start, d.end),
		offset: d.start,
		length: d.end - d.start,
		value,
		unit,
		qualifier,
		core: { offset: d.coreStart, length: d.coreEnd - d.coreStart }
	};
	if (d.high !== undefined) mention.high = tidy(d.high * (d.suffix.scale ?? 1));
	if (d.suffix.noun && (unit === 'count' || unit === 'time')) mention.noun = d.suffix.noun;
	if (d.suffix.currency && unit === 'money') mention.currency = d.suffix.currency;
	if (qualifier === 'approx' && word?.approach) mention.approach = word.approach;
	return mention;
}
