import type { Article, Figure, Qualifier } from '$lib/content/types';
import type { LocatedQuote } from './quote';

/** A stretch of the article: offset and length into the file, and its text. */
export interface Span {
	offset: number;
	length: number;
	text: string;
}

/** A stated quote with the number it holds ("nearly 70%") and its whole sentence. */
export interface CitedQuote extends LocatedQuote {
	/** The number as the quote writes it, hedge included. */
	phrase: string;
	sentence: Span;
}

export interface ResolvedValue {
	id: string;
	label: string;
	value: number;
	unit: Figure['unit'];
	qualifier: Qualifier;
	/** True when the reader must see "≈": hedged in the text, or derived from a hedged value. */
	approx: boolean;
	/** The words the value comes from; null for derived values. */
	quote: CitedQuote | null;
	/** For derived values, the formula and the ids it reads. */
	formula: string | null;
	inputs: string[];
}

export interface ResolvedFigure extends Omit<Figure, 'values' | 'interpretation'> {
	values: ResolvedValue[];
	interpretation: CitedQuote | null;
}

export interface ResolvedNumber {
	quote: CitedQuote;
	value: number;
	unit: string;
	approx: boolean;
	chart: string | null;
}

export interface ResolvedArticle extends Omit<Article, 'numbers'> {
	/** The file's base name: `/sources/{id}`. */
	id: string;
	/** The file, verbatim. */
	text: string;
	numbers: ResolvedNumber[];
}

/** One broken rule, located precisely enough to fix. */
export interface ProvenanceIssue {
	/** Figure slug or `article:{id}`. */
	subject: string;
	/** Path of the offending field, such as `values[1].quote`. */
	field: string;
	/** "rule 1" ... "rule 5" of DESIGN.md's honesty rules, or "content shape". */
	rule: string;
	problem: string;
}

export class ProvenanceError extends Error {
	constructor(readonly issues: ProvenanceIssue[]) {
		super(
			`${issues.length} provenance problem${issues.length === 1 ? '' : 's'}:\n` +
				issues.map((i) => `  ${i.subject}: ${i.field}: ${i.rule}: ${i.problem}`).join('\n')
		);
		this.name = 'ProvenanceError';
	}
}
