import type { Article, Figure, FigureUnit, NotFigureReason, Qualifier, StatedQualifier } from '$lib/content/types';
import type { ArticleLine } from './article-lines';
import type { LocatedQuote, Span } from './quote';
import type { PublicMention } from './reader';
import type { Verdict } from '$lib/polls/verdict';

export type { Span };

/** A mention as pages and data files carry it: the reader's fields, without its internals. */
export type ReadNumber = PublicMention;

/** A stated quote with the number it holds ("nearly 70%") and its whole sentence. */
export interface CitedQuote extends LocatedQuote {
	/** The number's words as the article writes them, hedge and emphasis included ("only 20%"). */
	phrase: string;
	/** The number the quote cites, as the reader reads it; null for a quote that cites none. */
	number: ReadNumber | null;
	sentence: Span;
}

export interface ResolvedValue {
	id: string;
	label: string;
	value: number;
	/** A range's high end. */
	high?: number;
	/** The figure's unit; `pt` for the stated change of a `change` figure's row. */
	unit: FigureUnit;
	/** What a count counts ("respondents"), as the reader reads it beside the number. */
	noun?: string;
	/** Money's ISO 4217 currency. */
	currency?: string;
	/** `change` and `trend` figures: the id of the wave the value belongs to. */
	wave?: string;
	qualifier: Qualifier;
	/**
	 * How readers see the value: its own qualifier when stated; for a derived value, `approx` when
	 * any input is not exact ("≈10%"), else `exact`.
	 */
	shown: StatedQualifier;
	/** The hedge approaches from below ("nearly 70%"): claim checks read it. */
	approach?: 'below';
	/** The words the value comes from; null for derived values. */
	quote: CitedQuote | null;
	/** For derived values, the formula and the ids it reads. */
	formula: string | null;
	inputs: string[];
	/** The claim check against the poll answer the value reports; absent where no poll is linked. */
	check?: ResolvedCheck;
}

/** The noun (or currency) every one of `values` has, when they all have the same one. */
export function sharedField(values: readonly Pick<ResolvedValue, 'noun' | 'currency'>[], key: 'noun' | 'currency'): string | undefined {
	const found = new Set(values.map((v) => v[key]));
	const [only] = found;
	return found.size === 1 ? only : undefined;
}

/** A stated value checked against its poll (DESIGN.md: JSON `values[i].check`). */
export interface ResolvedCheck {
	poll: string;
	question: string;
	answer: string;
	match: 'named' | 'inferred';
	/** Why citecharts matched an inferred link; null for a named one. */
	why: string | null;
	pollValue: number;
	verdict: Verdict;
	/** The article's value − the poll's, in points. */
	difference: number;
	/** The poll's title and the answer's label as the poll record words them. */
	pollTitle: string;
	answerLabel: string;
	/** The language the poll record words its answers in (`Poll.lang`). */
	answerLang: string;
}

export interface ResolvedFigure extends Omit<Figure, 'values' | 'interpretation' | 'draft'> {
	/** Its article's language: the language of its title, labels and quotes. */
	lang: string;
	values: ResolvedValue[];
	interpretation: CitedQuote | null;
}

/** One entry of an article's numbers index: a number the reader found, where, and its charts. */
export interface IndexedNumber {
	number: ReadNumber;
	/** 1-based paragraph (line) of the file. */
	paragraph: number;
	sentence: Span;
	/** Slugs of the figures that chart it, in reading order. */
	charts: string[];
}

/** A number set aside from the index, and why. */
export interface SetAsideNumber {
	number: ReadNumber;
	reason: NotFigureReason;
}

export interface ResolvedArticle extends Omit<Article, 'notFigures' | 'draft' | 'lang'> {
	/** The file's base name: `/sources/{id}`. */
	id: string;
	/** The language of its words (BCP 47), `en` where the module names none. */
	lang: string;
	/** The file, verbatim. */
	text: string;
	/** The article's own headline, verbatim; null when the text has none (the title is citecharts'). */
	headline: ArticleLine | null;
	/** The publisher's disclaimer, verbatim; null when the text has none. */
	disclaimer: ArticleLine | null;
	/** Every number the reader finds that is a figure, charted or not, in reading order. */
	numbers: IndexedNumber[];
	/** Dates, ordinals, and the numbers the article module declares not figures. */
	setAside: SetAsideNumber[];
}

/** What a page needs to cite an article, without its full text. */
export type ArticleSummary = Omit<ResolvedArticle, 'text' | 'numbers'>;

/** One broken rule, located precisely enough to fix. */
export interface ProvenanceIssue {
	/** The content file, such as `src/lib/content/figures/asahi-poll.ts`. */
	file: string;
	/** Path of the offending field, such as `values[1].quote`. */
	field: string;
	/** "rule 1" ... "rule 8" of DESIGN.md's honesty rules. */
	rule: string;
	problem: string;
}

export class ProvenanceError extends Error {
	constructor(readonly issues: ProvenanceIssue[]) {
		super(
			`${issues.length} content problem${issues.length === 1 ? '' : 's'}:\n` +
				issues.map((i) => `  ${i.file}: ${i.field}: ${i.rule}: ${i.problem}`).join('\n')
		);
		this.name = 'ProvenanceError';
	}
}

