/** What stands right after a number: its unit, the noun it counts, a bound ("or more", 以上). */
import { AFTER, CHANGE_WORDS, CJK_CHANGE_AFTER, CJK_COUNTERS, CURRENCY_AFTER, MONEY_SCALES, MONTHS, NOT_NOUNS, NOUN_ADJECTIVES, PEOPLE_VERBS, TIME_FILLERS, TIME_NOUNS, type QualifierWord } from './lexicon';
import { cjkToNumber } from './numerals';
import type { Unit } from './types';

export interface Suffix {
	end: number;
	unit: Unit;
	/** Multiplies the number: 割 (×10), "million", 万. */
	scale?: number;
	/** Adds to the scaled number: 3割8分 is 30 + 8. */
	add?: number;
	noun?: string;
	currency?: string;
	after?: QualifierWord;
	/** A word of change after the number: 2ポイント減 is −2. */
	sign?: 1 | -1;
	/** "(down 0.4)" and "(+2.9)" close their parenthesis right after. */
	closesParen?: boolean;
}

const alt = (words: string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
const sticky = (source: string, flags = '') => new RegExp(source, `y${flags}`);

const PERCENT = sticky(`(?:\\s?[%％]|[\\s-]?(?:percent|per\\s?cent|pct)\\b)`, 'i');
const POINTS = sticky(`(?:[\\s-]percentage[\\s-]points?\\b|[\\s-](?:points?|pts?)\\b|\\s*ポイント|\\s*[个個]百分[点點])`, 'i');
const WARI = /割(?:([0-9０-９一二三四五六七八九])分)?(?:([0-9０-９一二三四五六七八九])厘)?/y;
const SEI = /成/y;
const CURRENCY = new Map(CURRENCY_AFTER);
const MONEY = sticky(`(?:[\\s-]?(${alt(Object.keys(MONEY_SCALES))})\\b)?[\\s-]?(${alt(CURRENCY_AFTER.map(([w]) => w).filter((w) => /^[a-z]/.test(w)))})\\b`, 'i');
const MONEY_CJK = sticky(`(万|億|亿|兆)?(${alt(CURRENCY_AFTER.map(([w]) => w).filter((w) => !/^[a-z]/.test(w)))})`);
const SCALE_ONLY = sticky(`[\\s-]?(${alt(Object.keys(MONEY_SCALES))})\\b`, 'i');
const COUNTER = sticky(`(万|億|亿)?(${alt(CJK_COUNTERS)})`);
const ORDINAL = /(?:st|nd|rd|th)\b/iy;
const ISO_DATE = /-[01][0-9]-[0-3][0-9]\b/y;
const CJK_DATE = /[年月日]/y;
const CJK_TIME = /(?:か月|ヶ月|カ月|週間|日間|年間)/y;
const AGE = /(?:-year-old|\s+years?\s+old)\b/iy;
const TIME = sticky(`(?:[\\s-]+(?:${alt(TIME_FILLERS)}))?[\\s-]+(${alt(TIME_NOUNS)})\\b`, 'i');
const PEOPLE = sticky(`\\s+(?:${alt(PEOPLE_VERBS)})\\b`, 'i');
// A noun may be hyphenated ("3,150 e-books").
const NOUN = /\s+([a-z]+(?:-[a-z]+)*)(?:\s+([a-z]+(?:-[a-z]+)*))?/iy;
const MONTH_AFTER = sticky(`\\s+(?:${alt(MONTHS)})\\b`, 'i');
const AFTER_QUALIFIER = sticky(`\\s*(${alt(AFTER.map(([w]) => w))})`, 'i');
const AFTER_WORDS = new Map(AFTER.map(([w, q]) => [w, q]));
const CJK_CHANGE = new RegExp(`(${CJK_CHANGE_AFTER.map(([w]) => w).join('|')})`, 'y');
const CJK_SIGNS = new Map(CJK_CHANGE_AFTER);
const CHANGE_NOUN_AFTER = /\s+(increase|rise|gain|jump|drop|decline|decrease|fall|loss)\b/iy;
const NOUN_SIGNS = new Map(CHANGE_WORDS);
const CJK_SCALES: Record<string, number> = { 万: 1e4, 億: 1e8, 亿: 1e8, 兆: 1e12 };

function at(re: RegExp, text: string, index: number): RegExpExecArray | null {
	re.lastIndex = index;
	return re.exec(text);
}

const plural = (w: string) => /^(?=[a-z-]{4,}$)[a-z]+(?:-[a-z]+)*s$/i.test(w) && !NOT_NOUNS.includes(w.toLowerCase());

/** The unit and noun after a number ending at `end`; `digits` says how the number was written. */
export function readSuffix(text: string, end: number, core: { digits: boolean; value: number; written: string }): Suffix {
	const s = unitAfter(text, end, core);
	const bound = s.unit === 'date' || s.unit === 'ordinal' ? null : readAfter(text, s.end);
	if (bound) Object.assign(s, bound);
	s.closesParen = text[s.end] === ')';
	return s;
}

/** A bound written after the number and its unit ("30% or more", 7割以上). */
export function readAfter(text: string, index: number): { after: QualifierWord; end: number } | null {
	const bound = at(AFTER_QUALIFIER, text, index);
	const after = bound?.[1] && AFTER_WORDS.get(bound[1].toLowerCase().replace(/\s+/g, ' '));
	return bound && after ? { after, end: index + bound[0].length } : null;
}

function unitAfter(text: string, end: number, core: { digits: boolean; value: number; written: string }): Suffix {
	let m: RegExpExecArray | null;
	if ((m = at(PERCENT, text, end))) return { end: end + m[0].length, unit: '%' };
	if ((m = at(POINTS, text, end))) {
		// "2ポイント増", "a 6-point increase": the word of change comes after the points.
		const change = at(CJK_CHANGE, text, end + m[0].length) ?? at(CHANGE_NOUN_AFTER, text, end + m[0].length);
		const sign = change?.[1] ? (CJK_SIGNS.get(change[1]) ?? NOUN_SIGNS.get(change[1].toLowerCase())) : undefined;
		return { end: end + m[0].length + (change?.[0].length ?? 0), unit: 'pt', sign };
	}
	if ((m = at(WARI, text, end))) {
		const add = (m[1] ? cjkToNumber(m[1]) : 0) + (m[2] ? cjkToNumber(m[2]) / 10 : 0);
		return { end: end + m[0].length, unit: '%', scale: 10, add };
	}
	if (core.value <= 10 && (m = at(SEI, text, end))) return { end: end + m[0].length, unit: '%', scale: 10 };
	if ((m = at(MONEY, text, end))) {
		return { end: end + m[0].length, unit: 'money', scale: m[1] ? MONEY_SCALES[m[1].toLowerCase()] : 1, currency: CURRENCY.get((m[2] ?? '').toLowerCase()) };
	}
	if ((m = at(MONEY_CJK, text, end))) {
		return { end: end + m[0].length, unit: 'money', scale: m[1] ? CJK_SCALES[m[1]] : 1, currency: CURRENCY.get(m[2] ?? '') };
	}
	if ((m = at(COUNTER, text, end))) return { end: end + m[0].length, unit: 'count', scale: m[1] ? CJK_SCALES[m[1]] : 1, noun: m[2] };
	if (core.digits && (m = at(ORDINAL, text, end))) return { end: end + m[0].length, unit: 'ordinal' };
	if (core.digits && /^\d{4}$/.test(core.written) && (m = at(ISO_DATE, text, end))) return { end: end + m[0].length, unit: 'date' };
	if ((m = at(CJK_TIME, text, end))) return { end: end + m[0].length, unit: 'time', noun: m[0] };
	if (core.digits && (m = at(CJK_DATE, text, end))) return { end: end + m[0].length, unit: 'date' };
	if ((m = at(AGE, text, end))) return { end, unit: 'other' };
	if ((m = at(TIME, text, end))) return { end: end + m[0].length, unit: 'time', noun: m[1]?.toLowerCase() };
	if ((m = at(SCALE_ONLY, text, end))) {
		const scale = MONEY_SCALES[(m[1] ?? '').toLowerCase()];
		// "3.5 million people": a scaled count keeps its noun.
		const noun = at(NOUN, text, end + m[0].length);
		if (noun?.[1] && (plural(noun[1]) || /^people$/i.test(noun[1]))) {
			return { end: end + m[0].length + noun[0].indexOf(noun[1]) + noun[1].length, unit: 'count', scale, noun: noun[1].toLowerCase() };
		}
		return { end: end + m[0].length, unit: 'other', scale };
	}
	if (core.digits && /^(1[89]|20)\d\d$/.test(core.written)) return { end, unit: 'date' };
	if ((m = at(MONTH_AFTER, text, end)) && core.value >= 1 && core.value <= 31) return { end, unit: 'date' };
	if ((m = at(PEOPLE, text, end))) return { end, unit: 'count' };
	if ((m = at(NOUN, text, end)) && m[1]) {
		const [first, second] = [m[1], m[2]];
		const single = end + m[0].indexOf(first) + first.length;
		if (plural(first) || /^people$/i.test(first)) return { end: single, unit: 'count', noun: first.toLowerCase() };
		if (second && NOUN_ADJECTIVES.includes(first.toLowerCase()) && plural(second)) {
			return { end: end + m[0].length, unit: 'count', noun: `${first} ${second}`.toLowerCase() };
		}
	}
	return { end, unit: 'other' };
}
