/**
 * Which chart kind a drafted sentence's numbers suggest, and its values in that kind's shape:
 * shares with a stated change ("37.7 percent, up 0.9 points") draft a `change`, shares across
 * subgroups ("Among supporters ..., 87 percent ..., compared with 71 percent of independents") a
 * `groups`, other shares `parts` with a derived rest. The editor checks every one.
 */
import type { FigureKind } from '$lib/content/types';
import type { ArticleText, Span } from './quote';
import { publicMention, type Mention } from './reader';

export interface DraftedValues {
	kind: FigureKind;
	/** Module source lines for `values`, and for `waves` where the kind has them. */
	values: string[];
	waves: string | null;
	/** A line for the editor, written as a comment above the module; null when there is none. */
	comment: string | null;
}

const js = (value: unknown) => JSON.stringify(value);
/** Words that set subgroups side by side. */
const SUBGROUPS = /\bamong\b|\bcompared with\b|\bby contrast\b/i;

/** A verb that leads from a subject to its share: "Approval of the mayor rose to 46.2 percent". */
const LEADING_VERB = /\s+(?:rose|fell|climbed|dropped|slipped|increased|decreased|stands|stood|was|is|reached)(?:\s+(?:to|at))?\s*$/i;

/**
 * A first label in the article's words: what follows the number up to the end of its clause or
 * the next number ("51% were in favour, 37% ..."), else the subject before it ("Approval of the
 * mayor rose to 46.2 percent").
 */
export function labelAfter(text: string, m: Mention, next?: Mention, restatement?: Mention): string {
	// A restatement beside the number ("About half, 49%, oppose it", "49% (about half) oppose it")
	// is passed over, with the comma or bracket that sets it off.
	const from = restatement && restatement.offset > m.offset ? restatement.offset + restatement.length : m.offset + m.length;
	const tail = text.slice(from, Math.min(from + 160, next?.offset ?? Infinity));
	const rest = restatement ? tail.replace(/^\s*[,)–—-]\s*(?:or\s+)?/, '') : tail;
	const clause = (rest.split(/[,;.!?]\s|[,;]|\.$|\n/)[0] ?? '').replace(/\s+(?:and|or|but)\s*$/i, '');
	const after = clause.replace(/^\s*(?:of\s+)?/, '').trim();
	if (after) return after;
	const before = text.slice(Math.max(0, m.offset - 160), m.offset).split(/[,;.!?]\s|\s[-–—]\s|\n/).at(-1) ?? '';
	return before.replace(LEADING_VERB, '').trim() || 'not labelled';
}

/**
 * A figure set off beside another, as a restatement is: what opens it ("About half, 49%, oppose",
 * "Nearly a third, or 31%, agreed", "49% (about half)") and what must close it. "Remain had 41%,
 * some 38% backed Leave" opens with a comma but never closes: two statements.
 */
const OPENS = /^\s*(,\s*(?:or\s+)?|\(\s*|[-–—]\s*)$/;
const CLOSES: Record<string, RegExp> = { ',': /^\s*(?:,|[.;:!?]|$)/, '(': /^\s*\)/, '-': /^\s*(?:[-–—]|[.;:!?]|$)/ };

/**
 * Hedged shares that restate the exact share beside them ("About half, 49%, oppose it"): one
 * statement, charted once as the exact figure. Only within 5 points, so "About half, 40%, ..."
 * stays two numbers for the editor to read.
 */
export function restatements(text: string, shares: Mention[]): Map<Mention, Mention> {
	/** Each dropped hedge, to the exact share it restates. */
	const dropped = new Map<Mention, Mention>();
	for (const [a, b] of shares.slice(1).map((m, i) => [shares[i]!, m] as const)) {
		const opener = OPENS.exec(text.slice(a.offset + a.length, b.offset))?.[1]?.trim()[0];
		const closer = opener ? CLOSES[opener === '–' || opener === '—' ? '-' : opener] : undefined;
		if (!closer?.test(text.slice(b.offset + b.length)) || Math.abs(a.value - b.value) > 5) continue;
		if (a.qualifier === 'approx' && b.qualifier === 'exact') dropped.set(a, b);
		else if (a.qualifier === 'exact' && b.qualifier === 'approx') dropped.set(b, a);
	}
	return dropped;
}

