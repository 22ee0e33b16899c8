import { base } from '$app/paths';

/** Site-relative path under the base path: `/charts/x` becomes `/citecharts/charts/x`. */
export const path = (route: string): string => `${base}${route}`;

/** Absolute URL of a route: origin + base path + route. */
export const absolute = (route: string): string => `${__SITE_ORIGIN__}${base}${route}`;

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

type FigureRoutes = ReturnType<typeof figureRoutes>;
const mapRoutes = (slug: string, to: (route: string) => string) =>
	Object.fromEntries(Object.entries(figureRoutes(slug)).map(([k, r]) => [k, to(r)])) as FigureRoutes;

/** A figure's addresses as links within the site (under the base path). */
export const figurePaths = (slug: string): FigureRoutes => mapRoutes(slug, path);

/** A figure's addresses as absolute URLs, for codes and files read elsewhere. */
export const figureUrls = (slug: string): FigureRoutes => mapRoutes(slug, absolute);

/** The loader host pages include: `<script async src>`. */
export const loaderUrl = () => absolute('/embed.js');

/** A poll's page and data file (DESIGN.md's routes table). */
export const pollRoutes = (id: string) => ({ page: `/polls/${id}`, json: `/polls/${id}.json` });

/** A poll's addresses as site links. */
export const pollPaths = (id: string) => {
	const routes = pollRoutes(id);
	return { page: path(routes.page), json: path(routes.json) };
};

/** An article's dashboard and its verbatim text (DESIGN.md's routes table). */
export const articleRoutes = (id: string) => ({ page: `/articles/${id}`, source: `/sources/${id}` });

/** An article's addresses as site links. */
export const articlePaths = (id: string) => {
	const routes = articleRoutes(id);
	return { page: path(routes.page), source: path(routes.source) };
};
