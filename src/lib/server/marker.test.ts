import { FIXTURE_CONTENT } from '$lib/catalogue';
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { toChartConfig } from '$lib/chart/config';
import { chartHeight } from '$lib/chart/sizes';
import { Chart } from '$lib/chart/register';
import { THEMES } from '$lib/chart/theme';
import { buildCatalogue } from '$lib/provenance/catalogue';
import type { ResolvedFigure } from '$lib/provenance/resolved';
import { registerFonts } from './fonts';

const { figures } = buildCatalogue(FIXTURE_CONTENT);

/** Draws a figure as the PNG renderer does and reads the pixel at a value on a bar's middle. */
function inkAt(figure: ResolvedFigure, valueIndex: number, at: number) {
	registerFonts();
	const [width, height, scale] = [640, chartHeight(figure), 2];
	const canvas = createCanvas(width * scale, height * scale);
	const chart = new Chart(canvas.getContext('2d') as unknown as CanvasRenderingContext2D, toChartConfig(figure, { theme: THEMES.light, responsive: false, devicePixelRatio: scale }));
	chart.resize(width, height);
	const x = Math.round(chart.scales.x!.getPixelForValue(at) * scale);
	const y = Math.round(chart.scales.y!.getPixelForValue(valueIndex) * scale);
	const [r, g, b] = canvas.getContext('2d').getImageData(x, y, 1, 1).data;
	chart.destroy();
	return (r! + g! + b!) / 3;
}

describe("the poll's own value on the chart", () => {
	const ferry = figures.find((f) => f.slug === 'ferry-survey')!;
	const against = ferry.values.findIndex((v) => v.id === 'against');
	const pollValue = ferry.values[against]!.check!.pollValue;
	const unchecked = { ...ferry, values: ferry.values.map(({ check: _check, ...v }) => v) };

	it('is marked across the bar, in ink, where the PNG draws it', () => {
		expect(pollValue).toBe(30.3);
		// The marker is the theme's text colour (near black); without a check the bar's blue shows there.
		expect(inkAt(ferry, against, pollValue)).toBeLessThan(60);
		expect(inkAt(unchecked, against, pollValue)).toBeGreaterThan(60);
	});

	it('is not drawn on a value that links no poll', () => {
		const rest = ferry.values.findIndex((v) => v.id === 'rest');
		expect(inkAt(ferry, rest, 10)).toBe(inkAt(unchecked, rest, 10));
	});
});