export function draftValues(text: string, article: ArticleText, sentence: Pick<Span, 'offset' | 'length'>, quote: string): DraftedValues {
	const mentions = article.mentionsIn(sentence);
	const restated = restatements(text, mentions.filter((m) => m.unit === '%'));
	const shares = mentions.filter((m) => m.unit === '%' && !restated.has(m));
	const changes = mentions.filter((m) => m.unit === 'pt');
	const cites = mentions.length > 1;
	// A label runs to the next share or change, not to an age or date inside it ("those aged 65 and over").
	const charted = mentions.filter((m) => (m.unit === '%' || m.unit === 'pt') && !restated.has(m));
	const nextAfter = (m: Mention) => charted[charted.indexOf(m) + 1];
	const restating = (m: Mention) => [...restated].find(([, exact]) => exact === m)?.[0];
	const restatedNote = [...restated.keys()].map((m) => `"${publicMention(m).text}" restates the exact share beside it: charted once, as that share.`);
	const note = (...lines: string[]) => [...restatedNote, ...lines].join(' ') || null;
	const stated = (id: string, m: Mention, label: string, extra: string[] = []) => {
		const read = publicMention(m);
		const fields = [`id: '${id}'`, `label: ${js(label)}`, `value: ${read.value}`, ...(read.high === undefined ? [] : [`high: ${read.high}`]), `qualifier: '${read.qualifier}'`, `quote: ${quote}`, ...(cites ? [`cites: ${js(read.text)}`] : []), ...extra];
		return `{ ${fields.join(', ')} }`;
	};
	const total = shares.reduce((sum, m) => sum + m.value, 0);

	if (changes.length && shares.length) {
		// Each change goes with the share nearest it: "fell 1.1 points to 38.2%", "54% ..., down 1.1 points".
		const pool = [...shares];
		const values = changes.flatMap((change, k) => {
			const level = pool.sort((a, b) => Math.abs(a.offset - change.offset) - Math.abs(b.offset - change.offset)).shift();
			if (!level) return [];
			const [now, by, before] = [`v${k + 1}`, `v${k + 1}Change`, `v${k + 1}Before`];
			const label = labelAfter(text, level, nextAfter(level), restating(level));
			return [
				stated(now, level, label, [`wave: 'now'`]),
				stated(by, change, label, [`unit: 'pt'`]),
				`{ id: '${before}', label: ${js(label)}, value: ${Math.round((level.value - change.value) * 1e9) / 1e9}, qualifier: 'derived', formula: '${now} - ${by}', wave: 'before' }`
			];
		});
		return { kind: 'change', values, waves: `[{ id: 'before', label: 'the previous survey' }, { id: 'now', label: 'this survey' }]`, comment: note("A share with a stated change: the previous value is derived from it. Name the waves in the article's words.") };
	}
	const values = shares.map((m, i) => stated(`v${i + 1}`, m, labelAfter(text, m, nextAfter(m), restating(m))));
	if (shares.length > 1 && SUBGROUPS.test(text.slice(sentence.offset, sentence.offset + sentence.length))) {
		return { kind: 'groups', values, waves: null, comment: note('Shares of different groups: each bar is its own whole.') };
	}
	// The rest of a bound ("below 40%") or a range is no number: only exact and hedged shares leave a remainder.
	if (total < 100 && shares.every((m) => m.value >= 0 && (m.qualifier === 'exact' || m.qualifier === 'approx'))) {
		values.push(`{ id: 'rest', label: 'The rest: not reported in the article', value: ${Math.round((100 - total) * 1e9) / 1e9}, qualifier: 'derived', formula: ${js(['100', ...shares.map((_, i) => `v${i + 1}`)].join(' - '))} }`);
	}
	return { kind: 'parts', values, waves: null, comment: note(...(total > 100 ? ['These shares sum above 100%: they are probably not parts of one whole.'] : [])) };
}
