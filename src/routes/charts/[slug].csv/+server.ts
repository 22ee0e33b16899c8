import { toCsv } from '$lib/server/csv';
import { figureEntries, loadFigure } from '$lib/server/load';

export const prerender = true;
export const entries = figureEntries;

export function GET({ params }) {
	const { figure, article } = loadFigure(params.slug);
	return new Response(toCsv(figure, article), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
