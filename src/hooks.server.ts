import type { Handle } from '@sveltejs/kit';
import { startAfterFirstPaint } from '$lib/embed/defer-start';

const isEmbed = (routeId: string | null) => routeId?.startsWith('/embed/') ?? false;

// Embeds are light unless ?theme= says otherwise, which only the browser can read (THEME_BOOT):
// the HTML says light, so a reader without JavaScript gets light whatever their system setting.
const embedPage = (html: string) => startAfterFirstPaint(html.replace('<html lang="en">', '<html lang="en" data-theme="light">'));

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: isEmbed(event.route.id) ? ({ html }) => embedPage(html) : undefined,
		// An embed shows its still image first; its scripts matter once the reader reaches for the
		// chart. Preloading its 13 modules, then hydrating as soon as they came, held back the
		// image's paint: 2.5× the same chart inlined as SVG (npm run bench, before this change).
		preload: ({ type }) => type === 'css' || (type === 'js' && !isEmbed(event.route.id))
	});
