import { describe, expect, it } from 'vitest';
import { catalogue } from '$lib/catalogue';
import { chartHeight } from '$lib/chart/sizes';
import { THEME_NAMES, THEMES } from '$lib/chart/theme';
import { renderPng } from './render';

// renderPng reuses one canvas per pixel size (native memory is not returned per canvas): a chart
// drawn after another on the same canvas must come out byte for byte as on a fresh one.
describe('a reused canvas', () => {
	const bySize = new Map<number, typeof catalogue.figures>();
	for (const f of catalogue.figures) bySize.set(chartHeight(f, false), [...(bySize.get(chartHeight(f, false)) ?? []), f]);
	const pairs = [...bySize.values()].filter((g) => g.length > 1).map((g) => [g[0]!, g[1]!] as const);

	it('has figures of one size to share it', () => expect(pairs.length).toBeGreaterThan(0));

	// The first theme's first drawing is on a fresh canvas; the dark one follows on the light one's.
	it.each(THEME_NAMES)('draws the same bytes as a fresh one, after another chart, in %s', (theme) => {
		for (const [a, b] of pairs) {
			const png = (figure: typeof a) => renderPng({ figure, theme: THEMES[theme], width: 480 });
			const first = png(a);
			png(b);
			expect(Buffer.compare(png(a), first)).toBe(0);
		}
	});
});
