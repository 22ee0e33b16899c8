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
import { exportTitles, legendOptions } from '../frame';
import background from '../plugins/plugin.background';
import hatch from '../plugins/plugin.hatch';
import sourceLinePlugin from '../plugins/plugin.sourceLine';
import { FONT_FAMILY, type ChartTheme } from '../theme';
import { tooltipLines, type BarConfig } from './rows';

/** The figure's values in wave order (the rules have checked there is one per wave). */
export const trendValues = (figure: ResolvedFigure): ResolvedValue[] =>
	(figure.waves ?? []).flatMap((w) => figure.values.filter((v) => v.wave === w.id));

/** Above each column its value; where a poll reports the wave, its value as a tick across the column. */
function columnAnnotations(values: ResolvedValue[], theme: ChartTheme): Record<string, AnnotationOptions> {
	const annotations: Record<string, AnnotationOptions> = {};
	values.forEach((v, i) => {
		const top = Math.max(v.value, v.check?.pollValue ?? 0);
		annotations[`value-${v.id}`] = {
			type: 'label',
			xValue: i,
			yValue: top,
			position: { x: 'center', y: 'end' },
			yAdjust: -4,
			padding: 0,
			color: [theme.text, theme.muted],
			font: [font(14, 700), font(11, 400, 'italic')],
			content: [formatValue(v), v.quote ? '' : 'derived'].filter(Boolean).concat(v.check ? [checkLabel(v.check)] : [])
		};
		if (v.check) annotations[`poll-${v.id}`] = { type: 'line', xMin: i - 0.3, xMax: i + 0.3, yMin: v.check.pollValue, yMax: v.check.pollValue, borderColor: theme.text, borderWidth: 3 };
	});
	return annotations;
}

export function trendConfig(figure: ResolvedFigure, { theme, chrome = null, responsive = true, devicePixelRatio }: ChartSettings): BarConfig {
	const values = trendValues(figure);
	const waves = figure.waves ?? [];
	const stated = values.map((v) => (v.qualifier === 'derived' ? null : v.value));
	const derived = values.map((v) => (v.qualifier === 'derived' ? v.value : null));
	const hasDerived = derived.some((d) => d !== null);
	const datasets = [
		{ label: values[0]?.label ?? '', data: stated, backgroundColor: theme.stated },
		...(hasDerived ? [{ label: 'Derived, not stated', data: derived, backgroundColor: theme.derived }] : [])
	].map((d) => ({ ...d, maxBarThickness: 56, categoryPercentage: 0.7, borderWidth: 0 }));
	return {
		type: 'bar',
		// Each wave in the article's words, its date under it.
		data: { labels: waves.map((w) => [w.label, w.date ?? ''].filter(Boolean).join('\n')), datasets },
		plugins: [background, hatch, sourceLinePlugin],
		options: {
			responsive,
			maintainAspectRatio: false,
			animation: false,
			devicePixelRatio,
			layout: { padding: { top: chrome ? 8 : 36, right: 16, left: 8, bottom: 8 } },
			scales: {
				x: {
					stacked: true,
					grid: { display: false },
					border: { color: theme.grid },
					ticks: { color: theme.text, font: font(12), maxRotation: 0, autoSkip: false, callback: (_: unknown, i: number) => (waves[i] ? [waves[i]!.label, waves[i]!.date ?? ''].filter(Boolean) : '') }
				},
				y: { stacked: true, min: 0, max: 100, border: { display: false }, grid: { color: theme.grid }, ticks: { stepSize: 25, color: theme.muted, font: font(12), callback: (v: number | string) => formatTick(Number(v)) } }
			},
			plugins: {
				...exportTitles(chrome, theme, 34),
				legend: legendOptions(theme, true),
				tooltip: { titleFont: font(13, 600), bodyFont: font(13), callbacks: { label: (item: { dataIndex: number }) => (values[item.dataIndex] ? tooltipLines(values[item.dataIndex]!, figure.values) : '') } },
				annotation: { clip: false, annotations: columnAnnotations(values, theme) },
				citechartsBackground: { color: theme.background },
				citechartsHatch: { datasets: hasDerived ? [1] : [], color: theme.hatch },
				citechartsSourceLine: { text: chrome?.source ?? '', color: theme.muted, font: `400 12px ${FONT_FAMILY}`, lineHeight: 16, inset: 16 }
			}
		}
	} as BarConfig;
}
