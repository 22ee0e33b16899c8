/** The honesty rules of DESIGN.md, as problems name them. */
export const RULES = {
	quote: 'rule 1 (a stated value quotes the article exactly, inside one paragraph)',
	number: 'rule 2 (the reader reads the value and unit in the quote)',
	qualifier: "rule 3 (the qualifier is the reader's)",
	derived: 'rule 4 (a derived value is a formula over stated values and 100)',
	sum: 'rule 5 (parts of one whole never sum above 100%)',
	attribution: 'rule 6 (attribution follows the article)',
	index: 'rule 7 (every number is charted, indexed or declared not a figure)',
	shape: 'rule 8 (content is data of the right shape)'
} as const;
