import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// Components are handed content; their types come from the types modules (provenance/resolved,
// content/types), not from the module that loads and validates the whole catalogue.
it('no component imports the catalogue loader', () => {
	const offenders = readdirSync(__dirname)
		.filter((f) => f.endsWith('.svelte') || (f.endsWith('.ts') && !f.endsWith('.test.ts')))
		.filter((f) => /from '\$lib\/(?:provenance\/)?catalogue'/.test(readFileSync(join(__dirname, f), 'utf8')));
	expect(offenders).toEqual([]);
});
