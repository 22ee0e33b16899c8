import { describe, expect, it } from 'vitest';
import { createCanvas } from '@napi-rs/canvas';
import { findPoll } from '$lib/polls/catalogue';
import { registerFonts } from '$lib/server/fonts';
import { Chart } from '../register';
import { THEMES } from '../theme';
import { describeSplit, splitHeight, toSplitConfig } from './split';

const poll = findPoll('asahi-2025-japan-us')!;
const question = (id: string) => poll.questions.find((q) => q.id === id)!;
const diplomacy = question('diplomacy-us');

type Display = (ctx: { chart: unknown }) => boolean;
/** A chart whose axis is `pxPerPoint` wide per point, measuring every text `textWidth` wide. */
const fakeChart = (pxPerPoint: number, textWidth: number) => ({
	chart: {
		scales: { x: { getPixelForValue: (v: number) => v * pxPerPoint } },
		ctx: { save() {}, restore() {}, font: '', measureText: () => ({ width: textWidth }) }
	}
});

describe('toSplitConfig', () => {
	const config = toSplitConfig(diplomacy, { theme: THEMES.light });
	const annotations = config.options?.plugins?.annotation?.annotations as Record<string, { content: string; xValue: number; display: Display }>;

	it('stacks one dataset per answer, then the derived rest, on one 0–100 bar', () => {
		expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
			['As independently as possible: 68%', [68]],
			['Following U.S. wishes as far as possible: 24%', [24]],
			['other or no answer (not reported): 8%', [8]]
		]);
		const x = config.options?.scales?.x as { stacked: boolean; min: number; max: number };
		expect([x.stacked, x.min, x.max]).toEqual([true, 0, 100]);
	});

	it('hatches only the rest, and names it in the legend', () => {
		expect(config.options?.plugins?.citechartsHatch?.datasets).toEqual([2]);
		expect(config.options?.plugins?.legend?.display).toBe(true);
		expect(toSplitConfig(question('rely-peace'), { theme: THEMES.dark }).options?.plugins?.citechartsHatch?.datasets).toEqual([4]);
	});

	it('writes "NN%" in the middle of each segment', () => {
		expect(Object.values(annotations).map((a) => [a.content, a.xValue])).toEqual([['68%', 34], ['24%', 80], ['8%', 96]]);
	});

	it('writes a value only where its segment holds it', () => {
		// 8 points at 3 px a point is 24 px: room for a 16 px text (plus 8 px margin), not a 17 px one.
		expect(annotations['value-_rest']!.display(fakeChart(3, 16))).toBe(true);
		expect(annotations['value-_rest']!.display(fakeChart(3, 17))).toBe(false);
	});

	it('explains the rest in its tooltip', () => {
		const label = config.options?.plugins?.tooltip?.callbacks?.label as unknown as (i: { datasetIndex: number }) => string;
		expect(label({ datasetIndex: 0 })).toBe('As independently as possible: 68%');
		expect(label({ datasetIndex: 2 })).toBe('other or no answer (not reported), derived: 100% − 68% − 24% = 8%');
	});

	it('leaves the legend to the page when asked, and sizes the canvas for it', () => {
		expect(toSplitConfig(diplomacy, { theme: THEMES.light, legend: false }).options?.plugins?.legend?.display).toBe(false);
		expect(splitHeight(diplomacy, { legend: false })).toBe(76);
		expect(splitHeight(diplomacy)).toBe(76 + 3 * 22 + 12);
	});

	it('describes the bar in words, rest and all', () => {
		expect(describeSplit(diplomacy)).toBe(
			'100% stacked bar of the answers to “How should Japan conduct its diplomacy toward the U.S.?” (paraphrased). ' +
				'As independently as possible: 68%; Following U.S. wishes as far as possible: 24%; ' +
				'other or no answer (not reported): 8%, derived as 100% − 68% − 24% = 8%.'
		);
	});

	it('draws in Node from the same configuration, as a PNG writer will', () => {
		registerFonts();
		const [width, height] = [360, splitHeight(diplomacy)];
		const canvas = createCanvas(width, height);
		const config = toSplitConfig(diplomacy, { theme: THEMES.light, responsive: false, devicePixelRatio: 1 });
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
