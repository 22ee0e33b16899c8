/**
 * What each chart kind asks of a figure's shape, beyond the schema: its unit, its waves, which
 * values may be changes, and which sum rule applies (DESIGN.md, "Chart kinds" and rule 5).
 */
import { WAVE_KINDS, type Figure, type FigureKind, type FigureValue } from '$lib/content/types';
import type { ResolvedValue } from './resolved';
import { RULES } from './rule-names';

const KIND_RULE = RULES.shape;

type Fail = (field: string, rule: string, problem: string) => void;

/** The units each kind charts: shares on a 0–100 axis, or counts and money on their own. */
const UNITS: Record<FigureKind, readonly Figure['unit'][]> = {
	parts: ['%'],
	split: ['%'],
	groups: ['%'],
	change: ['%'],
	trend: ['%'],
	counts: ['count', 'money']
};

/** Kinds whose bars share one whole, so they sum to at most 100% (rule 5). */
export const WHOLE_KINDS: readonly FigureKind[] = ['parts', 'split'];

/** Largest gap between a stated change and the two stated levels it joins: each may be rounded to 0.05. */
const CHANGE_ROUNDING = 0.1 + 1e-9;

/** A change figure's stated change between its waves ("up 0.9 points"), rather than a level. */
export const isStatedChange = (v: FigureValue): boolean => 'unit' in v && v.unit === 'pt';

/** Checks what can be checked before the values are read: unit, waves, and what each value names. */
export function checkKindShape(figure: Figure, fail: Fail): void {
	const kind = figure.kind ?? 'parts';
	if (!UNITS[kind].includes(figure.unit)) {
		fail('unit', KIND_RULE, `a ${kind} figure charts ${UNITS[kind].join(' or ')}, not ${figure.unit}`);
	}
	const waveIds = new Set((figure.waves ?? []).map((w) => w.id));
	if (!WAVE_KINDS.includes(kind)) {
		if (figure.waves) fail('waves', KIND_RULE, `a ${kind} figure has no survey waves; waves belong to change and trend figures`);
	} else {
		checkWaves(figure, kind, fail);
	}
	// Without waves, every value would also fail to name one: the missing waves are the one problem.
	const wavesMissing = WAVE_KINDS.includes(kind) && waveIds.size === 0;
	for (const [i, v] of figure.values.entries()) {
		const isChange = isStatedChange(v);
		if (isChange && kind !== 'change') fail(`values[${i}].unit`, KIND_RULE, `only a change figure holds stated changes (unit "pt"); this is a ${kind} figure`);
		if (v.wave !== undefined && !WAVE_KINDS.includes(kind)) fail(`values[${i}].wave`, KIND_RULE, `a ${kind} figure has no survey waves`);
		else if (WAVE_KINDS.includes(kind) && isChange && v.wave !== undefined) fail(`values[${i}].wave`, KIND_RULE, 'a change lies between the two waves, so it names none');
		else if (WAVE_KINDS.includes(kind) && !isChange && !wavesMissing && (v.wave === undefined || !waveIds.has(v.wave))) {
			fail(`values[${i}].wave`, KIND_RULE, `must name one of the figure's waves (${[...waveIds].map((w) => JSON.stringify(w)).join(', ') || 'none given'})`);
		}
	}
	if (kind === 'change' && !wavesMissing) checkChangeRows(figure, fail);
	if (kind === 'trend') checkOnePerWave(figure, fail);
}

function checkWaves(figure: Figure, kind: FigureKind, fail: Fail): void {
	const waves = figure.waves ?? [];
	if (kind === 'change' && waves.length !== 2) fail('waves', KIND_RULE, `a change figure compares exactly two waves, the previous and this one; it has ${waves.length}`);
	if (kind === 'trend' && waves.length < 2) fail('waves', KIND_RULE, `a trend needs at least two dated waves; it has ${waves.length}`);
	const seen = new Set<string>();
	waves.forEach((w, i) => {
		if (seen.has(w.id)) fail(`waves[${i}].id`, KIND_RULE, `duplicate wave id ${JSON.stringify(w.id)}`);
		seen.add(w.id);
		if (kind === 'trend' && w.date === undefined) fail(`waves[${i}].date`, KIND_RULE, 'a trend dates every wave');
		const before = waves[i - 1]?.date;
		if (w.date !== undefined && before !== undefined && !(w.date > before)) {
			fail(`waves[${i}].date`, KIND_RULE, `waves run oldest first: ${w.date} does not come after ${before}`);
		}
	});
}

/** A change figure's rows: each label has one level per wave and at most one stated change. */
function checkChangeRows(figure: Figure, fail: Fail): void {
	const rows = new Map<string, { waves: Map<string, number>; changes: number }>();
	figure.values.forEach((v) => {
		const row = rows.get(v.label) ?? { waves: new Map(), changes: 0 };
		rows.set(v.label, row);
		if (isStatedChange(v)) row.changes++;
		else if (v.wave !== undefined) row.waves.set(v.wave, (row.waves.get(v.wave) ?? 0) + 1);
	});
	for (const [label, row] of rows) {
		for (const w of figure.waves ?? []) {
			const n = row.waves.get(w.id) ?? 0;
			if (n !== 1) {
				const fix = n === 0 && w === figure.waves?.[0] ? ': quote it, or derive it from the stated change (now - change)' : '';
				fail('values', KIND_RULE, `the row ${JSON.stringify(label)} has ${n} values for the wave ${JSON.stringify(w.id)}, not one${fix}`);
			}
		}
		if (row.changes > 1) fail('values', KIND_RULE, `the row ${JSON.stringify(label)} states ${row.changes} changes; a row has at most one`);
	}
}

function checkOnePerWave(figure: Figure, fail: Fail): void {
	const labels = new Set(figure.values.map((v) => v.label));
	if (labels.size > 1) fail('values', KIND_RULE, `a trend follows one answer; its values carry ${labels.size} labels (${[...labels].map((l) => JSON.stringify(l)).join(', ')})`);
	for (const w of figure.waves ?? []) {
		const n = figure.values.filter((v) => v.wave === w.id).length;
		if (n !== 1) fail('values', KIND_RULE, `the wave ${JSON.stringify(w.id)} has ${n} values, not one`);
	}
}

/**
 * After the values resolve: where a row states both levels and the change, they must agree (the
 * article's "up 0.9 points" against 37.7 and 36.8), within the rounding of one decimal each.
 */
export function checkChangeSums(figure: Figure, values: readonly ResolvedValue[], fail: Fail): void {
	if (figure.kind !== 'change' || figure.waves?.length !== 2) return;
	const [previous, current] = figure.waves;
	for (const change of values.filter((v) => v.unit === 'pt')) {
		const level = (wave: string) => values.find((v) => v.label === change.label && v.wave === wave);
		const [from, to] = [level(previous!.id), level(current!.id)];
		if (!from || !to || from.qualifier === 'derived' || to.qualifier === 'derived') continue;
		const gap = Math.round((to.value - from.value) * 100) / 100;
		if (Math.abs(gap - change.value) > CHANGE_ROUNDING) {
			const i = figure.values.findIndex((v) => v.id === change.id);
			fail(`values[${i}].value`, KIND_RULE, `${to.value} − ${from.value} = ${gap} points, but the article states a change of ${change.value}`);
		}
	}
}
