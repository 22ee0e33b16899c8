import { describe, expect, it } from 'vitest';
import { heightMessage, isPing, parseSecret, parseTheme } from './protocol';

describe('parseTheme', () => {
	it.each([
		['dark', 'dark'],
		['auto', 'auto'],
		['light', 'light'],
		[null, 'light'],
		['DARK', 'light'],
		['<script>alert(1)</script>', 'light'],
		['dark ', 'light']
	])('reads %j as %j', (value, theme) => {
		expect(parseTheme(value)).toBe(theme);
	});
});

describe('parseSecret', () => {
	it.each([
		['#?secret=AbC123', 'AbC123'],
		['#?secret=abc&x=1', 'abc'],
		['#secret=abc', null],
		['', null],
		['#?secret=', null],
		['#?secret=a"b<c', null],
		[`#?secret=${'a'.repeat(65)}`, null]
	])('reads %j as %j', (hash, secret) => {
		expect(parseSecret(hash)).toBe(secret);
	});
});

describe('messages', () => {
	it('rounds heights up to whole pixels', () => {
		expect(heightMessage('ferry-survey', 412.2)).toEqual({ type: 'citecharts:height', slug: 'ferry-survey', height: 413 });
	});

	it.each([
		[{ type: 'citecharts:ping' }, true],
		[{ type: 'citecharts:height' }, false],
		['citecharts:ping', false],
		[null, false]
	])('knows a ping: %j', (data, ping) => {
		expect(isPing(data)).toBe(ping);
	});
});
