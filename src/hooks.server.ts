import type { Handle } from '@sveltejs/kit';

// Embeds are light unless ?theme= says otherwise, which only the browser can read: fix the colour
// scheme in the HTML so the reader's system setting does not apply before the script runs.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: event.route.id?.startsWith('/embed/')
			? ({ html }) => html.replace('<html lang="en">', '<html lang="en" data-theme="light">')
			: undefined
	});
