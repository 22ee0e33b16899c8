import { createServer, type Server } from 'node:net';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixture, run, send, startServe, type Served } from './serve-harness';

// Each row is a probe a hostile user made against `npm start`; `headers` maps a response header to
// its expected value, or to undefined where it must be absent.
interface Row {
	name: string;
	method?: string;
	path: string;
	send?: Record<string, string>;
	status: number;
	headers?: Record<string, string | undefined>;
	body?: string | RegExp;
}

const DENY = { 'x-frame-options': 'DENY', 'content-security-policy': "frame-ancestors 'self'" };
const HOME = '<!doctype html><title>home</title>';
const CHART = '<!doctype html><title>chart a</title>';
const NOT_FOUND = '<!doctype html><title>not found</title>';
const DATA = '0123456789abcdefghij';

const rows: Row[] = [
	// Requests that used to stop the server.
	{ name: 'an inverted range is unsatisfiable', path: '/data.txt', send: { Range: 'bytes=5-2' }, status: 416, headers: { 'content-range': 'bytes */20' }, body: '' },
	{ name: 'a protocol-relative target with a bad escape', path: '//%zz', status: 400, body: /^400 Bad Request/ },
	{ name: 'a bad escape', path: '/charts/%zz', status: 400 },
	{ name: 'a NUL byte', path: '/data.txt%00.html', status: 400 },
	// Ranges.
	{ name: 'a suffix range is the last bytes', path: '/data.txt', send: { Range: 'bytes=-5' }, status: 206, headers: { 'content-range': 'bytes 15-19/20', 'content-length': '5' }, body: 'fghij' },
	{ name: 'a closed range', path: '/data.txt', send: { Range: 'bytes=2-4' }, status: 206, headers: { 'content-range': 'bytes 2-4/20' }, body: '234' },
	{ name: 'an open range', path: '/data.txt', send: { Range: 'bytes=17-' }, status: 206, headers: { 'content-range': 'bytes 17-19/20' }, body: 'hij' },
	{ name: 'a range past the end', path: '/data.txt', send: { Range: 'bytes=20-' }, status: 416, headers: { 'content-range': 'bytes */20' } },
	{ name: 'a range on a compressed file counts its bytes as built', path: '/data.txt', send: { Range: 'bytes=0-3', 'Accept-Encoding': 'gzip' }, status: 206, headers: { 'content-encoding': undefined }, body: '0123' },
	{ name: 'another range unit is ignored', path: '/data.txt', send: { Range: 'items=0-5' }, status: 200, headers: { 'content-range': undefined }, body: DATA },
	{ name: 'a malformed range is ignored', path: '/data.txt', send: { Range: 'bytes=a-b' }, status: 200, body: DATA },
	{ name: 'several ranges get the whole file', path: '/data.txt', send: { Range: 'bytes=0-1,5-6' }, status: 200, body: DATA },
	// `_headers` rules read the path that is served.
	{ name: 'an escaped letter in /charts', path: '/%63harts/a', status: 200, headers: DENY, body: CHART },
	{ name: 'an escaped letter in /sources', path: '/%73ources/s', status: 200, headers: DENY },
	{ name: '/index', path: '/index', status: 200, headers: DENY, body: HOME },
	{ name: '/index.html', path: '/index.html', status: 200, headers: DENY, body: HOME },
	{ name: 'a duplicate slash at the root', path: '//', status: 200, headers: DENY, body: HOME },
	{ name: 'a duplicate slash', path: '/charts//a', status: 200, headers: DENY, body: CHART },
	{ name: 'a dot-dot segment', path: '/embed/../charts/a', status: 200, headers: DENY, body: CHART },
	{ name: 'a dot segment', path: '/charts/./a', status: 200, headers: DENY, body: CHART },
	{ name: 'a trailing slash', path: '/charts/a/', status: 200, headers: DENY, body: CHART },
	{ name: 'the .html name', path: '/charts/a.html?x=1', status: 200, headers: DENY, body: CHART },
	{ name: 'embeds may be framed, escaped or not', path: '/%65mbed/a', status: 200, headers: { 'x-frame-options': undefined, 'content-security-policy': 'frame-ancestors *' } },
	{ name: 'the 404 page', path: '/nope', status: 404, headers: { ...DENY, 'x-content-type-options': 'nosniff' }, body: NOT_FOUND },
	{ name: 'dot-dot above the root', path: '/../../etc/passwd', status: 404, body: NOT_FOUND },
	// Files never served.
	...['/_headers', '/%5Fheaders', '/_headers/', '/_HEADERS', '/charts/../_headers', '/.env'].map((path) => ({ name: `hidden ${path}`, path, status: 404, body: NOT_FOUND })),
	// Methods.
	...['POST', 'PUT', 'DELETE', 'TRACE', 'OPTIONS', 'PATCH'].map((method) => ({ name: method, method, path: '/', status: 405, headers: { allow: 'GET, HEAD' }, body: /^405 Method Not Allowed/ })),
	{ name: 'HEAD', method: 'HEAD', path: '/', status: 200, headers: { ...DENY, 'content-length': String(HOME.length) }, body: '' },
	{ name: 'HEAD of the 404 page', method: 'HEAD', path: '/nope', status: 404, headers: DENY, body: '' },
	// Compressed copies.
	{ name: 'a gzip copy where accepted', path: '/data.txt', send: { 'Accept-Encoding': 'br, gzip' }, status: 200, headers: { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } },
	{ name: 'no gzip copy where refused', path: '/data.txt', send: { 'Accept-Encoding': 'gzip;q=0' }, status: 200, headers: { 'content-encoding': undefined }, body: DATA }
];

