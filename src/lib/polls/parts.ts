import type { PollQuestion, Wording } from '$lib/content/poll';
import { explainFormula } from '$lib/chart/format';

/** The legend entry and table row of a remainder the reports leave out. */
export const REST_LABEL = 'other or no answer (not reported)';
/** Answer ids are lowercase words, so this id cannot collide with one. */
export const REST_ID = '_rest';

/** One segment of a question's 100% bar: a reported answer, or the derived rest. */
export interface SplitPart {
	id: string;
	label: string;
	/** How close the label is to the questionnaire; `null` for the derived rest. */
	wording: Wording | null;
	value: number;
	derived: boolean;
	/** For the rest: "100% − 68% − 24% = 8%". */
	explanation: string | null;
}

/**
 * A question's answers as reported, then what they leave of 100 (derived: the reports do not
 * state it). A rest within rounding of 0 is no part at all.
 */
export function splitParts(question: PollQuestion): SplitPart[] {
	const answers: SplitPart[] = question.answers.map((a) => ({
		id: a.id,
		label: a.label.text,
		wording: a.label.wording,
		value: a.value,
		derived: false,
		explanation: null
	}));
	const rest = Math.round((100 - question.answers.reduce((sum, a) => sum + a.value, 0)) * 10) / 10;
	if (rest < 0.05) return answers;
	// The formula reader splits on "-", so hyphenated answer ids stand in as plain tokens.
	const operands = question.answers.map((a, i) => ({ id: `a${i}`, value: a.value, unit: '%', shown: 'exact' as const }));
	const formula = ['100', ...operands.map((o) => o.id)].join(' - ');
	const explanation = explainFormula(formula, operands, { value: rest, unit: '%', shown: 'exact' });
	return [...answers, { id: REST_ID, label: REST_LABEL, wording: null, value: rest, derived: true, explanation }];
}
