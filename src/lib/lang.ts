/**
 * Languages. The site's own words (navigation, headings, the chart's legend) are English; an
 * article's words are in the article's `lang`, which pages mark on each element that holds them.
 */

/** The language of the site's chrome: `<html lang>`. */
export const SITE_LANG = 'en';
/** An article that names no language. */
export const DEFAULT_LANG = 'en';

/** The language of an article's or a poll record's own words: its `lang`, or the default. */
export const langOf = (content: { lang?: string | undefined }): string => content.lang ?? DEFAULT_LANG;

/**
 * Whether `tag` is a well-formed BCP 47 language tag (Intl's own parser decides) whose language
 * is an ISO 639 code: "japanese" parses, as a reserved long subtag, but names no language.
 */
export function isLanguageTag(tag: string): boolean {
	try {
		return Intl.getCanonicalLocales(tag).length === 1 && /^[a-z]{2,3}(?:-|$)/i.test(tag);
	} catch {
		return false;
	}
}

/** The tag as BCP 47 spells it (`JA` → `ja`, `zh-hans` → `zh-Hans`). */
export const canonicalLang = (tag: string): string => Intl.getCanonicalLocales(tag)[0] ?? tag;

/** The primary language subtag: `zh` of `zh-Hans`. */
export const primaryLang = (tag: string): string => tag.split('-')[0]!.toLowerCase();