describe('scripts/serve.mjs', () => {
	const root = makeFixture();
	let served: Served;
	beforeAll(async () => {
		served = await startServe(root);
	});
	afterAll(() => {
		served.child.kill();
		rmSync(root, { recursive: true, force: true });
	});

	it.each(rows)('$name ($path)', async ({ method = 'GET', path, send: headers, status, headers: expected = {}, body }) => {
		const answer = await send(served.port, method, path, headers);
		expect(answer.status).toBe(status);
		for (const [name, value] of Object.entries(expected)) expect(answer.headers[name], name).toBe(value);
		if (typeof body === 'string') expect(answer.body).toBe(body);
		else if (body) expect(answer.body).toMatch(body);
		expect(served.child.exitCode).toBe(null);
	});

	it('answers a repeated request with 304 when the ETag matches', async () => {
		const first = await send(served.port, 'GET', '/charts/a');
		const again = await send(served.port, 'GET', '/charts/a', { 'If-None-Match': String(first.headers.etag) });
		expect([again.status, again.body, again.headers['x-frame-options']]).toEqual([304, '', 'DENY']);
	});
});

describe('scripts/serve.mjs under BASE_PATH', () => {
	const root = makeFixture('/sub');
	let served: Served;
	beforeAll(async () => {
		served = await startServe(root, { BASE_PATH: '/sub' });
	});
	afterAll(() => {
		served.child.kill();
		rmSync(root, { recursive: true, force: true });
	});

	it.each([
		['/sub/', 200, 'DENY'],
		['/sub', 200, 'DENY'],
		['/sub/%63harts/a', 200, 'DENY'],
		['/sub/index', 200, 'DENY'],
		['/charts/a', 404, 'DENY'],
		['/sub/../charts/a', 404, 'DENY'],
		['/sub/embed/a', 200, undefined]
	])('%s answers %i with X-Frame-Options %s', async (path, status, frame) => {
		const answer = await send(served.port, 'GET', path);
		expect([answer.status, answer.headers['x-frame-options']]).toEqual([status, frame]);
	});
});

describe('a port that cannot be had', () => {
	const root = makeFixture();
	let holder: Server;
	let busy = '';
	beforeAll(async () => {
		holder = createServer().listen(0);
		await once(holder, 'listening');
		busy = String((holder.address() as { port: number }).port);
	});
	afterAll(() => {
		holder.close();
		rmSync(root, { recursive: true, force: true });
	});

	// `port` is read when the row runs: the busy port is known only then.
	it.each([
		{ script: 'serve.mjs', what: 'a busy port', port: () => busy, line: /^serve: port \d+ is already in use; .*set PORT/ },
		{ script: 'port-free.mjs', what: 'a busy port', port: () => busy, line: /^serve: port \d+ is already in use; .*set PORT/ },
		{ script: 'serve.mjs', what: 'PORT=http', port: () => 'http', line: /^serve: PORT must be a number/ },
		{ script: 'port-free.mjs', what: 'PORT=70000', port: () => '70000', line: /^serve: PORT must be a number/ }
	])('$script reports $what in one line, without a stack trace, and exits 1', async ({ script, port, line }) => {
		const { code, stderr } = await run(script, { PORT: port() }, [root]);
		expect(code).toBe(1);
		expect(stderr).toMatch(line);
		expect(stderr.trim().split('\n')).toHaveLength(1);
	});

	it('port-free.mjs exits 0 on a free port', async () => {
		expect(await run('port-free.mjs', { PORT: '0' })).toEqual({ code: 0, stderr: '' });
	});
});
