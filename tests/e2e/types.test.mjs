// The TypeScript declarations (issue 11): an embedder's code compiles under
// `tsc --strict` and each of its deliberate mistakes is an error
// (tests/types/consumer.ts); and every key of real results, computed by
// the real wasm in Node, is declared in www/pkg/cobro.d.ts, with every
// required key present.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import init, * as cobro from '../../www/pkg/cobro.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

before(async () => {
  await init({ module_or_path: readFileSync(new URL('../../www/pkg/cobro_bg.wasm', import.meta.url)) });
});

test('tsc --strict accepts the consumer, and each @ts-expect-error line is an error', () => {
  const run = spawnSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tests/types`], { encoding: 'utf8' });
  assert.equal(run.stdout + run.stderr, '');
  assert.equal(run.status, 0);
});

test('without its @ts-expect-error comments the consumer fails with the expected errors', () => {
  const source = readFileSync(`${root}tests/types/consumer.ts`, 'utf8').replaceAll('// @ts-expect-error', '//');
  const file = `${root}tests/types/consumer.ts`;
  const host = ts.createCompilerHost({});
  const read = host.readFile;
  host.readFile = (name) => (name === file ? source : read(name));
  const config = ts.getParsedCommandLineOfConfigFile(`${root}tests/types/tsconfig.json`, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const program = ts.createProgram({ rootNames: [file], options: config.options, host });
  const messages = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n')[0]);
  assert.deepEqual(messages, [
    `Type '"FR"' is not assignable to type 'CountryCode'.`,
    `Type '"daily"' is not assignable to type 'Frequency | null'.`,
    `Type '{}' is not assignable to type 'number'.`,
    `Object literal may only specify known properties, and 'annualRate' does not exist in type 'PaymentPlanInput'.`,
    `Argument of type '{ amount: string; startDate: string; installments: number; }' is not assignable to parameter of type 'PaymentPlanInput'.`,
    `Type '"EURO"' is not assignable to type 'CurrencyCode'. Did you mean '"EUR"'?`,
    `Type '"es-comercial"' is not assignable to type 'RegimeId'. Did you mean '"es-commercial"'?`,
    `Type '"short"' is not assignable to type 'BatchDetail | null | undefined'.`,
    `Type '"fax"' is not assignable to type 'Channel'.`,
    `Property 'installmentAmountt' does not exist on type 'Plan'. Did you mean 'installmentAmount'?`,
    `Type 'string' is not assignable to type 'number'.`,
    `This comparison appears to be unintentional because the types 'ErrorCode' and '"invalid_amont"' have no overlap.`,
  ]);
});

/** The declared types of cobro.d.ts, and a walk of a value against one. */
function declarations() {
  const file = `${root}www/pkg/cobro.d.ts`;
  const program = ts.createProgram([file], { strict: true, noEmit: true, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'] });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(file));
  const exports = new Map(checker.getExportsOfModule(module).map((s) => [s.name, s]));
  const named = (name) => checker.getDeclaredTypeOfSymbol(exports.get(name));
  const objects = (type) => (type.isUnion() ? type.types : [type]).filter((t) => t.flags & ts.TypeFlags.Object);
  const problems = [];

  function walk(value, type, path) {
    if (value === null || typeof value !== 'object') {
      const ok =
        (value === null && (type.flags & ts.TypeFlags.Null || (type.isUnion() && type.types.some((t) => t.flags & ts.TypeFlags.Null)))) ||
        (value !== null && checker.isTypeAssignableTo(literalType(value), type));
      if (!ok) problems.push(`${path}: ${JSON.stringify(value)} is not a ${checker.typeToString(type)}`);
      return;
    }
    if (Array.isArray(value)) {
      const array = objects(type).find((t) => checker.isArrayType(t));
      if (!array) return problems.push(`${path}: an array where ${checker.typeToString(type)} is declared`);
      const [element] = checker.getTypeArguments(array);
      value.forEach((v, i) => walk(v, element, `${path}[${i}]`));
      return;
    }
    const candidates = objects(type).filter((t) => !checker.isArrayType(t));
    // Of a union (a batch item), the member that declares every key.
    const declares = (t) => Object.keys(value).every((k) => t.getProperty(k));
    const has = (t) => t.getProperties().every((p) => p.flags & ts.SymbolFlags.Optional || p.name in value);
    const fits = candidates.find((t) => declares(t) && has(t)) ?? candidates.find(declares) ?? candidates[0];
    if (!fits) return problems.push(`${path}: an object where ${checker.typeToString(type)} is declared`);
    const index = checker.getIndexInfosOfType(fits)[0];
    for (const [key, v] of Object.entries(value)) {
      const property = fits.getProperty(key);
      if (!property && !index) {
        problems.push(`${path}.${key} is not declared in ${checker.typeToString(fits)}`);
        continue;
      }
      walk(v, property ? checker.getTypeOfSymbol(property) : index.type, `${path}.${key}`);
    }
    for (const property of fits.getProperties()) {
      if (!(property.flags & ts.SymbolFlags.Optional) && !(property.name in value)) {
        problems.push(`${path}.${property.name} is declared required but missing`);
      }
    }
  }

  function literalType(value) {
    if (typeof value === 'string') return checker.getStringLiteralType(value);
    if (typeof value === 'number') return checker.getNumberLiteralType(value);
    if (typeof value === 'boolean') return value ? checker.getTrueType() : checker.getFalseType();
    return checker.getAnyType();
  }

  return { named, walk, problems, returnOf: (fn) => checker.getSignaturesOfType(checker.getTypeOfSymbol(exports.get(fn)), ts.SignatureKind.Call)[0].getReturnType() };
}

test('every key of real results is declared in cobro.d.ts, and every required key is there', () => {
  const d = declarations();
  const en = { lang: 'en' };
  const eur = { currency: 'EUR', ...en };
  const plan = { ...eur, amount: '1350.50', startDate: '2026-11-26', installments: 12, firstDueDate: '2027-01-15', annualRatePercent: '9', fee: '25', policy: { maxInstallments: 6, minInstallmentAmount: '300' } };
  const interest = { ...eur, principal: '2500', dueDate: '2026-01-31', asOf: '2026-06-30', regime: 'es-commercial', payments: [{ date: '2026-03-01', amount: '500' }] };
  const offer = { ...eur, amount: '900', asOf: '2026-11-26', creditor: { name: 'Tienda', email: 'a@b.example' }, reference: 'F-1', policy: { maxInstallments: 6 }, settlement: { percent: '10', deadline: '2026-12-15' } };
  const fragment = cobro.encodeOffer(offer).fragment;
  const proposal = cobro.encodeProposal({ ...eur, amount: '900', startDate: '2026-11-26', installments: 10, reference: 'F-1', creditorName: 'Tienda' });
  const settlement = cobro.encodeProposal({ ...eur, amount: '900', startDate: '2026-11-26', settlement: { percent: '10', deadline: '2026-12-15' } });
  const advice = {
    ...en,
    invoices: [{ number: 'F-1', amount: '350.50', currency: 'EUR', issueDate: '2026-09-01', dueDate: '2026-10-01' }, { number: 'F-2', amount: '100', currency: 'EUR', issueDate: '2026-09-01', dueDate: '2026-10-15', paid: '20' }],
    asOf: '2026-11-26',
    customer: { name: 'Ana', b2b: true, channels: ['email', 'sms', 'whatsapp', 'call', 'letter'], history: [{ invoiceId: 'A', amount: '100', dueDate: '2026-01-01', paidDate: '2026-02-15' }] },
    promises: [{ date: '2026-11-20', amount: '50', kept: false }],
    creditor: { name: 'Tienda', paymentMethods: ['transfer'], paymentLink: 'https://pay.example/1' },
    regime: 'es-commercial',
  };
  const results = {
    paymentPlan: cobro.paymentPlan(plan),
    lateInterest: cobro.lateInterest(interest),
    lateInterestBatch: [
      ...cobro.lateInterestBatch([interest, { ...interest, principal: '-1' }]),
      ...cobro.lateInterestBatch([interest, { ...interest, regime: 'nope' }], { detail: 'summary' }),
    ],
    rateRegimes: cobro.rateRegimes({ lang: 'en' }),
    currencies: cobro.currencies(),
    earlyPayDiscount: cobro.earlyPayDiscount({ ...eur, amount: '1000', invoiceDate: '2026-03-03', terms: '2/10 net 30', paymentDate: '2026-05-01', lateInterest: { regime: 'es-commercial' } }),
    classifyCustomer: cobro.classifyCustomer({ ...en, history: advice.customer.history, promises: advice.promises, asOf: '2026-11-26' }),
    collectionAdvice: cobro.collectionAdvice(advice),
    renderTemplate: cobro.renderTemplate({ ...en, template: 'Hi {{customerName}}', values: { customerName: 'Ana' } }),
    encodeOffer: cobro.encodeOffer(offer),
    decodeOffer: cobro.decodeOffer({ fragment, lang: 'en' }),
    encodeProposal: proposal,
    checkProposal: cobro.checkProposal({ ...eur, code: proposal.code, amount: '900', policy: { maxInstallments: 6 } }),
    planCalendar: cobro.planCalendar({ ...eur, amount: '900', startDate: '2026-11-26', installments: 3, title: 'Plan' }),
  };
  results.publicHolidays = cobro.publicHolidays({ country: 'CO', year: 2025, lang: 'en' });
  results.lateInterest_co = cobro.lateInterest({ currency: 'COP', principal: '10000000', dueDate: '2025-01-31', asOf: '2025-12-31', regime: 'co-moratorio', annualRatePercent: '25' });
  results.paymentPlan_holidays = cobro.paymentPlan({ ...plan, businessDays: 'following', holidays: ['CO', '2026-12-24'] });
  results.checkProposal_settlement = cobro.checkProposal({ ...eur, code: settlement.code, amount: '900', settlement: { percent: '10', deadline: '2026-12-15' } });
  for (const [name, value] of Object.entries(results)) {
    const fn = name.split('_')[0];
    d.walk(value, d.returnOf(fn), fn);
  }
  assert.deepEqual(d.problems, []);
  // The walk does look: a result with an extra key is reported.
  d.walk({ ...results.paymentPlan, installmentAmountt: '1' }, d.named('Plan'), 'probe');
  assert.deepEqual(d.problems, ['probe.installmentAmountt is not declared in Plan']);
});
