import { describe, expect, it } from 'vitest';
import { createCanvas } from '@napi-rs/canvas';
import { registerFonts } from '$lib/server/fonts';
import { Chart } from '../register';
import { THEMES } from '../theme';
import { fixtureQuestion } from '../../../../tests/fixture-catalogue';
import { describeSplit, splitHeight, toSplitConfig } from './split';

const total = (q: { answers: { value: number }[] }) => q.answers.reduce((sum, a) => sum + a.value, 0);
/** Two answers that leave an unreported rest of 8 points: the case the rest's rules are about. */
const { question: fare } = fixtureQuestion('with two answers that leave 8 points', (q) => q.answers.length === 2 && total(q) === 92);
const { question: whole } = fixtureQuestion('whose answers add up to 100', (q) => Math.abs(total(q) - 100) < 0.05);

type Display = (ctx: { chart: unknown }) => boolean;
/** A chart whose axis is `pxPerPoint` wide per point, measuring every text `textWidth` wide. */
const fakeChart = (pxPerPoint: number, textWidth: number) => ({
	chart: {
		scales: { x: { getPixelForValue: (v: number) => v * pxPerPoint } },
		ctx: { save() {}, restore() {}, font: '', measureText: () => ({ width: textWidth }) }
	}
});

describe('toSplitConfig', () => {
	const config = toSplitConfig(fare, { theme: THEMES.light });
	const annotations = config.options?.plugins?.annotation?.annotations as Record<string, { content: string; xValue: number; display: Display }>;

	it('stacks one dataset per answer, then the derived rest, on one 0–100 bar', () => {
		expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
			['Yes: 40%', [40]],
			['No: 52%', [52]],
			['other or no answer (not reported): 8%', [8]]
		]);
		const x = config.options?.scales?.x as { stacked: boolean; min: number; max: number };
		expect([x.stacked, x.min, x.max]).toEqual([true, 0, 100]);
	});

	it('hatches only the rest, and names it in the legend', () => {
		expect(config.options?.plugins?.citechartsHatch?.datasets).toEqual([2]);
		expect(config.options?.plugins?.legend?.display).toBe(true);
		// Answers that add up to 100 leave no rest: nothing is hatched.
		expect(toSplitConfig(whole, { theme: THEMES.dark }).data.datasets.map((d) => d.data)).toEqual(whole.answers.map((a) => [a.value]));
		expect(toSplitConfig(whole, { theme: THEMES.dark }).options?.plugins?.citechartsHatch?.datasets).toEqual([]);
	});

	it('writes "NN%" in the middle of each segment', () => {
		expect(Object.values(annotations).map((a) => [a.content, a.xValue])).toEqual([['40%', 20], ['52%', 66], ['8%', 96]]);
	});

	it('writes a value only where its segment holds it', () => {
		// 8 points at 3 px a point is 24 px: room for a 16 px text (plus 8 px margin), not a 17 px one.
		expect(annotations['value-_rest']!.display(fakeChart(3, 16))).toBe(true);
		expect(annotations['value-_rest']!.display(fakeChart(3, 17))).toBe(false);
	});

	it('explains the rest in its tooltip', () => {
		const label = config.options?.plugins?.tooltip?.callbacks?.label as unknown as (i: { datasetIndex: number }) => string;
		expect(label({ datasetIndex: 0 })).toBe('Yes: 40%');
		expect(label({ datasetIndex: 2 })).toBe('other or no answer (not reported), derived: 100% − 40% − 52% = 8%');
	});

	it('leaves the legend to the page when asked, and sizes the canvas for it', () => {
		expect(toSplitConfig(fare, { theme: THEMES.light, legend: false }).options?.plugins?.legend?.display).toBe(false);
		expect(splitHeight(fare, { legend: false })).toBe(76);
		expect(splitHeight(fare)).toBe(76 + 3 * 22 + 12);
	});

	it('describes the bar in words, rest and all', () => {
		expect(describeSplit(fare)).toBe(
			'100% stacked bar of the answers to “Is the fare fair?” (translated). ' +
				'Yes: 40%; No: 52%; other or no answer (not reported): 8%, derived as 100% − 40% − 52% = 8%.'
		);
	});

	it('draws in Node from the same configuration, as a PNG writer will', () => {
		registerFonts();
		const [width, height] = [360, splitHeight(fare)];
		const canvas = createCanvas(width, height);
		const config = toSplitConfig(fare, { theme: THEMES.light, responsive: false, devicePixelRatio: 1 });
		const chart = new Chart(canvas.getContext('2d') as unknown as CanvasRenderingContext2D, config);
		chart.draw();
		// The first answer's fill, #0072b2, covers a large share of the bar.
		const { data } = canvas.getContext('2d').getImageData(0, 0, width, height);
		let blue = 0;
		for (let i = 0; i < data.length; i += 4) if (data[i] === 0x00 && data[i + 1] === 0x72 && data[i + 2] === 0xb2) blue++;
		chart.destroy();
		expect(blue).toBeGreaterThan(3000);
	});
});
