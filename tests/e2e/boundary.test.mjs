// The real wasm boundary in Node, driven with hostile JS values (issue 9):
// every call returns or throws an Error with a string `code`, none traps,
// none hangs (a call over 1 s is a hang, not a speed measure: those live in
// `make bench`), and afterwards a normal call still gives the right answer.
// Also: wasm memory stays bounded over 100,000 calls.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import init, * as cobro from '../../www/pkg/cobro.js';

let wasm;
before(async () => {
  wasm = await init({ module_or_path: readFileSync(new URL('../../www/pkg/cobro_bg.wasm', import.meta.url)) });
});

const plan = { amount: '1200', currency: 'EUR', startDate: '2026-11-26', installments: 12 };
const interest = { currency: 'EUR', principal: '2500', dueDate: '2026-01-31', asOf: '2026-06-30', regime: 'es-commercial' };

/** Values a careless or hostile host page can pass. */
function hostileValues() {
  const cyclic = { ...plan };
  cyclic.self = cyclic;
  let deep = [];
  for (let i = 0; i < 100_000; i++) deep = [deep];
  const throwing = { ...plan };
  Object.defineProperty(throwing, 'amount', { enumerable: true, get: () => { throw new Error('getter'); } });
  return [
    undefined, null, 0, NaN, Infinity, -0, 1e308, 'text', '\ud800', true, [], [plan], Symbol('s'), () => 1, 10n,
    { ...plan, amount: NaN }, { ...plan, amount: -Infinity }, { ...plan, amount: 10n }, { ...plan, installments: Infinity },
    { ...plan, currency: '\udc00', lang: 'en' }, { ...plan, amount: '1e30' }, { ...plan, startDate: '2200-12-31' },
    { ...plan, annualRate: '8' }, { ...plan, policy: { maxInstalments: 6 } }, { ...plan, Frequency: 'weekly' },
    { ...plan, holidays: new Array(2000).fill('2027-01-01') }, { ...plan, __proto__: { injected: 1 } },
    { ...plan, amount: 'x'.repeat(5_000_000) }, cyclic, deep, throwing,
    new Proxy({}, { ownKeys: () => { throw new Error('proxy'); } }),
  ];
}

/** Calls `f(value)`; the error, if any, must carry a string code. */
function call(name, f, value) {
  const t = performance.now();
  let outcome = 'ok';
  try {
    f(value);
  } catch (error) {
    assert.ok(error instanceof Error, `${name}: threw ${String(error)}`);
    assert.equal(typeof error.code, 'string', `${name}: ${error.message}`);
    assert.ok(!/unreachable|RuntimeError/.test(error.message), `${name}: trapped: ${error.message}`);
    outcome = error.code;
  }
  const ms = performance.now() - t;
  assert.ok(ms < 1000, `${name} took ${ms.toFixed(0)} ms`);
  return outcome;
}

const ENTRY_POINTS = [
  'paymentPlan', 'lateInterest', 'lateInterestBatch', 'earlyPayDiscount', 'classifyCustomer', 'collectionAdvice',
  'renderTemplate', 'encodeOffer', 'decodeOffer', 'encodeProposal', 'checkProposal', 'planCalendar', 'rateRegimes',
];

test('every entry point answers hostile JS values with a coded error, never a trap', () => {
  for (const name of ENTRY_POINTS) {
    for (const value of hostileValues()) call(name, cobro[name], value);
  }
  // The rows of issue 9's table, one by one.
  const cases = [
    ['renderTemplate', { template: '{{customerName}}'.repeat(5000), values: { customerName: 'x'.repeat(1e6) } }, 'text_too_long'],
    ['renderTemplate', { template: '{{customerName}}'.repeat(300), values: { customerName: 'x'.repeat(60_000) } }, 'text_too_long'],
    ['lateInterestBatch', new Array(100_001).fill(interest), 'too_many_items'],
    ['paymentPlan', { ...plan, annualRate: '8' }, 'unknown_field'],
    ['lateInterest', { ...interest, payment: [] }, 'unknown_field'],
    ['lateInterest', { ...interest, annualRatePercent: '50' }, 'conflicting_fields'],
    ['lateInterest', { ...interest, regime: 'fixed', annualRatePercent: '-100' }, 'out_of_range'],
    ['earlyPayDiscount', { amount: '1', currency: 'EUR', invoiceDate: '2026-11-01', terms: 'x'.repeat(1e6) }, 'text_too_long'],
    ['paymentPlan', { ...plan, startDate: '2200-12-31' }, 'out_of_range'],
    ['paymentPlan', { ...plan, amount: NaN }, 'invalid_amount'],
    ['paymentPlan', { ...plan, amount: '1e30' }, 'out_of_range'],
  ];
  for (const [name, value, code] of cases) assert.equal(call(name, cobro[name], value), code, name);
  // A lone surrogate with lang "en": an English message naming the field.
  try {
    cobro.paymentPlan({ ...plan, currency: '\ud800', lang: 'en' });
    assert.fail('should throw');
  } catch (error) {
    assert.equal(error.field, 'currency');
    assert.match(error.message, /^“currency”: the currency/);
  }
  // Afterwards a normal call still gives the right answer: 1200 / 12 = 100.00.
  assert.equal(cobro.paymentPlan(plan).installmentAmount, '100.00');
});

test('wasm memory stays bounded over 100,000 calls', () => {
  for (let i = 0; i < 1000; i++) cobro.paymentPlan(plan);
  const warm = wasm.memory.buffer.byteLength;
  for (let i = 0; i < 100_000; i++) {
    cobro.paymentPlan(plan);
    if (i % 10 === 0) {
      try {
        cobro.paymentPlan({ ...plan, annualRate: '8' });
      } catch {
        // errors too must free what they took
      }
    }
  }
  const after = wasm.memory.buffer.byteLength;
  console.log(`wasm memory: ${(warm / 2 ** 20).toFixed(2)} MiB after 1,000 calls, ${(after / 2 ** 20).toFixed(2)} MiB after 100,000 more`);
  assert.equal(after, warm, 'no growth after warm-up');
  assert.equal(cobro.paymentPlan(plan).installmentAmount, '100.00');
});
