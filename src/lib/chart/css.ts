/**
 * The pages' CSS custom properties, written from the theme table and the layout sizes, so a
 * colour or a box width lives in one place that the canvas and the CSS both read. vite.config.ts
 * serves this as the stylesheet `virtual:citecharts-site.css`, which the root layout imports
 * before app.css. Plain imports only: Vite's config loader reads this file too.
 */
import { LAYOUT } from './sizes.ts';
import { PAGE_FONT, THEME_NAMES, THEMES, type ChartTheme } from './theme.ts';

/** Each page colour's custom property, and where the theme table keeps it. */
export const PAGE_COLOURS: [name: string, pick: (theme: ChartTheme) => string][] = [
	['bg', (t) => t.background],
	['surface', (t) => t.page.surface],
	['text', (t) => t.text],
	['muted', (t) => t.muted],
	['rule', (t) => t.page.rule],
	['accent', (t) => t.page.accent],
	['mark', (t) => t.page.mark],
	['mark-target', (t) => t.page.markTarget],
	['focus', (t) => t.page.focus]
];

/** `wrapMax` → `--wrap-max`, in CSS pixels. */
const layoutVars = Object.entries(LAYOUT).map(([key, px]) => `\t--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${px}px;`);

export function siteCss(): string {
	const colours = PAGE_COLOURS.map(([name, pick]) => `\t--${name}: light-dark(${pick(THEMES.light)}, ${pick(THEMES.dark)});`);
	// light-dark() follows color-scheme, which the reader's system sets on site pages and ?theme=
	// sets on embeds (html[data-theme]).
	const forced = THEME_NAMES.map((name) => `:root[data-theme='${name}'] {\n\tcolor-scheme: ${name};\n}\n`);
	return [`:root {\n\t--font: ${PAGE_FONT};\n\tcolor-scheme: ${THEME_NAMES.join(' ')};\n${[...colours, ...layoutVars].join('\n')}\n}\n`, ...forced].join('\n');
}
