/**
 * How a claim check reads, written once: every view (annotation, tooltip, alt text, tables,
 * the line under an embed, the dashboard) takes its words from here.
 */
import type { ResolvedCheck, ResolvedFigure, ResolvedValue } from '$lib/provenance/resolved';
import { formatDifference } from '$lib/polls/verdict';
import { formatValue } from './format';

type Checked = ResolvedValue & { check: ResolvedCheck };

export const isChecked = (v: ResolvedValue): v is Checked => v.check !== undefined;

/** The poll's own value, as readers see it: "24%". */
export const pollValueText = (check: ResolvedCheck) => formatValue({ value: check.pollValue, unit: '%', shown: 'exact' });

/** "matches", "is consistent", "differs by −4 points". */
export function verdictWords(check: ResolvedCheck): string {
	if (check.verdict === 'matches') return 'matches';
	if (check.verdict === 'consistent') return 'is consistent';
	return `differs by ${formatDifference(check.difference)}`;
}

/** Who reported the poll's value: rule 6 keeps citecharts' own match from reading as the article's. */
const reporter = (check: ResolvedCheck) => (check.match === 'named' ? 'the poll' : 'a poll citecharts matched (the article names none)');

/** "the poll reported 24%: the article's 20% differs by −4 points". */
export function checkSentence(v: Checked): string {
	return `${reporter(v.check)} reported ${pollValueText(v.check)}: the article's ${formatValue(v)} ${verdictWords(v.check)}`;
}

/** The short line drawn on the chart under a value: "poll: 24%, differs by −4 points". */
export function checkLabel(check: ResolvedCheck): string {
	return `${check.match === 'named' ? 'poll' : 'matched poll'}: ${pollValueText(check)}, ${check.verdict === 'consistent' ? 'consistent' : verdictWords(check)}`;
}

/** Who linked the value to the poll: the article, or citecharts (never phrased as the article's). */
export function matchWords(check: ResolvedCheck): string {
	return check.match === 'named' ? 'the poll the article names' : `a poll citecharts matched (the article names none: ${check.why ?? 'no reason given'})`;
}

/** The one line under a chart: "Poll check: ≈70% is consistent with 68%; 20% differs by −4 points from 24%." */
export function figureCheckLine(figure: Pick<ResolvedFigure, 'values'>): string | null {
	const checked = figure.values.filter(isChecked);
	if (!checked.length) return null;
	// One clause per poll and kind of match. Rule 6: a match citecharts made is said to be citecharts'.
	const groups = new Map<string, Checked[]>();
	for (const v of checked) groups.set(`${v.check.poll} ${v.check.match}`, [...(groups.get(`${v.check.poll} ${v.check.match}`) ?? []), v]);
	const clauses = [...groups.values()].map((group) => {
		const { pollTitle, match } = group[0]!.check;
		const parts = group.map((v) => `${formatValue(v)} ${verdictWords(v.check)} (poll: ${pollValueText(v.check)})`);
		return `${pollTitle}${match === 'inferred' ? ' (matched by citecharts; the article names no poll)' : ''}: ${parts.join('; ')}`;
	});
	return `Checked against ${clauses.join('. And against ')}.`;
}

/** The dashboard's count: "3 values checked against the poll: 1 matches, 1 consistent, 1 differs by 4 points"; verdicts that do not occur are left out. */
export function checkSummary(values: readonly ResolvedValue[]): string | null {
	const checked = values.filter(isChecked);
	if (!checked.length) return null;
	const differs = checked.filter((v) => v.check.verdict === 'differs');
	const agree = (verdict: 'matches' | 'consistent') => checked.filter((v) => v.check.verdict === verdict).length;
	// Only the verdicts that occur: "0 differ ()" says nothing and reads as a fault.
	const parts = [
		agree('matches') ? `${agree('matches')} matches` : '',
		agree('consistent') ? `${agree('consistent')} consistent` : '',
		differs.length === 1 ? `1 differs by ${formatDifference(differs[0]?.check.difference ?? 0)}` : differs.length ? `${differs.length} differ (${differs.map((v) => formatDifference(v.check.difference)).join(', ')})` : ''
	].filter(Boolean);
	const polls = new Set(checked.map((v) => v.check.poll)).size;
	return `${checked.length} value${checked.length === 1 ? '' : 's'} checked against ${polls === 1 ? 'the poll' : `${polls} polls`}: ${parts.join(', ')}`;
}
