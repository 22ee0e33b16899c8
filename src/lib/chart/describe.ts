import type { FigureKind } from '$lib/content/types';
import type { ResolvedFigure, ResolvedValue } from '$lib/provenance/resolved';
import { checkSentence } from './checks';
import { explainFormula, formatValue, speakValue } from './format';

/** One value read naturally: "about 70 percent" or "10 percent, derived: not stated in the article". */
export function speakPart(v: ResolvedValue, all: ResolvedValue[]): string {
	// "≈70%" as everywhere else, then in words, since not every screen reader says "≈".
	const shown = formatValue(v);
	const spoken = v.shown === 'exact' ? shown : `${shown}, ${speakValue(v)}`;
	const check = v.check ? `; ${checkSentence({ ...v, check: v.check })}` : '';
	return v.quote
		? `${v.label}: ${spoken} (the article says “${v.quote.phrase}”${check})`
		: `${v.label}: ${spoken}, derived: not reported in the article, computed as ${explainFormula(v.formula ?? '', all, v)}`;
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** What kind of chart it is, in the words a screen reader says first. */
const LEAD: Record<FigureKind, string> = {
	parts: 'Bar chart.',
	groups: 'Bar chart, one bar per group; each bar is a share of its own group, so the bars do not add up.'
};

/** The chart's text alternative, generated from the figure so it cannot drift from the data. */
export function describeFigure(figure: ResolvedFigure, attribution: string): string {
	const parts = figure.values.map((v) => speakPart(v, figure.values)).join('; ');
	return [LEAD[figure.kind ?? 'parts'], sentence(figure.title), sentence(figure.subtitle), sentence(parts), sentence(`Source: ${attribution}`)].join(' ');
}
