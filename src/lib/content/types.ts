/**
 * The content model: what an author writes. Content modules import these types and nothing else;
 * provenance (`$lib/provenance`) checks them against the article and adds offsets.
 */

/** A passage of the article, named by its exact text. */
export interface QuoteRef {
	/** An exact substring of the article. */
	text: string;
	/** Which occurrence (1-based) when the text appears more than once; required then. */
	occurrence?: number;
}

/**
 * How a value relates to the text: `exact` as stated, `approx` when the quote hedges it
 * ("nearly 70%"), `derived` when the article does not state it and a formula computes it.
 */
export type Qualifier = 'exact' | 'approx' | 'derived';

export interface StatedValue {
	/** Stable key; derived values' formulas refer to it. */
	id: string;
	/** What the number counts, in the article's own words. */
	label: string;
	value: number;
	qualifier: 'exact' | 'approx';
	/** The words the number comes from. */
	quote: QuoteRef;
}

export interface DerivedValue {
	id: string;
	label: string;
	value: number;
	qualifier: 'derived';
	/** Arithmetic over numbers and stated ids, for example `100 - independent - obey`. */
	formula: string;
}

export type FigureValue = StatedValue | DerivedValue;

export interface Figure {
	/** URL segment: `/charts/{slug}`. */
	slug: string;
	/** Base name of the article file the figure comes from. */
	article: string;
	/** Chart title, plain and descriptive. */
	title: string;
	/** One line under the title: what the bars measure. */
	subtitle: string;
	/** Unit of every value; `%` means percentage points of a whole. */
	unit: '%';
	/**
	 * The primary source as the article gives it: its name only where the article names one
	 * ("Asahi Shimbun poll"), otherwise what kind of source goes unnamed ("poll").
	 */
	source: { name: string } | { unnamed: string };
	/** What a reader would look for that the article does not report. */
	notReported: string[];
	/** The author's reading of the figure, quoted so it is kept apart from the data. */
	interpretation?: QuoteRef;
	values: FigureValue[];
}

/** A number mentioned in the article, for the "numbers in this article" index. */
export interface NumberMention {
	/** The words as printed ("three waves of delegations"). */
	quote: QuoteRef;
	value: number;
	/** What is counted: "%", "waves", "weeks", "months". */
	unit: string;
	/** The figure that charts it, if any. */
	chart?: string;
}

export interface Article {
	/** The site's own descriptive title: the text carries no headline. */
	title: string;
	/** Where it was published, read from the URL line. */
	outlet: string;
	/** Original URL, as given on the article's URL line. */
	url: string;
	author: string | null;
	date: string | null;
	kind: 'opinion' | 'news' | 'analysis';
	/** 1-based line numbers of photo captions. */
	captionLines: number[];
	/** 1-based line number of the URL line and of the publisher's disclaimer. */
	urlLine: number;
	disclaimerLine: number;
	numbers: NumberMention[];
}
