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
		hatch: '#767676'
	},
	dark: {
		name: 'dark',
		background: '#121417',
		text: '#f2f2f2',
		muted: '#b8b8b8',
		grid: '#33373d',
		stated: '#56b4e9',
		derived: '#3a3e44',
		hatch: '#9a9a9a'
	}
};
