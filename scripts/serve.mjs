#!/usr/bin/env node
// Serves build/ the way a static host does: files as built, build/404.html with status 404 for
// anything else, and the headers build/_headers declares (the format Netlify and Cloudflare read).
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';

const root = resolve(process.argv[2] ?? 'build');
const port = Number(process.env.PORT ?? 4173);
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');

if (!existsSync(root)) {
	console.error(`serve: ${root} does not exist; run npm run build first`);
	process.exit(1);
}

/** `_headers`: a path pattern line, then indented `Name: value` lines. */
function readHeaderRules(file) {
	if (!existsSync(file)) return [];
	const rules = [];
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

const rules = readHeaderRules(`${root}/_headers`);
const notFound = existsSync(`${root}/404.html`) ? readFileSync(`${root}/404.html`) : Buffer.from('Not found');
const files = sirv(root, { extensions: ['html'], etag: true, dotfiles: false, brotli: true, gzip: true });

createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	for (const rule of rules) {
		if (rule.pattern.test(url.pathname)) for (const [name, value] of rule.headers) res.setHeader(name, value);
	}
	if (url.pathname === '/_headers' || (base && !(url.pathname === base || url.pathname.startsWith(`${base}/`)))) {
		return sendNotFound(res);
	}
	if (base) req.url = req.url.slice(base.length) || '/';
	files(req, res, () => sendNotFound(res));
}).listen(port, () => {
	console.log(`citecharts: serving ${root} on http://localhost:${port}${base}/`);
});

function sendNotFound(res) {
	res.statusCode = 404;
	res.setHeader('Content-Type', 'text/html; charset=utf-8');
	res.end(notFound);
}
