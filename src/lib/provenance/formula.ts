/**
 * Formulas of derived values: numbers and value ids joined by + and -, such as
 * `100 - independent - obey`. Deliberately tiny: a remainder needs nothing more.
 */

export type FormulaResult =
	| { ok: true; value: number; inputs: string[] }
	| { ok: false; problem: string };

export function evaluateFormula(formula: string, values: ReadonlyMap<string, number>): FormulaResult {
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
			total += sign * Number(token);
		} else if (values.has(token)) {
			total += sign * (values.get(token) ?? 0);
			inputs.push(token);
		} else {
			return { ok: false, problem: `formula names ${JSON.stringify(token)}, which is not a stated value of this figure` };
		}
	}
	return { ok: true, value: total, inputs };
}
