// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** The site's origin for absolute URLs, from PUBLIC_SITE_URL at build time. */
	const __SITE_ORIGIN__: string;
	/** Build the fictional test content of tests/fixtures/content beside the real content (CITECHARTS_FIXTURES=1). */
	const __CITECHARTS_FIXTURES__: boolean;
	namespace App {
		interface Error {
			message: string;
		}
	}
}

export {};
