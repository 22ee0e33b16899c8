import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The server's renderers and writers are given URLs; routes compute them with site.ts. So nothing
 * under src/lib/server reaches `$app/paths`, directly or through a module it imports, and each
 * can run outside SvelteKit (scripts, benchmarks) with the URLs it is handed.
 */
const ROOT = join(__dirname, '../../..');
const SERVER = join(ROOT, 'src/lib/server');
const FORBIDDEN = ['$app/paths', '$lib/site'];

const IMPORT = /^\s*(?:import|export)\b[^'"]*?\sfrom\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;

/** The file a specifier names, or null for a package (which cannot reach `$app/paths` of ours). */
function resolve(from: string, specifier: string): string | null {
	const base = specifier.startsWith('$lib/') ? join(ROOT, 'src/lib', specifier.slice(5)) : specifier.startsWith('.') ? join(dirname(from), specifier) : null;
	if (!base) return null;
	return ['', '.ts', '.js', '/index.ts'].map((ext) => base + ext).find((f) => statSync(f, { throwIfNoEntry: false })?.isFile()) ?? null;
}

/** The first chain of imports from `file` to a forbidden module, or null. */
function chainToForbidden(file: string, seen = new Set<string>()): string[] | null {
	if (seen.has(file)) return null;
	seen.add(file);
	for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
		const specifier = (match[1] ?? match[2])!.replace(/\?.*$/, '');
		if (FORBIDDEN.includes(specifier)) return [specifier];
		const next = resolve(file, specifier);
		const rest = next && /\.(ts|js)$/.test(next) ? chainToForbidden(next, seen) : null;
		if (rest) return [relative(ROOT, next!), ...rest];
	}
	return null;
}

/** Every module of src/lib/server, and the poll JSON writer beside the polls. */
const sources = [
	...readdirSync(SERVER)
		.filter((f) => /\.ts$/.test(f) && !/\.(test|bench|d)\.ts$/.test(f))
		.map((f) => `src/lib/server/${f}`),
	'src/lib/polls/json.ts'
];

describe('src/lib/server is given URLs', () => {
	it('has modules to check', () => {
		expect(sources.length).toBeGreaterThan(5);
	});

	it.each(sources)('%s reaches neither $app/paths nor site.ts', (file) => {
		expect(chainToForbidden(join(ROOT, file))).toBeNull();
	});

	it('finds such an import where there is one', () => {
		// The check itself can fail: a route module that imports site.ts is caught.
		expect(chainToForbidden(join(ROOT, 'src/routes/oembed/[slug].json/+server.ts'))).toEqual(['$lib/site']);
	});
});
