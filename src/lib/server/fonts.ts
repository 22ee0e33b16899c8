import { GlobalFonts, type FontKey } from '@napi-rs/canvas';
import { scriptChars, scriptFontFor } from '$lib/chart/scripts';
import { CHART_FONT } from '$lib/chart/theme';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { scriptFontTtf } from './scriptFonts';
import type { Face } from './svgText';

/**
 * The faces the charts use. `latin` is the @fontsource file the pages load, registered as the
 * charts' own family; `full` is the same face of Inter (4.001, the same metrics) with its whole
 * character set, from the Inter project's package: @fontsource's subsets hold no ≈, ≥ or ≤
 * (U+2248, U+2264, U+2265 are in no subset's unicode-range), so without it the canvas drew them
 * in whatever system font it found. Registered as "Inter", the next name in the font stack.
 */
export const FACES: (Face & { latin: string; full: string })[] = [
	{ weight: 400, style: 'normal', latin: 'inter-latin-400-normal.woff2', full: 'Inter-Regular.woff2' },
	{ weight: 400, style: 'italic', latin: 'inter-latin-400-italic.woff2', full: 'Inter-Italic.woff2' },
	{ weight: 600, style: 'normal', latin: 'inter-latin-600-normal.woff2', full: 'Inter-SemiBold.woff2' },
	{ weight: 700, style: 'normal', latin: 'inter-latin-700-normal.woff2', full: 'Inter-Bold.woff2' }
];
/** The @fontsource files, in the order they register. */
export const FONT_FILES = FACES.map((f) => f.latin);

const packageDir = (name: string) => dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
const FONT_DIR = join(packageDir('@fontsource/inter'), 'files');
export const FULL_FONT_DIR = join(packageDir('inter-ui'), 'web');

let registered = false;

function register(path: string, family: string, from: string): void {
	if (!existsSync(path) || !GlobalFonts.registerFromPath(path, family)) {
		throw new Error(`font file missing or unreadable: ${path} (install ${from})`);
	}
}

/** Registers Inter with the Node canvas once; a missing file stops the build, naming it. */
export function registerFonts(dir = FONT_DIR, fullDir = FULL_FONT_DIR): void {
	if (registered && dir === FONT_DIR) return;
	for (const face of FACES) register(join(dir, face.latin), CHART_FONT, '@fontsource/inter');
	for (const face of FACES) register(join(fullDir, face.full), 'Inter', 'inter-ui');
	registered = dir === FONT_DIR && fullDir === FULL_FONT_DIR;
}

/** The full face a chart face is embedded from. */
export function fullFontPath(face: Face): string {
	const match = FACES.find((f) => f.weight === face.weight && f.style === face.style);
	if (!match) throw new Error(`no Inter file for weight ${face.weight} ${face.style}`);
	return join(FULL_FONT_DIR, match.full);
}

/** Per script face and weight: the characters registered so far and their registration. */
const scriptFaces = new Map<string, { chars: Set<string>; key: FontKey }>();

/**
 * Registers the script face of `lang` (if it needs one) holding every character of `text` it
 * draws, under the family name the charts ask for. The registration grows as new characters
 * come: the face is cut again with them all and replaces the last one (same glyphs, so the same
 * pixels).
 */
export function registerScriptFonts(lang: string, text: string): void {
	const face = scriptFontFor(lang);
	if (!face) return;
	const wanted = scriptChars(text);
	for (const weight of face.weights) {
		const id = `${face.name}-${weight}`;
		const known = scriptFaces.get(id);
		if (known && [...wanted].every((c) => known.chars.has(c))) continue;
		const chars = new Set([...(known?.chars ?? []), ...wanted]);
		if (chars.size === 0) continue;
		const key = GlobalFonts.register(scriptFontTtf(face, weight, chars), face.family);
		if (!key) throw new Error(`could not register ${face.name} ${weight}`);
		if (known) GlobalFonts.remove(known.key);
		scriptFaces.set(id, { chars, key });
	}
}
