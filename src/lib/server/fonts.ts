import { GlobalFonts } from '@napi-rs/canvas';
import { CHART_FONT } from '$lib/chart/theme';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The faces the charts use, from the same @fontsource package the pages load. */
export const FONT_FILES = [
	'inter-latin-400-normal.woff2',
	'inter-latin-400-italic.woff2',
	'inter-latin-600-normal.woff2',
	'inter-latin-700-normal.woff2'
];

const FONT_DIR = join(dirname(createRequire(import.meta.url).resolve('@fontsource/inter/package.json')), 'files');

let registered = false;

/** Registers Inter with the Node canvas once; a missing file stops the build, naming it. */
export function registerFonts(dir = FONT_DIR): void {
	if (registered && dir === FONT_DIR) return;
	for (const file of FONT_FILES) {
		const path = join(dir, file);
		if (!existsSync(path) || !GlobalFonts.registerFromPath(path, CHART_FONT)) {
			throw new Error(`font file missing or unreadable: ${path} (install @fontsource/inter)`);
		}
	}
	registered = dir === FONT_DIR;
}
