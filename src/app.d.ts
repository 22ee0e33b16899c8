// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** The site's origin for absolute URLs, from PUBLIC_SITE_URL at build time. */
	const __SITE_ORIGIN__: string;
	namespace App {
		interface Error {
			message: string;
		}
	}
}

export {};
