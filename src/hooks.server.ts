import type { Handle } from '@sveltejs/kit';
import { catalogue } from '$lib/catalogue';
import { startAfterFirstPaint } from '$lib/embed/defer-start';
import { CHART_BOXES } from '$lib/chart/sizes';
import { withInlineStills } from '$lib/server/inlineStills';
import { loadFigure } from '$lib/server/load';
import { pageFontCss, pageFonts } from '$lib/server/pageFonts';
import { fontRoute, isEmbedRoute, path } from '$lib/site';

// Embeds are light unless ?theme= says otherwise, which only the browser can read (THEME_BOOT):
// the HTML says light, so a reader without JavaScript gets light whatever their system setting.
// Their stills are inline SVG, so the chart paints with the HTML.
const embedPage = (html: string, slug: string) =>
	withInlineStills(startAfterFirstPaint(html.replace('<html lang="en">', '<html lang="en" data-theme="light">')), loadFigure(slug).figure, CHART_BOXES.embed);

// The script faces' rules (Japanese, Chinese) go into every page of a site whose content needs
// them: any page may list such a title. Their unicode-range keeps English pages from fetching them;
// a site without such content writes nothing.
const fontRules = pageFontCss(pageFonts(catalogue), (file) => path(fontRoute(file)));
const withFonts = (html: string) => (fontRules ? html.replace('</head>', `${fontRules}</head>`) : html);

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: async ({ html }) => withFonts(isEmbedRoute(event.route.id) && event.params.slug ? await embedPage(html, event.params.slug) : html),
		// An embed shows its still image first; its scripts matter once the reader reaches for the
		// chart. Preloading its 13 modules, then hydrating as soon as they came, held back the
		// image's paint: 2.5× the same chart inlined as SVG (npm run bench, before this change).
		preload: ({ type }) => type === 'css' || (type === 'js' && !isEmbedRoute(event.route.id))
	});
