/**
 * The words at a bar's end (the value, the article's words, the poll's value), each line after the
 * value wrapped to the room between the bar's end and the canvas's edge: at a 320 px still a poll
 * check ran off the canvas ("matched poll: 58.4%, matche").
 */
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import type { ResolvedValue } from '$lib/provenance/resolved';
import { BAR_THICKNESS, font, valueLabel } from '../annotations';
import type { ChartTheme } from '../theme';
import { wrapIn, type ChartContext } from '../wrap';
import type { Script } from './rows';

/** Gap between the bar's end and its words, in CSS px. */
const GAP = 6;

type ValueContext = ChartContext & { chart: { width: number; scales: { x: { getPixelForValue(value: number): number } } } };

/** Each logical line's look: the value bold, a poll check semibold, the article's words muted italic. */
function lineStyle(k: number, checked: boolean, theme: ChartTheme, family: string) {
	if (k === 0) return { color: theme.text, font: font(15, 700, 'normal', family) };
	if (k === 2 && checked) return { color: theme.text, font: font(12, 600, 'normal', family) };
	return { color: theme.muted, font: font(12, 400, 'italic', family) };
}

const cssFont = (f: ReturnType<typeof font>) => `${f.style} ${f.weight} ${f.size}px ${f.family}`;

/** The label annotation at the end of `v`'s bar in row `i`, drawn at `x` on the value axis. */
export function valueAnnotation(v: ResolvedValue, i: number, x: number, theme: ChartTheme, { family, lang }: Script): AnnotationOptions {
	const logical = valueLabel(v);
	const styles = logical.map((_, k) => lineStyle(k, Boolean(v.check), theme, family));
	/**
	 * Physical lines, each with the index of the logical line it belongs to. Chart.js resolves
	 * colour, font and content one after another: the wrap is measured once per room.
	 */
	let wrapped: { room: number; lines: { text: string; k: number }[] } | undefined;
	const lines = ({ chart }: ValueContext) => {
		const room = chart.width - chart.scales.x.getPixelForValue(x) - GAP - 2;
		if (wrapped?.room !== room) {
			const split = logical.flatMap((text, k) => (k === 0 ? [{ text, k }] : wrapIn(chart.ctx, cssFont(styles[k]!.font), text, room, lang).map((line) => ({ text: line, k }))));
			wrapped = { room, lines: split };
		}
		return wrapped.lines;
	};
	// Three lines or more: hang them from the bar's top, clear of the label above it.
	const hang = logical.length > 2;
	return {
		type: 'label',
		xValue: x,
		yValue: i,
		position: { x: 'start', y: hang ? 'start' : 'center' },
		xAdjust: GAP,
		yAdjust: hang ? -BAR_THICKNESS / 2 : 0,
		padding: 0,
		textAlign: 'start',
		color: ((ctx: ValueContext) => lines(ctx).map(({ k }) => styles[k]!.color)) as never,
		font: ((ctx: ValueContext) => lines(ctx).map(({ k }) => styles[k]!.font)) as never,
		content: ((ctx: ValueContext) => lines(ctx).map(({ text }) => text)) as never
	};
}
