#!/usr/bin/env node
// `npm run draft -- FILE --id ID`: adds an article from a text file as drafts (DESIGN.md, "Reading
// numbers"): the verbatim text, a metadata module and one figure module per sentence with shares,
// each marked draft: true. The build skips drafts until an editor removes the mark.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const usage = 'usage: npm run draft -- FILE --id ID   (ID: lowercase words joined by hyphens)';
const args = process.argv.slice(2);
const at = args.indexOf('--id');
const id = at >= 0 ? args[at + 1] : undefined;
const file = args.find((a, i) => i !== at && i !== at + 1);
const fail = (message) => {
	console.error(`draft: ${message}`);
	process.exit(2);
};
if (!file || !id || args.length !== 3) fail(usage);

const { module } = await runnerImport(new URL('../src/lib/provenance/draft.ts', import.meta.url).pathname, { configFile: false, logLevel: 'silent' });
if (!module.SLUG_PATTERN.test(id)) fail(`the id ${JSON.stringify(id)} must be lowercase words joined by hyphens`);

let text;
try {
	text = readFileSync(file, 'utf8');
} catch (error) {
	fail(`cannot read ${file}: ${error.code ?? error.message}`);
}
if (text.includes('\uFFFD')) fail(`${file} is not UTF-8 text`);

const root = new URL('../src/lib/content/', import.meta.url);
const drafted = module.draftArticle(id, text);
const targets = [
	[new URL(`articles/${id}.txt`, root), null],
	[new URL(`articles/${id}.ts`, root), drafted.article],
	...drafted.figures.map((f) => [new URL(`figures/${f.slug}.ts`, root), f.module])
];
const taken = targets.filter(([url]) => existsSync(url));
if (taken.length) fail(`not overwriting ${taken.map(([url]) => url.pathname).join(', ')}; pick another --id`);

copyFileSync(file, targets[0][0]); // verbatim: the bytes as given, not a re-encoding
for (const [url, source] of targets.slice(1)) writeFileSync(url, source);
console.log(`draft: wrote ${targets.length} files for ${id} (all marked draft: true; the build skips them):`);
for (const [url] of targets) console.log(`  ${url.pathname.replace(`${process.cwd()}/`, '')}`);
for (const note of drafted.notes) console.log(`  note: ${note}`);
