import { scriptHash } from './script-hash.js';

// Resolves once the page has loaded (its still image with it) and the next frame has been painted,
// or 100 ms after the load where no frame comes: Chromium runs no animation frames in a frame
// scrolled out of view, and such an embed must still start and report its height.
const AFTER_FIRST_PAINT =
	"new Promise(function(r){function f(){requestAnimationFrame(function(){setTimeout(r)});setTimeout(r,100)}document.readyState==='complete'?f():addEventListener('load',f,{once:true})})";

const SCRIPT = /<script>([\s\S]*?)<\/script>/g;
const KIT_START = /Promise\.all\(\[([^\]]*)\]\)\.then\(/;
const hash = (script: string) => `'${scriptHash(script)}'`;

/**
 * Makes a prerendered page start SvelteKit only after its first paint, and swaps the start
 * script's hash in the page's Content Security Policy for the new script's. Kit starts as soon as
 * its modules arrive, and hydration on a busy machine delayed the paint of an embed's still image
 * by hundreds of milliseconds; nothing on the embed needs the script before the reader reaches for
 * the chart. Throws where kit's start script has changed shape, so an update cannot undo this
 * silently.
 */
export function startAfterFirstPaint(html: string): string {
	const start = [...html.matchAll(SCRIPT)].find(([, body = '']) => body.includes('__sveltekit_') && KIT_START.test(body));
	const before = start?.[1];
	if (!start || !before) throw new Error('startAfterFirstPaint: no SvelteKit start script (Promise.all([import…]).then) in the page');
	const after = before.replace(KIT_START, (_, imports: string) => `${AFTER_FIRST_PAINT}.then(function(){return Promise.all([${imports}])}).then(`);
	if (!html.includes(hash(before))) throw new Error("startAfterFirstPaint: kit's start script is not hashed in the page's Content Security Policy");
	const at = start.index ?? 0;
	return html.slice(0, at).replace(hash(before), hash(after)) + `<script>${after}</script>` + html.slice(at + start[0].length);
}
