/**
 * The content model: what an author writes. Content modules import these types and nothing else;
 * the schema (`$lib/provenance/schema`) checks their shape when the catalogue loads, and
 * provenance checks them against the article and adds offsets.
 */
import type { Qualifier as ReadQualifier, Unit } from '$lib/provenance/reader/types';

/** A passage of the article, named by its exact text. */
export interface QuoteRef {
	/** An exact substring of the article, inside one paragraph. */
	text: string;
	/** Which occurrence (1-based) when the text appears more than once; required then. */
	occurrence?: number;
}

/**
 * How a value relates to the text: as the number reader qualifies the quoted number (`exact`,
 * `approx`, a bound, a `range`), or `derived` when the article does not state it and a formula
 * computes it.
 */
export type StatedQualifier = ReadQualifier;
export type Qualifier = StatedQualifier | 'derived';

/** Units a figure's values may have: the reader's classes that chart. */
export type FigureUnit = Extract<Unit, '%' | 'pt' | 'count' | 'money' | 'time'>;

export interface StatedValue {
	/** Stable key; derived values' formulas refer to it. */
	id: string;
	/** What the number counts, in the article's own words. */
	label: string;
	/** The number as the reader reads it; for a range, its low end. */
	value: number;
	/** A range's high end ("between 40 and 45 percent"). */
	high?: number;
	qualifier: StatedQualifier;
	/** The words the number comes from. */
	quote: QuoteRef;
	/**
	 * Where the quote holds several numbers: the one this value cites, as the reader writes it
	 * ("59.4%" in "fell 1.1 points to 59.4%").
	 */
	cites?: string;
	/** The poll answer this value reports, checked against the poll's own value at build. */
	poll?: PollLink;
	/** `change` and `trend` figures: the id of the survey wave (`Figure.waves`) the value belongs to. */
	wave?: string;
	/**
	 * `change` figures only: `pt` marks the stated change between the two waves ("up 0.9 points"),
	 * of the row whose label it shares. Every other value has the figure's unit.
	 */
	unit?: 'pt';
}

/** A value's link to the poll answer it reports (DESIGN.md, "Polls and claim checks"). */
export interface PollLink {
	/** Poll record id: `content/polls/{id}.ts`. */
	id: string;
	question: string;
	answer: string;
	/**
	 * `named`: the article names this poll. `inferred`: citecharts matched it; the article does not
	 * attribute the figure, and the site never says it does.
	 */
	match: 'named' | 'inferred';
	/** Why citecharts matched an inferred link, in one sentence the page shows. */
	why?: string;
}

export interface DerivedValue {
	id: string;
	label: string;
	value: number;
	qualifier: 'derived';
	/** Stated ids and the constant 100 joined by + and -, for example `100 - independent - obey`. */
	formula: string;
	/** As a stated value's: the wave a derived level belongs to (`now - change` is the previous wave). */
	wave?: string;
}

export type FigureValue = StatedValue | DerivedValue;

/**
 * The chart kinds of DESIGN.md:
 * - `parts`: bars that share one whole (they sum to at most 100%; the rest may be derived);
 * - `split`: the same parts drawn as one 100% stacked bar (one question's answers);
 * - `groups`: one answer across subgroups, each bar a share of its own group: stated values only;
 * - `change`: this survey against the previous, per answer: two waves and the stated change;
 * - `trend`: one answer across dated waves, in time order;
 * - `counts`: counts or money (not shares) on their own axis.
 */
export const FIGURE_KINDS = ['parts', 'split', 'groups', 'change', 'trend', 'counts'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** Kinds whose values belong to survey waves (`Figure.waves`). */
export const WAVE_KINDS: readonly FigureKind[] = ['change', 'trend'];

/** A survey wave of a `change` or `trend` figure. */
export interface Wave {
	/** Stable key values name in `wave`. */
	id: string;
	/** The wave in the article's words where it has them ("the previous survey", "in March"). */
	label: string;
	/**
	 * When it was fielded, as precisely as the article says: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
	 * Required for `trend` (waves must ascend); optional for `change`.
	 */
	date?: string;
}

export interface Figure {
	/** URL segment: `/charts/{slug}`. */
	slug: string;
	/** Base name of the article file the figure comes from. */
	article: string;
	/** Drafted by `npm run draft`: skipped by the build until an editor removes the mark. */
	draft?: boolean;
	/** The chart kind (DESIGN.md, "Chart kinds"); default `parts`. */
	kind?: FigureKind;
	/** Chart title, plain and descriptive. */
	title: string;
	/** One line under the title: what the bars measure. */
	subtitle: string;
	/**
	 * Unit of every value (but a change figure's `pt` changes): `%` for shares, `count` or `money`
	 * for a `counts` figure.
	 */
	unit: FigureUnit;
	/** `change` (exactly two) and `trend` (two or more) figures: the survey waves, oldest first. */
	waves?: Wave[];
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

/** Why a number the reader finds is not a figure (rule 7). */
export type NotFigureReason = 'date' | 'ordinal' | 'idiom' | 'age' | 'url' | 'name' | 'identifier';

/** A number in the article that is not a figure: the words around it, and why. */
export interface NotFigure extends QuoteRef {
	reason: NotFigureReason;
}

/** What an article is; each kind has its own copy (`provenance/article-kinds.ts`). */
export const ARTICLE_KINDS = ['news', 'opinion', 'analysis'] as const;

export interface Article {
	/** Drafted by `npm run draft`: skipped, with its figures, until an editor removes the mark. */
	draft?: boolean;
	/**
	 * The language of the article's words (BCP 47: `en`, `ja`, `zh-Hans`); default `en`. Pages put
	 * it on every element holding those words, and charts wrap and draw their labels by it.
	 */
	lang?: string;
	/**
	 * The site's own descriptive title, labelled as citecharts'. The article's own headline, where
	 * the text has one, is `headlineLine`, shown in its own words beside this.
	 */
	title: string;
	/** Where it was published, read from the URL line. */
	outlet: string;
	/** Original URL (http or https): where the article was read; on the URL line when there is one. */
	url: string;
	author: string | null;
	date: string | null;
	kind: (typeof ARTICLE_KINDS)[number];
	/** 1-based line of the article's own headline; null when the text has none. */
	headlineLine: number | null;
	/** 1-based lines that are subheadings: shown as headings, still read for numbers. */
	subheads: number[];
	/** 1-based line numbers of photo captions. */
	captionLines: number[];
	/** 1-based line that names the original URL; null when the text has none. */
	urlLine: number | null;
	/** 1-based line of the publisher's disclaimer; null when the text has none. */
	disclaimerLine: number | null;
	/**
	 * Numbers the reader finds that are not figures. Every other number is charted or listed in
	 * the numbers index, which the reader generates; dates and ordinals are set aside by the reader.
	 */
	notFigures: NotFigure[];
}
