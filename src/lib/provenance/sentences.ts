/** Sentences of an article, found in one pass: one line is one paragraph, and no sentence crosses it. */

// "U.S." and "Mr." end in a period without ending a sentence.
const INITIALS = /(?:^|[^A-Za-z])[A-Z]\.(?:[A-Z]\.)*$/;
const TITLES = /(?:^|[^A-Za-z])(?:Mr|Mrs|Ms|Dr|Prof|St|No|Gov|Sen|Rep|Gen|Lt|Col|Jr|Sr|vs|etc|Inc|Corp|Co|Ltd|e\.g|i\.e)\.$/;
const CLOSERS = /["”’)]/;

function isSentenceEnd(line: string, i: number): boolean {
	const ch = line[i];
	if (ch === '。' || ch === '！' || ch === '？') return true;
	if (ch !== '.' && ch !== '!' && ch !== '?') return false;
	let next = i + 1;
	while (CLOSERS.test(line[next] ?? '')) next++;
	if (next >= line.length) return true;
	if (line[next] !== ' ') return false;
	const after = line[next + 1] ?? '';
	if (!/[A-Z0-9"“‘(]/.test(after)) return false;
	if (ch !== '.' || next > i + 1) return true;
	// Look back a bounded stretch only, so the pass stays linear on a paragraph of any length.
	const tail = line.slice(Math.max(0, i - 12), i + 1);
	return !INITIALS.test(tail) && !TITLES.test(tail);
}

/** Offsets and lengths of every sentence, without leading spaces or quote marks. */
export function sentenceSpans(text: string, lineStarts: readonly number[]): { offset: number; length: number }[] {
	const spans: { offset: number; length: number }[] = [];
	lineStarts.forEach((lineStart, index) => {
		const lineEnd = index + 1 < lineStarts.length ? (lineStarts[index + 1] ?? 0) - 1 : text.length;
		const line = text.slice(lineStart, lineEnd);
		let start = 0;
		const push = (end: number) => {
			while (start < end && (line[start] === ' ' || line[start] === '"')) start++;
			if (end > start) spans.push({ offset: lineStart + start, length: end - start });
		};
		for (let i = 0; i < line.length; i++) {
			if (!isSentenceEnd(line, i)) continue;
			let end = i + 1;
			while (CLOSERS.test(line[end] ?? '')) end++;
			push(end);
			start = end;
			i = end - 1;
		}
		push(line.length);
		// An empty line is a paragraph too: give it an empty sentence so lookups stay inside it.
		if (!spans.length || (spans.at(-1)?.offset ?? 0) < lineStart) spans.push({ offset: lineStart, length: 0 });
	});
	return spans;
}
