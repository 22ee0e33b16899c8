import { base } from '$app/paths';
import { STILL_SCALE } from '$lib/chart/sizes';
import type { ThemeName } from '$lib/chart/theme';

/** Site-relative path under the base path: `/charts/x` becomes `/citecharts/charts/x`. */
export const path = (route: string): string => `${base}${route}`;

/** Absolute URL of a route: origin + base path + route. */
export const absolute = (route: string): string => `${__SITE_ORIGIN__}${base}${route}`;

type Routes = Record<string, string>;
/** The same routes, each passed through `to` (path or absolute). */
const mapRoutes = <T extends Routes>(routes: T, to: (route: string) => string) =>
	Object.fromEntries(Object.entries(routes).map(([k, r]) => [k, to(r)])) as T;

/** Every route a figure is published at (DESIGN.md's table), written once. */
export function figureRoutes(slug: string) {
	return {
		page: `/charts/${slug}`,
		png: `/charts/${slug}.png`,
		svg: `/charts/${slug}.svg`,
		csv: `/charts/${slug}.csv`,
		json: `/charts/${slug}.json`,
		card: `/charts/${slug}/card.png`,
		embed: `/embed/${slug}`,
		oembed: `/oembed/${slug}.json`
	};
}

/** Whether a SvelteKit route id (`page.route.id`, `event.route.id`) is the embed's. */
export const isEmbedRoute = (routeId: string | null): boolean => routeId === figureRoutes('[slug]').embed;

/** A figure's addresses as links within the site (under the base path). */
export const figurePaths = (slug: string) => mapRoutes(figureRoutes(slug), path);

/** A figure's addresses as absolute URLs, for codes and files read elsewhere. */
export const figureUrls = (slug: string) => mapRoutes(figureRoutes(slug), absolute);

/** A still image of a figure's chart, as a page draws it (DESIGN.md, "First paint"). */
export const stillRoute = (slug: string, theme: ThemeName, width: number) => `/charts/${slug}/still-${theme}-${width}.png`;

/** A still as a site link and as a `srcset` candidate at the density it is drawn. */
export const stillPaths = (slug: string, theme: ThemeName, width: number) => {
	const src = path(stillRoute(slug, theme, width));
	return { src, srcset: `${src} ${STILL_SCALE}x` };
};

/** The loader host pages include: `<script async src>`. */
export const loaderUrl = () => absolute('/embed.js');

/** The index of articles. */
export const indexPath = () => path('/');

/** The index page's script (lib/index-page.js): its filter and its stills. */
export const indexScriptPath = () => path('/index.js');

/** What embed codes and oEmbed link to, as absolute URLs. */
export function embedUrls(slug: string) {
	const urls = figureUrls(slug);
	return { page: urls.page, png: urls.png, embed: urls.embed, loader: loaderUrl() };
}

/** A poll's page and data file (DESIGN.md's routes table). */
export const pollRoutes = (id: string) => ({ page: `/polls/${id}`, json: `/polls/${id}.json` });

/** A poll's addresses as site links. */
export const pollPaths = (id: string) => mapRoutes(pollRoutes(id), path);

/** A poll's addresses as absolute URLs, for its data file and the page's canonical link. */
export const pollUrls = (id: string) => mapRoutes(pollRoutes(id), absolute);

/** The anchor of a line of an article file in its source view: `p1` … `p17`. */
export const paragraphAnchor = (paragraph: number) => `p${paragraph}`;

/** An article's source view, and links to one of its lines or to a quote's mark there. */
export const sourcePaths = (article: string) => ({
	page: path(`/sources/${article}`),
	paragraph: (n: number) => path(`/sources/${article}#${paragraphAnchor(n)}`),
	mark: (anchor: string) => path(`/sources/${article}#${anchor}`)
});

/** An article's dashboard (DESIGN.md's routes table); its text is at `sourcePaths`. */
export const articleRoutes = (id: string) => ({ page: `/articles/${id}` });

/** An article's dashboard as a site link and as an absolute URL. */
export const articlePaths = (id: string) => mapRoutes(articleRoutes(id), path);
export const articleUrls = (id: string) => mapRoutes(articleRoutes(id), absolute);

/** A page font file (a script face subset, server/pageFonts.ts). */
export const fontRoute = (file: string) => `/fonts/${file}.woff2`;
