/**
 * `change`: this survey against the previous, per answer. Each answer is a pair of bars in time
 * order (the previous wave, then this one); the previous value is quoted, or derived from the
 * stated change and hatched; the stated change is cited above the newer bar.
 */
import type { Wave } from '$lib/content/types';
import type { ResolvedFigure } from '$lib/provenance/resolved';
import type { ChartSettings } from '../config';
import { formatValue } from '../format';
import { percentScales } from '../frame';
import { rowsConfig, type BarConfig, type BarRow } from './rows';

/** A wave as the chart names it: the article's words, and its date where the figure gives one. */
export const waveName = (wave: Wave): string => (wave.date ? `${wave.label} (${wave.date})` : wave.label);

/** The bars in drawing order: per answer (in the order the figure first names it), oldest wave first. */
export function changeRows(figure: ResolvedFigure): BarRow[] {
	const waves = figure.waves ?? [];
	const labels = [...new Set(figure.values.map((v) => v.label))];
	return labels.flatMap((label) => {
		const change = figure.values.find((v) => v.label === label && v.unit === 'pt');
		return waves.flatMap((wave, w) => {
			const value = figure.values.find((v) => v.label === label && v.wave === wave.id);
			if (!value) return [];
			const last = w === waves.length - 1;
			const since = last && change ? [`${formatValue(change)} since ${waves[0]!.label}${change.quote ? `: “${change.quote.phrase}”` : ''}`] : [];
			return [{ value, heading: w === 0 ? label : null, subheading: [waveName(wave), ...since], earlier: !last }];
		});
	});
}

export function changeConfig(figure: ResolvedFigure, settings: ChartSettings): BarConfig {
	const waves = figure.waves ?? [];
	const legend = { stated: waves.at(-1)?.label ?? 'This survey', earlier: waves[0]?.label ?? 'Previous survey' };
	return rowsConfig(figure, changeRows(figure), settings, legend, percentScales(settings.theme));
}
