/**
 * `parts`, `groups` and `counts`: one bar per value, labelled in the article's words. Parts and
 * groups sit on the 0–100% axis; counts on an axis of their own, in their own unit.
 */
import { sharedField, type ResolvedFigure } from '$lib/provenance/resolved';
import { font } from '../annotations';
import type { ChartSettings } from '../config';
import { formatCountTick } from '../format';
import { percentScales } from '../frame';
import type { ChartTheme } from '../theme';
import { rowsConfig, type BarConfig, type BarRow } from './rows';

const rowsOf = (figure: ResolvedFigure): BarRow[] => figure.values.map((value) => ({ value, heading: value.label, subheading: [], earlier: false }));

export const partsConfig = (figure: ResolvedFigure, settings: ChartSettings): BarConfig =>
	rowsConfig(figure, rowsOf(figure), settings, { stated: 'Stated in the article' }, percentScales(settings.theme));

export const groupsConfig = (figure: ResolvedFigure, settings: ChartSettings): BarConfig =>
	rowsConfig(figure, rowsOf(figure), settings, { stated: 'Share of each group, as stated' }, percentScales(settings.theme));

/** A counts axis from 0, in the figure's unit, titled with what it counts when the values agree. */
function countScales(figure: ResolvedFigure, theme: ChartTheme) {
	const currency = figure.values.find((v) => v.currency)?.currency;
	// Titled with what the values count when they all count the same thing.
	const noun = sharedField(figure.values, 'noun') ?? null;
	return {
		x: {
			stacked: true,
			beginAtZero: true,
			// Headroom for the value written at the longest bar's end.
			grace: '8%',
			border: { display: false },
			grid: { color: theme.grid },
			ticks: { maxTicksLimit: 5, color: theme.muted, font: font(12), callback: (v: number | string) => formatCountTick(Number(v), figure.unit, currency) },
			title: { display: noun !== null, text: noun ?? '', align: 'end', color: theme.muted, font: font(12) }
		},
		y: { stacked: true, display: false }
	} as const;
}

export const countsConfig = (figure: ResolvedFigure, settings: ChartSettings): BarConfig =>
	rowsConfig(figure, rowsOf(figure), settings, { stated: 'Stated in the article' }, countScales(figure, settings.theme));
