/** The messages embeds and the loader exchange (DESIGN.md, "Embedding"). */
import { DEFAULT_THEME, isThemeName, type ThemeChoice } from '$lib/chart/theme';

export type EmbedTheme = ThemeChoice;

/** `?theme=` as given; anything but a theme's name or `auto` is the default (light), and never echoed. */
export function parseTheme(value: string | null): EmbedTheme {
	return value === 'auto' || isThemeName(value) ? value : DEFAULT_THEME;
}

/** WordPress's oEmbed iframes carry `#?secret=…`; only a plain token is accepted. */
export function parseSecret(hash: string): string | null {
	if (!hash.startsWith('#?')) return null;
	const secret = new URLSearchParams(hash.slice(2)).get('secret');
	return secret && /^[A-Za-z0-9]{1,64}$/.test(secret) ? secret : null;
}

export interface HeightMessage {
	type: 'citecharts:height';
	slug: string;
	height: number;
}

export const heightMessage = (slug: string, height: number): HeightMessage => ({
	type: 'citecharts:height',
	slug,
	height: Math.ceil(height)
});

export const isPing = (data: unknown): boolean =>
	typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'citecharts:ping';

/**
 * Posts the element's height to the parent page on start, on every change (ResizeObserver) and
 * when the parent pings; returns the function that stops it.
 */
export function reportHeight(element: HTMLElement, slug: string, win: Window = window): () => void {
	if (win.parent === win) return () => {};
	const secret = parseSecret(win.location.hash);
	const post = () => {
		const height = element.getBoundingClientRect().height;
		win.parent.postMessage(heightMessage(slug, height), '*');
		if (secret) win.parent.postMessage({ message: 'height', value: Math.ceil(height), secret }, '*');
	};
	const observer = new ResizeObserver(post);
	observer.observe(element);
	const onMessage = (event: MessageEvent) => {
		if (event.source === win.parent && isPing(event.data)) post();
	};
	win.addEventListener('message', onMessage);
	post();
	return () => {
		observer.disconnect();
		win.removeEventListener('message', onMessage);
	};
}
