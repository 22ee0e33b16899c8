/** Colours and type of a chart. Okabe-Ito blue stays distinct for every colour vision. */
export interface ChartTheme {
	name: 'light' | 'dark';
	background: string;
	text: string;
	muted: string;
	grid: string;
	/** Bars the article states. */
	stated: string;
	/** Bars the site derives: muted fill, hatched in `hatch`. */
	derived: string;
	hatch: string;
	/** Answers of one question side by side (split charts), in order, with the ink of a value written on each. */
	answers: { fill: string; ink: string }[];
}

/**
 * Charts draw with their own registration of Inter: in Node (GlobalFonts) and in the browser
 * (FontFace, see browser.ts). The page's CSS Inter uses font-display: optional, which lets a
 * browser keep the fallback for the whole page view; a canvas must not inherit that choice.
 */
export const CHART_FONT = 'citecharts Inter';
export const FONT_FAMILY = `'${CHART_FONT}', Inter, 'Helvetica Neue', Arial, sans-serif`;

export const THEMES: Record<ChartTheme['name'], ChartTheme> = {
	light: {
		name: 'light',
		background: '#ffffff',
		text: '#1a1a1a',
		muted: '#595959',
		grid: '#e3e3e3',
		stated: '#0072b2',
		derived: '#d9d9d9',
		hatch: '#767676',
		// Okabe-Ito hues darkened until white text on them reaches 4.5:1.
		answers: [
			{ fill: '#0072b2', ink: '#ffffff' },
			{ fill: '#b35c00', ink: '#ffffff' },
			{ fill: '#00734f', ink: '#ffffff' },
			{ fill: '#aa4499', ink: '#ffffff' }
		]
	},
	dark: {
		name: 'dark',
		background: '#121417',
		text: '#f2f2f2',
		muted: '#b8b8b8',
		grid: '#33373d',
		stated: '#56b4e9',
		derived: '#3a3e44',
		hatch: '#9a9a9a',
		answers: [
			{ fill: '#56b4e9', ink: '#121417' },
			{ fill: '#e69f00', ink: '#121417' },
			{ fill: '#3fc3a0', ink: '#121417' },
			{ fill: '#cc79a7', ink: '#121417' }
		]
	}
};
