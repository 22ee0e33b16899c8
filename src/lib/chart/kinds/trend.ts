/**
 * `trend`: one answer across dated waves, a column per wave in time order. Columns, not a line:
 * a line would draw values between the waves that no source reports.
 */
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import type { ResolvedFigure, ResolvedValue } from '$lib/provenance/resolved';
import { font } from '../annotations';
import { checkLabel } from '../checks';
import type { ChartSettings } from '../config';
import { formatTick, formatValue } from '../format';
import { CHART_PLUGINS, chartPluginOptions, DERIVED_LEGEND, drawnOnce, exportTitles, legendOptions, tooltipFonts } from '../frame';
import type { ChartTheme } from '../theme';
import { scriptOf, tooltipLines, type BarConfig } from './rows';

/** The figure's values in wave order (the rules have checked there is one per wave). */
export const trendValues = (figure: ResolvedFigure): ResolvedValue[] =>
	(figure.waves ?? []).flatMap((w) => figure.values.filter((v) => v.wave === w.id));

/** Above each column its value; where a poll reports the wave, its value as a tick across the column. */
function columnAnnotations(values: ResolvedValue[], theme: ChartTheme, family: string): Record<string, AnnotationOptions> {
	const annotations: Record<string, AnnotationOptions> = {};
	values.forEach((v, i) => {
		const top = Math.max(v.value, v.check?.pollValue ?? 0);
		// The value; "derived" under a derived one; the poll's value under a checked one.
		const lines: [string, string, ReturnType<typeof font>][] = [
			[formatValue(v), theme.text, font(14, 700, 'normal', family)],
			...(v.quote ? [] : [['derived', theme.muted, font(11, 400, 'italic', family)] as [string, string, ReturnType<typeof font>]]),
			...(v.check ? [[checkLabel(v.check), theme.text, font(11, 600, 'normal', family)] as [string, string, ReturnType<typeof font>]] : [])
		];
		annotations[`value-${v.id}`] = {
			type: 'label',
			xValue: i,
			yValue: top,
			position: { x: 'center', y: 'end' },
			yAdjust: -4,
			padding: 0,
			content: lines.map(([text]) => text),
			color: lines.map(([, colour]) => colour),
			font: lines.map(([, , f]) => f)
		};
		if (v.check) annotations[`poll-${v.id}`] = { type: 'line', xMin: i - 0.3, xMax: i + 0.3, yMin: v.check.pollValue, yMax: v.check.pollValue, borderColor: theme.text, borderWidth: 3 };
	});
	return annotations;
}

export function trendConfig(figure: ResolvedFigure, { theme, chrome = null, responsive = true, devicePixelRatio }: ChartSettings): BarConfig {
	const values = trendValues(figure);
	const script = scriptOf(figure);
	const waves = figure.waves ?? [];
	const stated = values.map((v) => (v.qualifier === 'derived' ? null : v.value));
	const derived = values.map((v) => (v.qualifier === 'derived' ? v.value : null));
	const hasDerived = derived.some((d) => d !== null);
	const datasets = [
		{ label: values[0]?.label ?? '', data: stated, backgroundColor: theme.stated },
		...(hasDerived ? [{ label: DERIVED_LEGEND, data: derived, backgroundColor: theme.derived }] : [])
	].map((d) => ({ ...d, maxBarThickness: 56, categoryPercentage: 0.7, borderWidth: 0 }));
	return {
		type: 'bar',
		// Each wave in the article's words, its date under it.
		data: { labels: waves.map((w) => [w.label, w.date ?? ''].filter(Boolean).join('\n')), datasets },
		plugins: CHART_PLUGINS,
		options: {
			...drawnOnce({ responsive, devicePixelRatio }),
			layout: { padding: { top: chrome ? 8 : 36, right: 16, left: 8, bottom: 8 } },
			scales: {
				x: {
					stacked: true,
					grid: { display: false },
					border: { color: theme.grid },
					ticks: { color: theme.text, font: font(12, 400, 'normal', script.family), maxRotation: 0, autoSkip: false, callback: (_: unknown, i: number) => (waves[i] ? [waves[i]!.label, waves[i]!.date ?? ''].filter(Boolean) : '') }
				},
				y: { stacked: true, min: 0, max: 100, border: { display: false }, grid: { color: theme.grid }, ticks: { stepSize: 25, color: theme.muted, font: font(12), callback: (v: number | string) => formatTick(Number(v)) } }
			},
			plugins: {
				...exportTitles(chrome, theme, 34, script.family),
				legend: legendOptions(theme, true, script.family),
				tooltip: { ...tooltipFonts(script.family), callbacks: { label: (item: { dataIndex: number }) => (values[item.dataIndex] ? tooltipLines(values[item.dataIndex]!, figure.values) : '') } },
				annotation: { clip: false, annotations: columnAnnotations(values, theme, script.family) },
				...chartPluginOptions(theme, hasDerived ? [1] : [], chrome, script.family, script.lang)
			}
		}
	} as BarConfig;
}
