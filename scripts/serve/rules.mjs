// `_headers` as Netlify and Cloudflare Pages read it: a path pattern (`*` matches anything,
// slashes included), then indented `Name: value` lines; every matching rule applies.
import { existsSync, readFileSync } from 'node:fs';

/** @typedef {{ pattern: RegExp, headers: [string, string][] }} Rule */

/** @param {string} file */
export function readHeaderRules(file) {
	/** @type {Rule[]} */
	const rules = [];
	if (!existsSync(file)) return rules;
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
			rules.push({ pattern, headers: [] });
		} else {
			const at = line.indexOf(':');
			rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
		}
	}
	return rules;
}

/**
 * The headers of every rule that matches any of `paths`.
 * @param {Rule[]} rules
 * @param {string[]} paths
 */
export function headersFor(rules, paths) {
	/** @type {Record<string, string>} */
	const headers = {};
	for (const rule of rules) {
		if (paths.some((path) => rule.pattern.test(path))) for (const [name, value] of rule.headers) headers[name] = value;
	}
	return headers;
}
