#!/usr/bin/env node
// Serves build/ the way a static host does: files as built, build/404.html with status 404 for
// anything else, and the headers build/_headers declares (the format Netlify and Cloudflare read).
// No request may stop it: whatever a handler throws becomes an error response.
import http, { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { listenFailed, port } from './port.mjs';
import { findFile, pathSegments, pathsOf } from './serve/paths.mjs';
import { headersFor, readHeaderRules } from './serve/rules.mjs';
import { sendFile } from './serve/send.mjs';

const root = resolve(process.argv[2] ?? 'build');
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
const baseSegments = base.split('/').filter(Boolean);

if (!existsSync(root)) {
	console.error(`serve: ${root} does not exist; run npm run build first`);
	process.exit(1);
}

const rules = readHeaderRules(`${root}/_headers`);

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {Record<string, string>} [headers]
 */
function sendText(res, status, headers = {}) {
	const text = `${status} ${http.STATUS_CODES[status]}\n`;
	res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text), 'X-Content-Type-Options': 'nosniff', ...headers });
	res.end(text);
}

/** @type {import('node:http').RequestListener} */
function handle(req, res) {
	if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, { Allow: 'GET, HEAD' });
	const segments = pathSegments(req.url ?? '');
	if (!segments) return sendText(res, 400);
	const inBase = baseSegments.every((s, i) => segments[i] === s);
	const found = inBase ? findFile(root, segments.slice(baseSegments.length)) : undefined;
	if (found) return sendFile(req, res, { root, ...found, headers: headersFor(rules, pathsOf(base, found.file)) });
	// The 404 page is a page like the others: it carries its own headers (no framing).
	const page = findFile(root, ['404.html']);
	if (!page) return sendText(res, 404);
	sendFile(req, res, { root, ...page, status: 404, headers: headersFor(rules, pathsOf(base, page.file)) });
}

const server = createServer((req, res) => {
	try {
		handle(req, res);
	} catch (error) {
		console.error(`serve: ${req.method} ${JSON.stringify(req.url)}: ${error instanceof Error ? error.message : error}`);
		if (res.headersSent) res.destroy();
		else sendText(res, 500);
	}
});
server.once('error', listenFailed);
server.listen(port, () => {
	const address = server.address();
	const actual = typeof address === 'object' && address ? address.port : port;
	console.log(`citecharts: serving ${root} on http://localhost:${actual}${base}/`);
});
