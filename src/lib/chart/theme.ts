/** The site's themes, named once: pages follow the reader's system, embeds take `?theme=`. */
export const THEME_NAMES = ['light', 'dark'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];
/** Where the reader's system cannot choose: exported images, and embeds without `?theme=`. */
export const DEFAULT_THEME: ThemeName = 'light';
/** A theme, or `auto` to follow the reader's system setting. */
export type ThemeChoice = ThemeName | 'auto';

export const isThemeName = (value: unknown): value is ThemeName => THEME_NAMES.includes(value as ThemeName);

/** The theme a choice comes to, given whether the reader's system prefers dark. */
export const themeFor = (choice: ThemeChoice, prefersDark: boolean): ThemeName => (choice === 'auto' ? (prefersDark ? 'dark' : 'light') : choice);

/**
 * Colours and type of a chart and of the pages around it: the canvas reads this table, and the
 * pages' CSS custom properties are written from it (css.ts). Okabe-Ito blue stays distinct for
 * every colour vision.
 */
export interface ChartTheme {
	name: ThemeName;
	background: string;
	text: string;
	muted: string;
	grid: string;
	/** Bars the article states. */
	stated: string;
	/** A change figure's previous wave, stated: the stated hue, lighter (3.3:1 on the background). */
	earlier: string;
	/** Bars the site derives: muted fill, hatched in `hatch`. */
	derived: string;
	hatch: string;
	/** Answers of one question side by side (split charts), in order, with the ink of a value written on each. */
	answers: { fill: string; ink: string }[];
	/** Colours only the pages use, beside `background`, `text` and `muted`. */
	page: {
		/** Panels set off from the page: quotes, the citation, pressed buttons. */
		surface: string;
		/** Borders and table rules. */
		rule: string;
		/** Links and buttons. */
		accent: string;
		/** Highlighted quotes in the source view, and the one a link points at. */
		mark: string;
		markTarget: string;
		/** The keyboard focus ring. */
		focus: string;
	};
}

/**
 * Charts draw with their own registration of Inter: in Node (GlobalFonts) and in the browser
 * (FontFace, see browser.ts). The page's CSS Inter uses font-display: optional, which lets a
 * browser keep the fallback for the whole page view; a canvas must not inherit that choice.
 */
export const CHART_FONT = 'citecharts Inter';
/** The pages' font stack; charts put their own Inter first. */
export const PAGE_FONT = "Inter, 'Helvetica Neue', Arial, sans-serif";
export const FONT_FAMILY = `'${CHART_FONT}', ${PAGE_FONT}`;

export const THEMES: Record<ThemeName, ChartTheme> = {
	light: {
		name: 'light',
		background: '#ffffff',
		text: '#1a1a1a',
		muted: '#595959',
		grid: '#e3e3e3',
		stated: '#0072b2',
		earlier: '#4f93c2',
		derived: '#d9d9d9',
		hatch: '#767676',
		// Okabe-Ito hues darkened until white text on them reaches 4.5:1.
		answers: [
			{ fill: '#0072b2', ink: '#ffffff' },
			{ fill: '#b35c00', ink: '#ffffff' },
			{ fill: '#00734f', ink: '#ffffff' },
			{ fill: '#aa4499', ink: '#ffffff' }
		],
		page: { surface: '#f6f5f2', rule: '#dcdad5', accent: '#005a8e', mark: '#fff0b3', markTarget: '#ffd966', focus: '#b35900' }
	},
	dark: {
		name: 'dark',
		background: '#121417',
		text: '#f2f2f2',
		muted: '#b8b8b8',
		grid: '#33373d',
		stated: '#56b4e9',
		earlier: '#2c6f96',
		derived: '#3a3e44',
		hatch: '#9a9a9a',
		answers: [
			{ fill: '#56b4e9', ink: '#121417' },
			{ fill: '#e69f00', ink: '#121417' },
			{ fill: '#3fc3a0', ink: '#121417' },
			{ fill: '#cc79a7', ink: '#121417' }
		],
		page: { surface: '#1b1e22', rule: '#33373d', accent: '#7cc4f0', mark: '#4d4215', markTarget: '#7a6512', focus: '#ffb870' }
	}
};
