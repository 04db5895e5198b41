// An embedder's TypeScript, checked by `tsc --strict` in `make test`
// (tests/e2e/types.test.mjs): what must compile does, and each
// `@ts-expect-error` line is a mistake the types must catch (tsc fails if
// such a line compiles).
import init, {
  paymentPlan,
  lateInterest,
  lateInterestBatch,
  earlyPayDiscount,
  collectionAdvice,
  renderTemplate,
  rateRegimes,
  encodeOffer,
  decodeOffer,
  encodeProposal,
  checkProposal,
  planCalendar,
  publicHolidays,
  classifyCustomer,
  currencies,
  type CobroError,
  type Plan,
  type PaymentPlanInput,
  type LateInterest,
  type BatchError,
  type ErrorCode,
} from '../../www/pkg/cobro.js';

export async function embedder(): Promise<string[]> {
  await init();
  const out: string[] = [];

  // Amounts as strings or numbers; enums as their literal spellings.
  const input: PaymentPlanInput = {
    amount: '1200.00',
    currency: 'EUR',
    startDate: '2026-11-26',
    installments: 12,
    frequency: 'monthly',
    annualRatePercent: 9.5,
    method: 'german',
    businessDays: 'modifiedFollowing',
    policy: { maxInstallments: 24 },
    lang: 'en',
    locale: 'en-GB',
  };
  const plan: Plan = paymentPlan(input);
  out.push(plan.installmentAmount, plan.totals.interest, plan.aprPercent ?? '');
  for (const row of plan.schedule) out.push(`${row.number} ${row.dueDate} ${row.payment}`);

  const late: LateInterest = lateInterest({
    currency: 'EUR',
    principal: '2500',
    dueDate: '2026-01-31',
    asOf: '2026-06-30',
    regime: 'es-commercial',
    payments: [{ date: '2026-03-01', amount: 500 }],
    compensation: 'auto',
  });
  out.push(late.totalDue, String(late.daysLate), late.regime.coveredUntil ?? 'no end');
  for (const s of late.segments) out.push(s.ratePercent, s.interest);

  // A batch item is a result or an error: `'error' in item` tells which.
  const items = lateInterestBatch([{ currency: 'EUR', principal: 1, dueDate: '2026-01-01', asOf: '2026-02-01', regime: 'es-legal' }], { detail: 'summary' });
  for (const item of items) {
    if ('error' in item && item.error !== null) {
      const failed: BatchError = item;
      const code: ErrorCode = failed.error.code;
      out.push(code, failed.error.field);
    } else {
      out.push(item.totalDue);
    }
  }
  lateInterestBatch([]);

  const discount = earlyPayDiscount({ amount: '1000', currency: 'EUR', invoiceDate: '2026-03-03', terms: '2/10 net 30' });
  out.push(discount.amountToPay, String(discount.applied ?? 'none'));
  earlyPayDiscount({ amount: 1000, currency: 'USD', invoiceDate: '2026-03-03', terms: { tiers: [{ percent: 2, days: 10 }], netDays: 30 } });

  const advice = collectionAdvice({
    invoices: [{ number: 'F-1', amount: '350.50', currency: 'EUR', issueDate: '2026-09-01', dueDate: '2026-10-01' }],
    asOf: '2026-11-26',
    customer: { name: 'Ana', b2b: true, channels: ['email', 'sms'] },
    regime: 'es-commercial',
  });
  out.push(advice.stage, advice.figures.totalDue);
  for (const m of advice.messages) out.push(m.channel, m.body, m.subject ?? '');

  out.push(renderTemplate({ template: 'Hola {{customerName}}', values: { customerName: 'Ana' } }).text);
  out.push(String(rateRegimes().length), rateRegimes({ lang: 'en' })[0]?.name ?? '');
  out.push(classifyCustomer({ history: [], asOf: '2026-11-26' }).segment);
  out.push(currencies()[0]?.code ?? '');

  const link = encodeOffer({ amount: '900', currency: 'EUR', asOf: '2026-12-01', creditor: { name: 'Tienda' } });
  out.push(decodeOffer({ fragment: link.fragment }).amount);
  const proposal = encodeProposal({ amount: '900', currency: 'EUR', startDate: '2026-12-01', installments: 3 });
  out.push(checkProposal({ code: proposal.code, amount: '900', currency: 'EUR' }).summary);
  out.push(planCalendar({ amount: '900', currency: 'EUR', startDate: '2026-12-01', installments: 3 }).ics);
  const [newYear] = publicHolidays({ country: 'GB-ENG', year: 2027 }).holidays;
  if (newYear) out.push(newYear.date, newYear.localName);
  // @ts-expect-error — no holiday calendar for France
  publicHolidays({ country: 'FR', year: 2027 });
  const [first] = paymentPlan({ amount: '900', currency: 'COP', startDate: '2026-12-01', installments: 3, businessDays: 'following', holidays: ['CO', '2026-12-24'] }).schedule;
  if (first) out.push(first.dueDate);

  try {
    paymentPlan({ amount: '-1', currency: 'EUR', startDate: '2026-11-26', installments: 3 });
  } catch (e) {
    const error = e as CobroError;
    if (error.code === 'invalid_amount') out.push(error.field, error.message);
  }
  return out;
}

export function mistakes(base: PaymentPlanInput): void {
  // @ts-expect-error an unknown frequency
  paymentPlan({ ...base, frequency: 'daily' });
  // @ts-expect-error a wrong type: installments is a number
  paymentPlan({ ...base, installments: {} });
  // @ts-expect-error a misspelled field (annualRatePercent)
  paymentPlan({ amount: '1', currency: 'EUR', startDate: '2026-11-26', installments: 3, annualRate: '8' });
  // @ts-expect-error a required field left out (currency)
  paymentPlan({ amount: '1', startDate: '2026-11-26', installments: 3 });
  // @ts-expect-error an unknown currency code
  paymentPlan({ ...base, currency: 'EURO' });
  // @ts-expect-error an unknown regime
  lateInterest({ currency: 'EUR', principal: '1', dueDate: '2026-01-01', asOf: '2026-02-01', regime: 'es-comercial' });
  // @ts-expect-error an unknown batch detail
  lateInterestBatch([], { detail: 'short' });
  // @ts-expect-error an unknown channel
  collectionAdvice({ invoices: [], asOf: '2026-11-26', customer: { channels: ['fax'] } });

  const plan = paymentPlan(base);
  // @ts-expect-error a misspelled result field
  plan.installmentAmountt;
  // @ts-expect-error amounts of a result are strings, not numbers
  const n: number = plan.installmentAmount;
  void n;
  try {
    paymentPlan(base);
  } catch (e) {
    // @ts-expect-error not an error code
    if ((e as CobroError).code === 'invalid_amont') return;
  }
}
