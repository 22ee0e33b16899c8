import { describe, expect, it } from 'vitest';
import { articleOf, findFigure } from '$lib/catalogue';
import { parseCsv } from '../../../tests/csv';
import { csvField, toCsv } from './csv';

describe('csvField', () => {
	it.each([
		['plain', 'plain'],
		['a, b', '"a, b"'],
		['choose to "obey the U.S."', '"choose to ""obey the U.S."""'],
		['two\nlines', '"two\nlines"'],
		[70, '70']
	])('writes %j as %j', (value, field) => {
		expect(csvField(value)).toBe(field);
	});
});

describe('toCsv', () => {
	const figure = findFigure('asahi-poll')!;
	const csv = toCsv(figure, articleOf(figure));

	it('starts with a byte-order mark and ends rows with CRLF', () => {
		expect(csv.startsWith('\uFEFFlabel,value,unit,qualifier,quote,formula,source_url\r\n')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
	});

	it('parses back to the figure, one row per value', () => {
		const [header, ...rows] = parseCsv(csv.slice(1));
		expect(header).toEqual(['label', 'value', 'unit', 'qualifier', 'quote', 'formula', 'source_url']);
		expect(rows).toEqual(
			figure.values.map((v) => [v.label, String(v.value), '%', v.qualifier, v.quote?.text ?? '', v.formula ?? '', 'https://www.toutiao.com/article/7498662856213283355/'])
		);
		expect(rows.map((r) => r[3])).toEqual(['approx', 'exact', 'derived']);
	});
});
