import { describe, expect, it } from 'vitest';
import { CHART_BOXES, STILL_WIDTHS, type ChartBox } from './sizes';
import { stillSources, stillWidthCss } from './stills';

/** The still a `<picture>` of `stillSources` shows at a viewport width: the first source whose media matches. */
function pictureChoice(box: ChartBox, viewport: number): number {
	return stillSources(box).find(({ media }) => matches(media, viewport))?.width ?? STILL_WIDTHS[0];
}

/** Whether a media query of min-/max-width conditions holds at a viewport width. */
function matches(media: string, viewport: number): boolean {
	return [...media.matchAll(/\((min|max)-width: (\d+)px\)/g)].every(([, side, px]) => (side === 'min' ? viewport >= Number(px) : viewport <= Number(px)));
}

/** The still the CSS shows: its rules applied in order, the last `display:block` for a width winning. */
function cssChoice(css: string, viewport: number): number[] {
	const shown = new Map<number, boolean>();
	const apply = (rules: string) => {
		for (const [, width, display] of rules.matchAll(/\.still-(\d+)\{display:(block|none)\}/g)) shown.set(Number(width), display === 'block');
	};
	// Top-level rules and @media blocks, in order; a block applies where its media matches.
	for (const [, media, inner, plain] of css.matchAll(/@media ([^{]+)\{((?:[^{}]*\{[^}]*\})*)\}|([^@]+?\{[^}]*\})/g)) {
		if (plain) apply(plain);
		else if (matches(media!, viewport)) apply(inner!);
	}
	return [...shown].filter(([, on]) => on).map(([width]) => width);
}

describe('stillWidthCss shows exactly the still a <picture> would', () => {
	const boxes: [string, ChartBox][] = [['embed', CHART_BOXES.embed], ['page', CHART_BOXES.page], ['dashboard', CHART_BOXES.dashboard]];
	const viewports = [300, 347, 348, 427, 428, 429, 507, 508, 627, 628, 827, 828, 831, 832, 1023, 1024, 1055, 1056, 1280, 2000];
	it.each(boxes)('%s box, at every boundary', (_, box) => {
		const css = stillWidthCss(box, '[x]');
		for (const viewport of viewports) expect(cssChoice(css, viewport), `${viewport} px`).toEqual([pictureChoice(box, viewport)]);
	});

	it('scopes every rule', () => {
		expect(stillWidthCss(CHART_BOXES.embed, '[x]').match(/[^}]*\{display/g)!.every((r) => r.replace(/^@media[^{]*\{/, '').startsWith('[x] '))).toBe(true);
	});
});
