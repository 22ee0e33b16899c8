import type { Wave } from '$lib/content/types';
import type { ResolvedFigure, ResolvedValue } from '$lib/provenance/resolved';
import { waveName } from './kinds/change';
import { checkSentence } from './checks';
import { explainFormula, formatValue, speakValue } from './format';
import { CHART_KINDS } from './kinds';

/** Which wave a value belongs to, or that it is the change between them ("the previous survey", "change"). */
export function waveOf(v: Pick<ResolvedValue, 'wave' | 'unit'>, waves: readonly Wave[] | undefined): string | null {
	if (!waves) return null;
	const wave = waves.find((w) => w.id === v.wave);
	return wave ? waveName(wave) : v.unit === 'pt' ? 'change' : null;
}

/** One value read naturally: "about 70 percent" or "10 percent, derived: not stated in the article". */
export function speakPart(v: ResolvedValue, all: ResolvedValue[], waves?: readonly Wave[]): string {
	const wave = waveOf(v, waves);
	const label = wave ? `${v.label}, ${wave}` : v.label;
	// "≈70%" as everywhere else, then in words, since not every screen reader says "≈".
	const shown = formatValue(v);
	const spoken = v.shown === 'exact' ? shown : `${shown}, ${speakValue(v)}`;
	const check = v.check ? `; ${checkSentence({ ...v, check: v.check })}` : '';
	return v.quote
		? `${label}: ${spoken} (the article says “${v.quote.phrase}”${check})`
		: `${label}: ${spoken}, derived: not reported in the article, computed as ${explainFormula(v.formula ?? '', all, v)}`;
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);


/** The chart's text alternative, generated from the figure so it cannot drift from the data. */
export function describeFigure(figure: ResolvedFigure, attribution: string): string {
	const parts = figure.values.map((v) => speakPart(v, figure.values, figure.waves)).join('; ');
	return [CHART_KINDS[figure.kind ?? 'parts'].lead, sentence(figure.title), sentence(figure.subtitle), sentence(parts), sentence(`Source: ${attribution}`)].join(' ');
}
