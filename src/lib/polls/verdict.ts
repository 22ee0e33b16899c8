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
			if (high === undefined) throw new Error(`a range claim needs its high end (value ${x})`);
			return atMost(x, p) && atMost(p, high);
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
