import { error } from '@sveltejs/kit';
import { STILL_WIDTHS } from '$lib/chart/sizes';
import { isThemeName, THEME_NAMES } from '$lib/chart/theme';
import { catalogue } from '$lib/catalogue';
import { figureStill } from '$lib/server/exports';
import { loadFigure } from '$lib/server/load';

export const prerender = true;

export function entries() {
	return catalogue.figures.flatMap((f) =>
		THEME_NAMES.flatMap((theme) => STILL_WIDTHS.map((width) => ({ slug: f.slug, theme, width: String(width) })))
	);
}

export function GET({ params }) {
	const { figure } = loadFigure(params.slug);
	const width = Number(params.width);
	if (!isThemeName(params.theme) || !STILL_WIDTHS.includes(width as (typeof STILL_WIDTHS)[number])) {
		error(404, 'No such still image');
	}
	return new Response(new Uint8Array(figureStill(figure, params.theme, width)), { headers: { 'Content-Type': 'image/png' } });
}
