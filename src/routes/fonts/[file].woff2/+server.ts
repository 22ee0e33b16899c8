import { error } from '@sveltejs/kit';
import { catalogue } from '$lib/catalogue';
import { pageFonts, pageFontWoff2 } from '$lib/server/pageFonts';

export const prerender = true;
export const entries = () => pageFonts(catalogue).map((f) => ({ file: f.file }));

export async function GET({ params }) {
	const font = pageFonts(catalogue).find((f) => f.file === params.file);
	if (!font) error(404, 'No such font.');
	return new Response(new Uint8Array(await pageFontWoff2(font)), { headers: { 'Content-Type': 'font/woff2' } });
}
