/**
 * The claim check of DESIGN.md ("Polls and claim checks"): does an article's number agree with the
 * poll's? Pure; the table's edges are inclusive unless it says otherwise.
 */

export type ClaimQualifier = 'exact' | 'approx' | 'more-than' | 'at-least' | 'less-than' | 'at-most' | 'range';

export interface Claim {
	/** The article's number (the low end of a range). */
	value: number;
	/** The high end of a range. */
	high?: number;
	qualifier: ClaimQualifier;
	/** "nearly", "almost", "close to", 近: the poll's value lies at or below the number. */
	approach?: 'below';
}

export type Verdict = 'matches' | 'consistent' | 'differs';

export interface ClaimCheck {
	verdict: Verdict;
	/** Article value − poll value, in points, to 0.1 (0 when equal, never −0). */
	difference: number;
}

// Shares carry one decimal at most; this absorbs binary fractions (70.1 − 0.5) at the edges.
const EPSILON = 1e-9;
const atMost = (a: number, b: number) => a <= b + EPSILON;
const below = (a: number, b: number) => a < b - EPSILON;

/** Whether the poll's value P is consistent with the claim, for every qualifier but `exact`. */
function consistent({ value: x, high, qualifier, approach }: Claim, p: number): boolean {
	switch (qualifier) {
		case 'approx':
			return approach === 'below' ? atMost(x - 5, p) && atMost(p, x) : atMost(x - 3, p) && atMost(p, x + 3);
		case 'more-than':
			return below(x, p);
		case 'at-least':
			return atMost(x, p);
		case 'less-than':
			return below(p, x);
		case 'at-most':
			return atMost(p, x);
		case 'range':
			// A range without its high end claims nothing checkable; the content rules report it.
			return high !== undefined && atMost(x, p) && atMost(p, high);
		case 'exact':
			return false;
	}
}

export function checkClaim(claim: Claim, pollValue: number): ClaimCheck {
	// `+ 0` turns −0 into 0.
	const difference = Math.round((claim.value - pollValue) * 10) / 10 + 0;
	if (claim.qualifier === 'exact') {
		return { verdict: atMost(Math.abs(claim.value - pollValue), 0.5) ? 'matches' : 'differs', difference };
	}
	return { verdict: consistent(claim, pollValue) ? 'consistent' : 'differs', difference };
}

/** A difference as readers see it: "−4 points", "+2 points", "0 points". */
export function formatDifference(difference: number): string {
	const size = Math.abs(difference);
	const sign = difference > 0 ? '+' : difference < 0 ? '−' : '';
	return `${sign}${size} ${size === 1 ? 'point' : 'points'}`;
}

/**
 * An article figure's value that cites a poll's answer, as the poll page lists it. The poll side
 * only shows these; the figure catalogue makes them (one `checkClaim` per linked value).
 */
export interface PollCitation {
	/** The figure's slug: `/charts/{slug}`. */
	slug: string;
	/** The figure's title. */
	title: string;
	/** The value's label in the article's words. */
	label: string;
	/** The article's language, which its title and label are in. */
	lang: string;
	/** The value as the article states it, as readers see it ("≈70%"). */
	stated: string;
	/** The poll's value for the answer it reports. */
	pollValue: number;
	verdict: Verdict;
	difference: number;
	/** `named`: the article names the poll; `inferred`: citecharts matched it, the article does not. */
	match: 'named' | 'inferred';
}
