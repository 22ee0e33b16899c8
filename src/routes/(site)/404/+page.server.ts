import { chartLinks } from '$lib/catalogue';

// Only the not-found page lists every chart; a list in the root layout went into every page's
// data and grew with the square of the number of charts.
export function load() {
	return { charts: chartLinks() };
}
