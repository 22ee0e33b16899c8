import type { Handle } from '@sveltejs/kit';

// Embeds are light unless ?theme= says otherwise, which only the browser can read (THEME_BOOT):
// the HTML says light, so a reader without JavaScript gets light whatever their system setting.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: event.route.id?.startsWith('/embed/')
			? ({ html }) => html.replace('<html lang="en">', '<html lang="en" data-theme="light">')
			: undefined
	});
