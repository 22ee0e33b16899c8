/**
 * The number reader: every number in a text as news writes it, in one pass whose work per number
 * is bounded, so a 5 MB article reads in linear time. DESIGN.md, "Reading numbers", is the
 * contract; tests/fixtures and read.test.ts hold the phrase table.
 */
import { finish, majority, ordinalWord, share, ORDINAL_WORDS } from './classify';
import { DIGITS, numeral } from './numeral';
import type { Mention } from './types';
import { NUMBER_WORDS, readWords } from './words';

const WORDS = NUMBER_WORDS.join('|');

const CORE = new RegExp(
	[
		`(?<url>(?:https?://|www\\.)[^\\s"'<>）」]+)`,
		'(?<majority>\\b(?:a|the)\\s+(?:(?:clear|slim|narrow|bare|large|solid|small|vast|strong|overwhelming)\\s+)?majority\\b|過半数|半数)',
		'(?<hyakubun>百分之(?:[0-9０-９.．]+|[一二两三四五六七八九十]+))',
		'(?<cjk>[一二两三四五六七八九十]+(?=[割成%％]|ポイント|[个個]百分))',
		`(?<digits>${DIGITS})`,
		'(?<share>\\b(?:half|third|quarter|fifth|tenth)\\b)',
		`(?<words>\\b(?:${WORDS})\\b(?:(?:[\\s-]+|\\s+and\\s+)(?:${WORDS})\\b){0,7})`,
		`(?<ordinal>\\b(?:${ORDINAL_WORDS.join('|')})\\b)`
	].join('|'),
	'gi'
);

/** Every number in `text`, in document order. */
export function readNumbers(text: string): Mention[] {
	const mentions: Mention[] = [];
	let floor = 0;
	CORE.lastIndex = 0;
	for (let m = CORE.exec(text); m; m = CORE.exec(text)) {
		const g = m.groups ?? {};
		if (m.index < floor) continue;
		if (g.url) continue;
		let written = m[0];
		if (g.words) {
			// "two three" is two numbers: keep the first, and read on from where it ends.
			const words = readWords(written);
			if (!words) continue;
			written = written.slice(0, words.length);
			CORE.lastIndex = m.index + words.length;
		}
		const draft = g.majority
			? majority(text, m.index, m[0], floor)
			: g.share
				? share(text, m.index, m[0], floor)
				: g.ordinal
					? ordinalWord(text, m.index, m[0])
					: numeral(text, m.index, written, floor, g.digits !== undefined ? 'digits' : g.cjk || g.hyakubun ? 'cjk' : 'words');
		if (!draft) continue;
		CORE.lastIndex = Math.max(CORE.lastIndex, draft.end);
		floor = draft.end;
		mentions.push(finish(text, draft));
	}
	return mentions;
}

