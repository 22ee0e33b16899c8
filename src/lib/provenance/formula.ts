/**
 * Formulas of derived values: stated ids and the constant 100 joined by + and -, such as
 * `100 - independent - obey` or `now - change`. Deliberately tiny: any other constant would be a
 * number that no source gives (rule 4).
 */

/** One term of a formula with the sign before it: a value's id, or a number (only 100 evaluates). */
export type FormulaTerm = { sign: 1 | -1 } & ({ id: string } | { constant: number });

export type ParsedFormula = { ok: true; terms: FormulaTerm[] } | { ok: false; problem: string };

/**
 * The one reader of the formula grammar, `term (+|- term)*`: evaluation checks and computes
 * what it returns, and explanations spell it out. Any token that is not a number is an id.
 */
export function parseFormula(formula: string): ParsedFormula {
	const tokens = formula.trim().split(/\s*([+-])\s*/);
	if (tokens.some((t) => t === '')) {
		return { ok: false, problem: `formula ${JSON.stringify(formula)} is not "term +|- term ..."` };
	}
	const terms = tokens.flatMap((token, i): FormulaTerm[] => {
		if (i % 2 === 1) return [];
		const sign = tokens[i - 1] === '-' ? -1 : 1;
		return [/^\d+(\.\d+)?$/.test(token) ? { sign, constant: Number(token) } : { sign, id: token }];
	});
	return { ok: true, terms };
}

export type FormulaResult =
	| { ok: true; value: number; inputs: string[] }
	| { ok: false; problem: string; unknown?: string };

export interface FormulaOptions {
	/** Whether 100, the whole of a `%` figure, may stand in the formula. */
	allowWhole: boolean;
}

export function evaluateFormula(formula: string, values: ReadonlyMap<string, number>, options: FormulaOptions = { allowWhole: true }): FormulaResult {
	const parsed = parseFormula(formula);
	if (!parsed.ok) return parsed;
	let total = 0;
	const inputs: string[] = [];
	for (const term of parsed.terms) {
		if ('constant' in term) {
			if (term.constant !== 100 || !options.allowWhole) {
				const allowed = options.allowWhole ? 'the only constant allowed is 100, the whole of a % figure' : 'a figure that is not a % has no constant whole';
				return { ok: false, problem: `formula ${JSON.stringify(formula)} holds the constant ${term.constant}; ${allowed}, so the number would trace to no source` };
			}
			total += term.sign * 100;
		} else if (values.has(term.id)) {
			total += term.sign * (values.get(term.id) ?? 0);
			inputs.push(term.id);
		} else {
			return { ok: false, problem: `formula names ${JSON.stringify(term.id)}, which is not a stated value of this figure`, unknown: term.id };
		}
	}
	return { ok: true, value: total, inputs };
}
