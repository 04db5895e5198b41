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
