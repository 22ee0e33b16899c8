/**
 * The words around a number that the reader understands, each list written once. The hedge and
 * bound words are exactly those of DESIGN.md's claim-check table; any other word leaves a number
 * exact.
 */
import type { Qualifier } from './types';

export interface QualifierWord {
	qualifier: Qualifier;
	approach?: 'below';
}

/** Words that stand right before the number (longest first where one contains another). */
export const BEFORE: [string, QualifierWord][] = [
	['nearly', { qualifier: 'approx', approach: 'below' }],
	['almost', { qualifier: 'approx', approach: 'below' }],
	['close to', { qualifier: 'approx', approach: 'below' }],
	['近', { qualifier: 'approx', approach: 'below' }],
	['approximately', { qualifier: 'approx' }],
	['an estimated', { qualifier: 'approx' }],
	['roughly', { qualifier: 'approx' }],
	['around', { qualifier: 'approx' }],
	['about', { qualifier: 'approx' }],
	['some', { qualifier: 'approx' }],
	['~', { qualifier: 'approx' }],
	['約', { qualifier: 'approx' }],
	['约', { qualifier: 'approx' }],
	// "No more than 30%" bounds from above: these come before "more than", which they contain.
	['no more than', { qualifier: 'at-most' }],
	['not more than', { qualifier: 'at-most' }],
	['no less than', { qualifier: 'at-least' }],
	['not less than', { qualifier: 'at-least' }],
	['no fewer than', { qualifier: 'at-least' }],
	['not fewer than', { qualifier: 'at-least' }],
	['more than', { qualifier: 'more-than' }],
	['surpassed', { qualifier: 'more-than' }],
	['exceeding', { qualifier: 'more-than' }],
	['above', { qualifier: 'more-than' }],
	['over', { qualifier: 'more-than' }],
	['超过', { qualifier: 'more-than' }],
	['超', { qualifier: 'more-than' }],
	['at least', { qualifier: 'at-least' }],
	['fewer than', { qualifier: 'less-than' }],
	['less than', { qualifier: 'less-than' }],
	['under', { qualifier: 'less-than' }],
	['below', { qualifier: 'less-than' }],
	['不到', { qualifier: 'less-than' }],
	['up to', { qualifier: 'at-most' }],
	['at most', { qualifier: 'at-most' }]
];

/** Words that stand right after the number and its unit. */
export const AFTER: [string, QualifierWord][] = [
	['or more', { qualifier: 'at-least' }],
	['以上', { qualifier: 'at-least' }],
	['未満', { qualifier: 'less-than' }],
	['以下', { qualifier: 'at-most' }],
	['超', { qualifier: 'more-than' }],
	['近く', { qualifier: 'approx', approach: 'below' }]
];

/** Verbs and nouns of change, and the sign each gives ("fell 1.1 points" is −1.1). */
export const CHANGE_WORDS: [string, 1 | -1][] = [
	...['up', 'rose', 'risen', 'rise', 'rises', 'rising', 'gained', 'gain', 'gains', 'jumped', 'jump', 'jumps', 'increased', 'increase', 'increases', 'increasing', 'climbed', 'climb', 'climbs', 'climbing', 'gaining', 'jumping', 'soared', 'soar', 'soars', 'surged', 'surge', 'surges', 'edged up'].map((w): [string, 1] => [w, 1]),
	...['down', 'fell', 'fallen', 'fall', 'falls', 'dropped', 'drop', 'drops', 'slipped', 'slip', 'slips', 'dipped', 'dip', 'dips', 'declined', 'decline', 'declines', 'decreased', 'decrease', 'decreases', 'decreasing', 'lost', 'loss', 'lose', 'loses', 'falling', 'dropping', 'slipping', 'declining', 'plunged', 'plunge', 'plunges', 'slid', 'slide', 'slides', 'sank', 'sink', 'sinks', 'tumbled', 'tumble', 'tumbles', 'edged down'].map((w): [string, -1] => [w, -1])
];

/** Chinese and Japanese words of change, before (上升2个百分点) or after (2ポイント増) the number. */
export const CJK_CHANGE_BEFORE: [string, 1 | -1][] = [['上升', 1], ['增加', 1], ['提高', 1], ['增长', 1], ['下降', -1], ['下跌', -1], ['减少', -1], ['降低', -1]];
export const CJK_CHANGE_AFTER: [string, 1 | -1][] = [['増加', 1], ['上昇', 1], ['増', 1], ['上が', 1], ['アップ', 1], ['減少', -1], ['低下', -1], ['下落', -1], ['減', -1], ['下が', -1], ['ダウン', -1]];

/** Month names as a date writes them, capitalised: "may" in lower case is a verb. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];

export const TIME_NOUNS = ['seconds', 'second', 'minutes', 'minute', 'hours', 'hour', 'days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year', 'decades', 'decade'];
/** Words allowed between a number and its time noun ("five straight months"). */
export const TIME_FILLERS = ['straight', 'consecutive', 'successive', 'full', 'more', 'recent', 'past', 'previous', 'last', 'next'];

/** Currency words after a number, and symbols before it. */
export const CURRENCY_AFTER: [string, string][] = [
	['yen', 'JPY'], ['dollars', 'USD'], ['dollar', 'USD'], ['euros', 'EUR'], ['euro', 'EUR'],
	['pounds', 'GBP'], ['pound', 'GBP'], ['won', 'KRW'], ['yuan', 'CNY'], ['renminbi', 'CNY'],
	['円', 'JPY'], ['美元', 'USD'], ['ドル', 'USD'], ['元', 'CNY'], ['人民币', 'CNY']
];
export const CURRENCY_BEFORE: [string, string][] = [['US$', 'USD'], ['$', 'USD'], ['¥', 'JPY'], ['￥', 'JPY'], ['€', 'EUR'], ['£', 'GBP'], ['₩', 'KRW']];
export const MONEY_SCALES: Record<string, number> = { million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, bn: 1e9 };

/** Verbs after a bare number that say it counts people ("1,030 responded"). */
export const PEOPLE_VERBS = ['were selected', 'were chosen', 'were sampled', 'responded', 'answered', 'replied', 'participated', 'took part', 'were surveyed', 'were polled', 'were interviewed', 'selected', 'voted', 'said'];

/** Words that may stand between a number and its noun ("1,899 valid responses"). */
export const NOUN_ADJECTIVES = ['valid', 'eligible', 'registered', 'likely', 'adult', 'randomly', 'other', 'more', 'new', 'different', 'japanese', 'american', 'chinese', 'korean', 'british'];

/** Words ending in "s" that are not plural nouns. */
export const NOT_NOUNS = ['is', 'was', 'has', 'does', 'says', 'thus', 'this', 'plus', 'its', 'his', 'us', 'yes', 'as', 'less', 'across', 'whereas', 'unless', 'always', 'perhaps', 'percents'];

/** CJK counters: the noun a number counts (1,899人). */
export const CJK_COUNTERS = ['人', '名', '件', '世帯', '社', '票', '回答'];
