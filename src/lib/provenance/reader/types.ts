/** What the number reader returns: DESIGN.md, "Reading numbers". */

/** The class of quantity a mention states. */
export type Unit = '%' | 'pt' | 'count' | 'money' | 'time' | 'date' | 'ordinal' | 'other';

/** How the words around a number qualify it (DESIGN.md, rule 3 and the claim-check table). */
export type Qualifier = 'exact' | 'approx' | 'more-than' | 'at-least' | 'less-than' | 'at-most' | 'range';

export const QUALIFIERS: readonly Qualifier[] = ['exact', 'approx', 'more-than', 'at-least', 'less-than', 'at-most', 'range'];
export const UNITS: readonly Unit[] = ['%', 'pt', 'count', 'money', 'time', 'date', 'ordinal', 'other'];

/** One number as the text writes it. */
export interface Mention {
	/** The mention's exact words, qualifier and unit included ("nearly 70%", "up 0.9 points"). */
	text: string;
	/** 0-based UTF-16 index of `text` in the text read. */
	offset: number;
	length: number;
	/** The number; for a range, its low end. Changes are signed. */
	value: number;
	unit: Unit;
	qualifier: Qualifier;
	/** A range's high end. */
	high?: number;
	/** What a count or duration counts ("respondents", "weeks"). */
	noun?: string;
	/** ISO 4217 code of a money amount. */
	currency?: string;
	/**
	 * Internal: where the number itself stands (without qualifier or unit words), so a quote that
	 * leaves out "nearly" still finds the number it cites.
	 */
	core: { offset: number; length: number };
	/** Internal: `below` for the hedges that approach from below ("nearly", "almost"). */
	approach?: 'below';
}

/** A mention with DESIGN.md's fields only, as `npm run numbers`, pages and data files show it. */
export type PublicMention = Omit<Mention, 'core' | 'approach'>;

export function publicMention(m: Mention): PublicMention {
	const { core: _core, approach: _approach, ...rest } = m;
	return rest;
}
