import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startAfterFirstPaint } from './defer-start';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
// The shape kit 2 writes into a prerendered page (trimmed): its start script, hashed in the CSP.
const KIT = `{__sveltekit_x = {base: ""};const element = document.currentScript.parentElement;
Promise.all([import("/_app/start.js"), import("/_app/app.js")]).then(([kit, app]) => { kit.start(app, element, {}); });}`;
const page = (script: string, policy = sha(script)) =>
	`<head><meta http-equiv="content-security-policy" content="script-src 'self' ${policy}"></head><body><script>${script}</script></body>`;

describe('startAfterFirstPaint', () => {
	const out = startAfterFirstPaint(page(KIT));
	const script = /<script>([\s\S]*)<\/script>/.exec(out)?.[1] ?? '';

	it('waits for the load and a painted frame before importing kit, imports unchanged', () => {
		expect(script).toMatch(/requestAnimationFrame.*addEventListener\('load'.*\.then\(function\(\)\{return Promise\.all\(\[import\("\/_app\/start\.js"\), import\("\/_app\/app\.js"\)\]\)\}\)\.then\(\(\[kit, app\]\)/s);
	});

	it("replaces the old script's hash in the policy with the new one's", () => {
		expect(out).toContain(sha(script));
		expect(out).not.toContain(sha(KIT));
	});

	it.each([
		['no kit start script', page('console.log(1)')],
		['a start script the policy does not hash', page(KIT, "'sha256-other'")]
	])('throws on %s rather than ship a page that cannot start', (_, html) => {
		expect(() => startAfterFirstPaint(html)).toThrow(/startAfterFirstPaint/);
	});
});
