import { chartLinks } from '$lib/catalogue';

/** Every page can list the charts: the 404 and error pages do. */
export function load() {
	return { charts: chartLinks() };
}
