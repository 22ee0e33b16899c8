import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../tests/csv';
import { fixtureArticleOf, fixtureFigure, has } from '../../../tests/fixture-catalogue';
import { csvField, toCsv } from './csv';

describe('csvField', () => {
	it.each([
		['plain', 'plain'],
		['a, b', '"a, b"'],
		['choose to "obey the U.S."', '"choose to ""obey the U.S."""'],
		['two\nlines', '"two\nlines"'],
		[70, '70'],
		['', ''],
		// Text a spreadsheet would run as a formula is prefixed, then quoted if it needs to be.
		['=1+2', "'=1+2"],
		['+81 3', "'+81 3"],
		['-4', "'-4"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tindented', "'\tindented"],
		['\rreturn', '"\'\rreturn"'],
		['=HYPERLINK("x", "y")', '"\'=HYPERLINK(""x"", ""y"")"'],
		['a=b', 'a=b'],
		[' =1', ' =1'],
		// Numbers are never prefixed.
		[-4, '-4'],
		[-0.5, '-0.5'],
		[0, '0']
	])('writes %j as %j', (value, field) => {
		expect(csvField(value)).toBe(field);
	});
});

describe('toCsv', () => {
	const figure = fixtureFigure('with a derived rest and checks that are consistent and differ', (f) => has.derived(f) && has.verdict('consistent')(f) && has.verdict('differs')(f));
	const article = fixtureArticleOf(figure);
	const csv = toCsv(figure, article);

	it('starts with a byte-order mark and ends rows with CRLF', () => {
		expect(csv.startsWith('\uFEFFlabel,value,unit,qualifier,quote,formula,source_url,poll_value,check,wave\r\n')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
	});

	it('parses back to the figure, one row per value', () => {
		const [header, ...rows] = parseCsv(csv.slice(1));
		expect(header).toEqual(['label', 'value', 'unit', 'qualifier', 'quote', 'formula', 'source_url', 'poll_value', 'check', 'wave']);
		expect(rows).toEqual(
			figure.values.map((v) => [v.label, String(v.value), '%', v.qualifier, v.quote?.text ?? '', v.formula ?? '', article.url, v.check ? String(v.check.pollValue) : '', v.check?.verdict ?? '', ''])
		);
		expect(rows.map((r) => [r[3], r[7], r[8]])).toEqual([['approx', '40', 'consistent'], ['exact', '30.3', 'differs'], ['derived', '', '']]);
	});

	it('prefixes a label that starts a formula and leaves a negative value a number', () => {
		const [first, ...rest] = figure.values;
		const hostile = { ...figure, values: [{ ...first!, label: '=IMPORTXML("x", "//a")', value: -4 }, ...rest] };
		const [, row] = parseCsv(toCsv(hostile, article).slice(1));
		expect(row!.slice(0, 2)).toEqual(['\'=IMPORTXML("x", "//a")', '-4']);
	});
});
