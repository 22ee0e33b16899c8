import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { gzipSync } from 'node:zlib';

const noFraming = ["X-Frame-Options: DENY", "Content-Security-Policy: frame-ancestors 'self'"];

/** A build/ in miniature: pages, a data file with a compressed copy, the 404 page, `_headers`. */
export function makeFixture(base = ''): string {
	const root = mkdtempSync(join(tmpdir(), 'citecharts-serve-'));
	const files: Record<string, string | Buffer> = {
		'index.html': '<!doctype html><title>home</title>',
		'404.html': '<!doctype html><title>not found</title>',
		'charts/a.html': '<!doctype html><title>chart a</title>',
		'charts/a/card.png': 'png',
		'sources/s.html': '<!doctype html><title>source s</title>',
		'embed/a.html': '<!doctype html><title>embed a</title>',
		'data.txt': '0123456789abcdefghij',
		'data.txt.gz': gzipSync('0123456789abcdefghij'),
		'.env': 'SECRET=1',
		_headers: [
			['/*', ['X-Content-Type-Options: nosniff']],
			// The home page by its route only, the 404 page by its file only: both forms must match.
			[`${base}/`, noFraming],
			[`${base}/404.html`, noFraming],
			[`${base}/charts/*`, noFraming],
			[`${base}/sources/*`, noFraming],
			[`${base}/embed/*`, ['Content-Security-Policy: frame-ancestors *']]
		]
			.map(([path, headers]) => [path, ...(headers as string[]).map((h) => `  ${h}`)].join('\n'))
			.join('\n')
	};
	for (const [name, body] of Object.entries(files)) {
		mkdirSync(dirname(join(root, name)), { recursive: true });
		writeFileSync(join(root, name), body);
	}
	return root;
}

export interface Served {
	child: ChildProcess;
	port: number;
}

/** Starts scripts/serve.mjs on a free port and resolves once it says where it listens. */
export async function startServe(root: string, env: Record<string, string> = {}): Promise<Served> {
	const child = spawn(process.execPath, [join(import.meta.dirname, 'serve.mjs'), root], { env: { ...process.env, PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
	for await (const line of createInterface({ input: child.stdout! })) {
		const port = /on http:\/\/localhost:(\d+)\//.exec(line)?.[1];
		if (port) return { child, port: Number(port) };
	}
	throw new Error(`serve.mjs exited (${child.exitCode}) before listening`);
}

export interface Answer {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

/** One request with the path sent byte for byte (fetch would resolve `..` and `//` first). */
export async function send(port: number, method: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
	const req = request({ host: '127.0.0.1', port, method, path, headers });
	req.end();
	const [res] = await once(req, 'response');
	const chunks: Buffer[] = [];
	for await (const chunk of res) chunks.push(chunk);
	return { status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('latin1') };
}

/** Runs a script to its end; resolves with its exit code and what it wrote to stderr. */
export async function run(script: string, env: Record<string, string>, args: string[] = []) {
	const child = spawn(process.execPath, [join(import.meta.dirname, script), ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
	let stderr = '';
	child.stderr!.on('data', (d) => (stderr += d));
	const [code] = await once(child, 'exit');
	return { code: code as number | null, stderr };
}
