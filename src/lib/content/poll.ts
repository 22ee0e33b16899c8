/**
 * The poll model: what is known of a survey, each fact with the reports it comes from. Poll
 * modules (`content/polls/{id}.ts`) import these types and nothing else; `$lib/polls` checks them.
 * A fact the reports do not give is `null`, never a guess.
 */

/** A report of the poll: where each fact was read. */
export interface PollSource {
	/** Short key that facts cite, unique within the record. */
	id: string;
	/** Who published the report, and through whom where it was republished. */
	publisher: string;
	/** The report's headline as published. */
	title: string;
	/** Publication date, ISO 8601 (YYYY-MM-DD). */
	date: string;
	/** Where it can be read: http or https. */
	url: string;
}

/** One fact as reported, with the ids of the sources that report it (at least one). */
export interface Fact<T> {
	value: T;
	sources: string[];
}

/** How close a text is to the poll's own words. */
export type Wording = 'verbatim' | 'translated' | 'paraphrased';

/** A text with how close it is to the questionnaire. */
export interface Worded {
	text: string;
	wording: Wording;
}

/** When the fieldwork ran, at the precision the reports give. */
export interface Fieldwork {
	/** As precise as the reports allow: "late February to early April 2025". */
	text: string;
	/** ISO 8601 at the known precision: YYYY, YYYY-MM or YYYY-MM-DD. */
	from: string;
	to: string;
}

/** A publication of the results: which edition, on which day (YYYY-MM-DD). */
export interface Publication {
	date: string;
	edition: string;
}

export interface PollAnswer {
	/** Stable key; article figures name it (`poll: {id, question, answer}`). */
	id: string;
	label: Worded;
	/** Percent of respondents. */
	value: number;
	sources: string[];
}

export interface PollQuestion {
	/** Stable key, unique within the poll. */
	id: string;
	/** What was asked, as close as the reports allow. */
	question: Worded;
	/** Sources that report the question itself. */
	sources: string[];
	/** Answers as reported; shares the reports leave out are derived, never stored. */
	answers: PollAnswer[];
}

export interface Poll {
	/** URL segment: `/polls/{id}`; equals the file's base name. */
	id: string;
	/**
	 * The language the record writes its questions and answers in (BCP 47: `zh-Hans`), which pages
	 * mark on them; absent, the site's (`en`). The rest of the record is citecharts' own English.
	 */
	lang?: string;
	/** The site's own descriptive name for the survey. */
	title: string;
	/** Whether the poll's own release could be read; the note says what the record rests on instead. */
	release: { available: boolean; note: string };
	sources: PollSource[];
	sponsor: Fact<string> | null;
	pollster: Fact<string> | null;
	mode: Fact<string> | null;
	population: Fact<string> | null;
	fieldwork: Fact<Fieldwork> | null;
	/** How the sample was drawn and recruited ("selected at random"). */
	recruitment: Fact<string> | null;
	/** People asked. */
	sampleDrawn: Fact<number> | null;
	validResponses: Fact<number> | null;
	/** Percent of those asked who answered. */
	responseRate: Fact<number> | null;
	weighting: Fact<string> | null;
	/** In percentage points, at the reported confidence. */
	marginOfError: Fact<number> | null;
	published: Fact<Publication>[];
	/** What the reports say about reading the results, such as comparisons with earlier surveys. */
	context: Fact<string>[];
	questions: PollQuestion[];
}
