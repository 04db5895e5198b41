// The page's number reading (no browser needed: Node has the same Intl).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decimalInput } from '../../www/lib/format.js';
import { toCsv } from '../../www/lib/export.js';

test('numbers are read as people type them in their locale', () => {
  const cases = [
    ['15.000', 'es-ES', '15000'],
    ['1.234,56', 'es-ES', '1234.56'],
    ['1234,5', 'es-ES', '1234.5'],
    ['1234.5', 'es-ES', '1234.5'],
    ['1.234.567', 'es-ES', '1234567'],
    [' 12 000,50 ', 'es-ES', '12000.50'],
    ['1,234.56', 'en-US', '1234.56'],
    ['1,500', 'en-US', '1500'],
    ['1,5', 'en-US', '1.5'],
    ['1.500', 'en-US', '1.500'],
    ['-3', 'es-ES', '-3'],
    ['abc', 'es-ES', 'abc'],
  ];
  for (const [text, locale, expected] of cases) assert.equal(decimalInput(text, locale), expected, `${text} ${locale}`);
});

test('CSV cells are quoted per RFC 4180', () => {
  assert.equal(toCsv(['a', 'b'], [['1,5', 'say "hi"']]), 'a,b\r\n"1,5","say ""hi"""\r\n');
});

test('every UI text exists in Spanish and English', async () => {
  const { TEXTS } = await import('../../www/lib/i18n.js');
  const es = Object.keys(TEXTS.es).sort();
  const en = Object.keys(TEXTS.en).sort();
  assert.deepEqual(es, en);
  for (const key of es) assert.ok(TEXTS.es[key] && TEXTS.en[key], key);
});

test('row lists keep decimal commas inside their row', async () => {
  const { parseRows, formatRows } = await import('../../www/lib/rows.js');
  assert.deepEqual(parseRows('2027-01-01:10,5; 2027-07-01:11'), [['2027-01-01', '10,5'], ['2027-07-01', '11']]);
  assert.equal(formatRows([['2025-06-30', '2.000,50']]), '2025-06-30:2.000,50');
  assert.deepEqual(parseRows(''), []);
});

test('extractCode finds a proposal code in a pasted message, across wrapping and quoting', async () => {
  const { extractCode } = await import('../../www/components/plan-debtor.js');
  const code = 'p1&a=1350.50&c=EUR&s=2026-11-26&n=10&f=monthly&k=0a1b2c3d';
  const cases = [
    [`Hola:\n\nCódigo:\n${code}\n\nGracias.`, code],
    // A mail program wrapped it, and the reply quotes it.
    [`> Código:\n> ${code.slice(0, 30)}\n> ${code.slice(30)}\n> Gracias.`, code],
    [`${code}Gracias`, code],
    ['p1 & a=1&k=ffffffff', 'p1&a=1&k=ffffffff'],
    // Cut short: given as found, for the core to say it is incomplete.
    [`Código: ${code.slice(0, 20)}`, code.slice(0, 20)],
    ['no code here', ''],
  ];
  for (const [text, expected] of cases) assert.equal(extractCode(text), expected, text);
});

test('row text escapes what would split it, and pasted CSV follows RFC 4180', async () => {
  const { parseRows, formatRows, parseInvoiceCsv } = await import('../../www/lib/rows.js');
  // The attack of issue 9: "A|9999|2020-01-01" as an invoice number must stay one cell.
  const rows = [['A|9999|2020-01-01', '100', '2025-01-01', ''], ['F;2', '5:5', '2025-02-01', '\\']];
  assert.deepEqual(parseRows(formatRows(rows, '|'), '|'), rows);
  assert.deepEqual(parseRows(formatRows([['2025-06-30', 'a:b;c']])), [['2025-06-30', 'a:b;c']]);
  const csv = [
    'número;importe;vencimiento;pagado',
    '"F-7; parte 2";1.200,50;01/10/2026;0',
    '"F-8, ""bis""";50;2026-10-02',
    '"F-9',
    'línea 2";30;2026-10-03',
    'F-10;20;31/02/2026',
    'F-11;sin fecha',
  ].join('\r\n');
  const { rows: read, rejected } = parseInvoiceCsv(csv, 'es-ES');
  assert.deepEqual(read, [
    ['F-7; parte 2', '1.200,50', '2026-10-01', '0'],
    ['F-8, "bis"', '50', '2026-10-02', ''],
    ['F-9\nlínea 2', '30', '2026-10-03', ''],
  ]);
  // 31 February does not exist; a row without a date is reported, not dropped.
  assert.deepEqual(rejected.map((r) => r.line), [6, 7]);
  // US dates are month first; a comma-separated file keeps its quoted commas.
  const us = parseInvoiceCsv('F-1,"1,200.50",10/01/2026', 'en-US');
  assert.deepEqual(us.rows, [['F-1', '1,200.50', '2026-10-01', '']]);
});

test('CSV cells that a spreadsheet would run as formulas are neutralised', async () => {
  const { toCsv } = await import('../../www/lib/export.js');
  assert.equal(
    toCsv(['n', 'a'], [['=HYPERLINK("http://x")', '-5.00'], ['@SUM(A1)', '+1'], ['\tx', '-x']]),
    'n,a\r\n"\'=HYPERLINK(""http://x"")",-5.00\r\n\'@SUM(A1),\'+1\r\n\'\tx,\'-x\r\n',
  );
});

test('the advice .ics escapes every line break, a bare CR included, and drops controls', async () => {
  const { toIcs } = await import('../../www/lib/ics.js');
  const ics = toIcs([{ date: '2026-12-01', summary: 'Ana\rEVIL:1;x,y\\z\u0007', uid: 'u1@cobro' }], '20261126T000000Z');
  assert.ok(ics.includes('\r\nSUMMARY:Ana\\nEVIL:1\\;x\\,y\\\\z\r\n'), ics);
  assert.ok(!ics.startsWith('\ufeff'));
  assert.equal(ics.split('\r\n').filter((l) => l.startsWith('EVIL')).length, 0);
});
