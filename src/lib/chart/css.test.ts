import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_COLOURS, siteCss } from './css';
import { LAYOUT } from './sizes';
import { THEME_NAMES, THEMES } from './theme';

const ROOT = join(__dirname, '../../..');
/** Source files that draw or style: the theme table is the one place allowed to name a colour. */
const sources = readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })
	.filter((e) => e.isFile() && /\.(ts|js|svelte|css|html)$/.test(e.name) && !/\.(test|bench)\.ts$/.test(e.name))
	.map((e) => join(e.parentPath, e.name))
	.filter((f) => !f.includes('/src/lib/content/'));
const COLOUR = /#[0-9a-f]{3}(?:[0-9a-f]{3})?(?:[0-9a-f]{2})?\b|\brgba?\(|\bhsla?\(/gi;
/** SVG's own default fill, which the canvas's text runs rely on: not a colour of the site's. */
const ALLOWED = new Map([['src/lib/server/svgText.ts', ['#000']]]);

describe('one theme table', () => {
	it('is the only place a colour is written', () => {
		const found = sources.flatMap((file) => {
			const name = relative(ROOT, file);
			if (name === 'src/lib/chart/theme.ts') return [];
			const hits = [...readFileSync(file, 'utf8').matchAll(COLOUR)].map((m) => m[0]).filter((c) => !ALLOWED.get(name)?.includes(c));
			return hits.map((c) => `${name}: ${c}`);
		});
		expect(found).toEqual([]);
	});

	it('writes each page colour from both themes', () => {
		const css = siteCss();
		for (const [name, pick] of PAGE_COLOURS) {
			expect(css).toContain(`--${name}: light-dark(${pick(THEMES.light)}, ${pick(THEMES.dark)});`);
		}
		for (const name of THEME_NAMES) expect(css).toContain(`:root[data-theme='${name}'] {\n\tcolor-scheme: ${name};\n}`);
		expect(css).toContain(`--page-max: ${LAYOUT.pageMax}px;`);
	});

	it('defines every custom property the stylesheets read', () => {
		const defined = new Set([...siteCss().matchAll(/(--[\w-]+):/g)].map((m) => m[1]));
		const styles = sources.filter((f) => /\.(css|svelte)$/.test(f)).map((f) => readFileSync(f, 'utf8'));
		// Declared in a stylesheet, or set on an element (`style:--fill=` in Svelte).
		for (const style of styles) for (const m of style.matchAll(/(--[\w-]+)\s*[:=]/g)) defined.add(m[1]);
		const read = new Set(styles.flatMap((s) => [...s.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1])));
		expect([...read].filter((v) => !defined.has(v))).toEqual([]);
	});
});
