/**
 * Formulas of derived values: stated ids and the constant 100 joined by + and -, such as
 * `100 - independent - obey` or `now - change`. Deliberately tiny: any other constant would be a
 * number that no source gives (rule 4).
 */

export type FormulaResult =
	| { ok: true; value: number; inputs: string[] }
	| { ok: false; problem: string; unknown?: string };

export interface FormulaOptions {
	/** Whether 100, the whole of a `%` figure, may stand in the formula. */
	allowWhole: boolean;
}

export function evaluateFormula(formula: string, values: ReadonlyMap<string, number>, options: FormulaOptions = { allowWhole: true }): FormulaResult {
	const tokens = formula.trim().split(/\s*([+-])\s*/);
	if (tokens.length === 0 || tokens.some((t) => t === '')) {
		return { ok: false, problem: `formula ${JSON.stringify(formula)} is not "term +|- term ..."` };
	}
	let total = 0;
	let sign = 1;
	const inputs: string[] = [];
	for (const [i, token] of tokens.entries()) {
		if (i % 2 === 1) {
			sign = token === '-' ? -1 : 1;
			continue;
		}
		if (/^\d+(\.\d+)?$/.test(token)) {
			if (Number(token) !== 100 || !options.allowWhole) {
				const allowed = options.allowWhole ? 'the only constant allowed is 100, the whole of a % figure' : 'a figure that is not a % has no constant whole';
				return { ok: false, problem: `formula ${JSON.stringify(formula)} holds the constant ${token}; ${allowed}, so the number would trace to no source` };
			}
			total += sign * 100;
		} else if (values.has(token)) {
			total += sign * (values.get(token) ?? 0);
			inputs.push(token);
		} else {
			return { ok: false, problem: `formula names ${JSON.stringify(token)}, which is not a stated value of this figure`, unknown: token };
		}
	}
	return { ok: true, value: total, inputs };
}
