import { base } from '$app/paths';

/** Site-relative path under the base path: `/charts/x` becomes `/citecharts/charts/x`. */
export const path = (route: string): string => `${base}${route}`;

/** Absolute URL of a route: origin + base path + route. */
export const absolute = (route: string): string => `${__SITE_ORIGIN__}${base}${route}`;

/** Every address a figure is published at. */
export function figureUrls(slug: string) {
	return {
		page: absolute(`/charts/${slug}`),
		png: absolute(`/charts/${slug}.png`),
		svg: absolute(`/charts/${slug}.svg`),
		csv: absolute(`/charts/${slug}.csv`),
		json: absolute(`/charts/${slug}.json`),
		card: absolute(`/charts/${slug}/card.png`),
		embed: absolute(`/embed/${slug}`),
		oembed: absolute(`/oembed/${slug}.json`)
	};
}

/** The loader host pages include: `<script async src>`. */
export const loaderUrl = () => absolute('/embed.js');
