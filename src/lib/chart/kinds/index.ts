/**
 * Every chart kind behind one interface (as owid-grapher's ChartTypeMap): the builder that turns a
 * figure into its one Chart.js configuration, and the words a screen reader says first.
 */
import type { FigureKind } from '$lib/content/types';
import type { ResolvedFigure } from '$lib/provenance/resolved';
import type { ChartSettings } from '../config';
import { countsConfig, groupsConfig, partsConfig } from './bars';
import { changeConfig } from './change';
import type { BarConfig } from './rows';
import { splitFigureConfig } from './split-figure';
import { trendConfig } from './trend';

export interface ChartKind {
	build: (figure: ResolvedFigure, settings: ChartSettings) => BarConfig;
	/** What kind of chart it is, the first words of its text alternative. */
	lead: string;
}

export const CHART_KINDS: Record<FigureKind, ChartKind> = {
	parts: { build: partsConfig, lead: 'Bar chart.' },
	split: { build: splitFigureConfig, lead: 'One 100% stacked bar: the parts of one whole, side by side.' },
	groups: { build: groupsConfig, lead: 'Bar chart, one bar per group; each bar is a share of its own group, so the bars do not add up.' },
	change: { build: changeConfig, lead: 'Bar chart of change between two surveys: for each answer, the earlier survey, then the later one.' },
	trend: { build: trendConfig, lead: 'Column chart of one answer across survey waves, oldest first.' },
	counts: { build: countsConfig, lead: 'Bar chart of counts, on their own axis (not shares of a whole).' }
};
