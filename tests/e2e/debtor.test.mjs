// Debtor self-service end to end, on a phone (360×740, touch): the creditor
// builds a link, the debtor opens it and proposes a plan, the creditor
// checks the proposal against their own terms. Served with the page's CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, PHONE, measure } from './helpers.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

/** A phone page with its console problems recorded. */
const phone = (url, locale = 'es-ES') => openPage(env.browser, url, { ...PHONE, locale });

const planReady = (page) => page.waitForFunction(() => document.querySelector('cobro-plan')?.result);
const debtorReady = (page, count) =>
  page.waitForFunction((n) => document.querySelector('cobro-debtor')?.result?.proposal.plan.count === n, count);

/** The creditor's terms: 1350,50 € without interest, at most 12 installments of at least 50 €. */
async function creditorPage() {
  const { page, context, problems } = await phone(env.url);
  await planReady(page);
  const plan = (s) => page.locator(`cobro-plan ${s}`);
  await plan('#amount').fill('1350,50');
  await plan('#annual-rate-percent').fill('0');
  await plan('summary[data-t="policy"]').click();
  await plan('#max-installments').fill('12');
  await plan('#min-installment-amount').fill('50');
  await plan('summary[data-t="forDebtor"]').click();
  await plan('#creditor-name').fill('Estudio <b>Norte</b>; S.L.');
  await plan('#creditor-email').fill('cobros@estudionorte.example');
  await plan('#creditor-whatsapp').fill('+34 600 111 222');
  await plan('#reference').fill('F-2026-014');
  await page.waitForFunction(() => document.querySelector('cobro-plan').result?.financed === '1350.50');
  return { page, context, problems, plan };
}

async function makeLink(plan) {
  await plan('button.make-link').click();
  await plan('.link-out:not([hidden])').waitFor();
  return plan('#link-text').inputValue();
}

async function checkCode(page, plan, text) {
  await plan('summary[data-t="checkProposal"]').click();
  await plan('#proposal-code').fill(text);
  await plan('button.check-proposal').click();
  await plan('.check-out:not([hidden])').waitFor();
  return plan('.verdict').textContent();
}

test('the creditor builds a link, the debtor proposes 10 installments, the creditor sees it fits', async () => {
  const creditor = await creditorPage();
  const link = await makeLink(creditor.plan);
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#o1&n=Estudio\+%3Cb%3ENorte%3C%2Fb%3E%3B\+S\.L\.&e=cobros%40estudionorte\.example&w=%2B34600111222&a=1350\.50&c=EUR&t=2026-11-26&r=F-2026-014&pi=12&pm=50\.00&pp=31&i=0&l=es&lo=es-ES&k=[0-9a-f]{8}$/);
  // The QR code module is fetched only when asked for.
  const qrRequests = [];
  creditor.page.on('request', (r) => r.url().includes('uqr') && qrRequests.push(r.url()));
  assert.deepEqual(qrRequests, []);
  await creditor.plan('button.qr-link').click();
  await creditor.plan('.qr:not([hidden]) path.module').waitFor();
  assert.equal(qrRequests.length, 1);

  const debtor = await phone(link);
  const view = (s) => debtor.page.locator(`cobro-debtor ${s}`);
  await debtor.page.waitForFunction(() => document.querySelector('cobro-debtor')?.result);
  assert.equal(await view('#from').textContent(), 'Estudio <b>Norte</b>; S.L. te ofrece pagar a plazos');
  // The first payment by default at most 31 days out: 26 Nov + 31 = 27 Dec 2026.
  assert.equal(await view('#conditions').textContent(), 'Hasta 12 cuotas, mínimo 50,00\u00a0€ por cuota, primer pago a más tardar el 27 dic 2026 y sin intereses.');
  // The creditor's controls are not there: no policy fields, no link panel.
  assert.equal(await debtor.page.locator('cobro-debtor #max-installments').count(), 0);
  assert.equal(await debtor.page.locator('nav.tools').isVisible(), false);
  await view('#count').fill('10');
  await debtorReady(debtor.page, 10);
  // 1350.50 / 10 = 135.05 exactly; monthly from 26 Nov 2026.
  assert.equal(await view('#s-main').textContent(), '10 cuotas de 135,05\u00a0€');
  assert.equal(await view('#pay-list li').count(), 10);
  assert.equal(await view('#pay-list li:last-child .when').textContent(), '26 sept 2027');
  const text = await view('#proposal-text').textContent();
  assert.match(text, /^Hola, Estudio <b>Norte<\/b>; S\.L\.:\n\nPropongo pagar la deuda de 1350,50\u00a0€ \(ref\. F-2026-014\) así:/);
  assert.ok(text.includes('\n1. 26 de diciembre de 2026: 135,05\u00a0€\n'), text);
  assert.ok(text.includes('\n10. 26 de septiembre de 2027: 135,05\u00a0€\n'), text);
  const code = text.match(/\bp1&\S+/)?.[0];
  assert.ok(code, text);
  const whatsapp = await view('#via-whatsapp').getAttribute('href');
  assert.equal(whatsapp, `https://wa.me/34600111222?text=${encodeURIComponent(text)}`);
  const mail = await view('#via-email').getAttribute('href');
  assert.ok(mail.startsWith('mailto:cobros@estudionorte.example?subject=Propuesta%20de%20pago%20(ref.%20F-2026-014)&body='), mail);
  // The .ics holds the ten payments, without a byte-order mark.
  const [download] = await Promise.all([debtor.page.waitForEvent('download'), view('#calendar').click()]);
  let ics = '';
  for await (const chunk of await download.createReadStream()) ics += chunk;
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n'));
  assert.equal(ics.match(/BEGIN:VEVENT/g).length, 10);
  assert.ok(ics.includes('DTSTART;VALUE=DATE:20270926\r\n'));
  assert.equal(await debtor.page.evaluate(() => document.scrollingElement.scrollWidth <= 360), true);
  assert.deepEqual(debtor.problems, []);

  // The creditor pastes the whole message.
  assert.equal(await checkCode(creditor.page, creditor.plan, text), '✓ Encaja en tus condiciones');
  const reply = await creditor.plan('.reply-body').textContent();
  assert.ok(reply.includes('Pagos: 10 × 135,05\u00a0€; periodicidad: mensual; del 26 de diciembre de 2026 al 26 de septiembre de 2027.'), reply);
  assert.deepEqual(creditor.problems, []);
  await debtor.context.close();
  await creditor.context.close();
});

test('a link edited to allow 24 installments: the debtor can pick 24, the creditor check says no', async () => {
  const creditor = await creditorPage();
  const link = await makeLink(creditor.plan);
  // A determined debtor rebuilds the link with a higher limit (a hand edit breaks its checksum).
  const edited = await creditor.page.evaluate(async (fragment) => {
    const api = await (await import('./lib/api.js')).loadCobro();
    const offer = api.decodeOffer({ fragment });
    offer.policy.maxInstallments = 24;
    return api.encodeOffer(offer).fragment;
  }, link.split('#')[1]);
  const debtor = await phone(`${env.url}#${edited}`);
  const view = (s) => debtor.page.locator(`cobro-debtor ${s}`);
  await debtor.page.waitForFunction(() => document.querySelector('cobro-debtor')?.result);
  assert.equal(await view('#count').getAttribute('max'), '24');
  await view('#count').fill('24');
  await debtorReady(debtor.page, 24);
  const text = await view('#proposal-text').textContent();
  assert.equal(await checkCode(creditor.page, creditor.plan, text), '✗ No encaja en tus condiciones');
  // 1350.50 / 24 = 56.27… ≥ 50: only the count breaks the creditor's policy.
  assert.deepEqual(await creditor.plan('.check-violations li').allTextContents(), ['El plan tiene 24 cuotas; el máximo permitido es 12.']);
  assert.ok((await creditor.plan('.reply-body').textContent()).includes('No podemos aceptarla tal como está'));
  await debtor.context.close();
  await creditor.context.close();
});

test('a broken link shows a clear message, the creditor to ask, and no console error', async () => {
  const creditor = await creditorPage();
  const link = await makeLink(creditor.plan);
  await creditor.context.close();
  // Cut after the amount: the last pair may be cut short, so only the pairs before it are trusted.
  const cut = link.slice(0, link.indexOf('&c='));
  for (const [url, detail] of [
    [`${env.url}#o1&garbage`, /^Este enlace no es válido: está incompleto/],
    [cut, /pide uno nuevo a Estudio <b>Norte<\/b>; S\.L\. \(cobros@estudionorte\.example · \+34600111222\)\.$/],
    [link.replace('a=1350.50', 'a=1.50'), /^Este enlace no es válido: su contenido no coincide con su código de control/],
  ]) {
    const { page, context, problems } = await phone(url);
    const box = page.locator('cobro-debtor .bad-link');
    await box.waitFor();
    assert.equal(await page.locator('cobro-debtor .bad-link h2').textContent(), 'Este enlace no es válido o está incompleto');
    assert.match(await page.locator('cobro-debtor #bad-detail').textContent(), detail);
    assert.equal(await page.locator('cobro-debtor .offer').isVisible(), false);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('the debtor view follows the link language and switches to English', async () => {
  const creditor = await creditorPage();
  const link = await makeLink(creditor.plan);
  await creditor.context.close();
  const { page, context, problems } = await phone(link);
  await page.waitForFunction(() => document.querySelector('cobro-debtor')?.result);
  await page.getByRole('button', { name: /EN/ }).click();
  await page.waitForFunction(() => document.querySelector('cobro-debtor').shadowRoot.getElementById('from').textContent.endsWith('offers you a payment plan'));
  assert.equal(await page.locator('cobro-debtor #conditions').textContent(), 'Up to 12 installments, at least €50.00 per installment, the first payment by Dec 27, 2026, and no interest.');
  assert.equal(await page.title(), 'Your payment plan · Cobro');
  assert.equal(await page.evaluate(() => document.scrollingElement.scrollWidth <= 360), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('plan form: a mode never flips back by itself and switching converts with a note', async () => {
  const { page, context, problems } = await phone(env.url);
  await planReady(page);
  const plan = (s) => page.locator(`cobro-plan ${s}`);
  // Default plan: 1200 € at 9.5 % in 12 → 105,23 € (npf.pmt(0.095/12, 12, 1200) = -105.2202…).
  await plan('#term-kind').selectOption('amount');
  assert.equal(await plan('#term').inputValue(), '105,23');
  assert.equal(await plan('[data-field="term"] .convert-note').textContent(), 'Cambiado de 12 cuotas a 105,23\u00a0€ con el plan actual; revisa la cifra.');
  await plan('#term').fill('');
  await plan('#term').pressSequentially('100');
  await page.waitForFunction(() => document.querySelector('cobro-plan').result?.installmentAmount === '100.00');
  assert.equal(await plan('#term-kind').inputValue(), 'amount');
  // 100 a month repays 1200 at 9.5 %/12 in −ln(1 − 0.0079167·12)/ln(1.0079167) = 12.66 → 13 installments.
  assert.equal(await page.evaluate(() => document.querySelector('cobro-plan').result.count), 13);
  // Back to a count: the plan's 13, not "100 installments".
  await plan('#term-kind').selectOption('count');
  assert.equal(await plan('#term').inputValue(), '13');
  // Down payment in percent keeps its mode while retyped.
  await plan('#down-kind').selectOption('percent');
  await plan('#down').fill('10');
  await plan('#down').fill('');
  await plan('#down').pressSequentially('20');
  await page.waitForFunction(() => document.querySelector('cobro-plan').result?.downPayment === '240.00');
  assert.equal(await plan('#down-kind').inputValue(), 'percent');
  // Singular: one installment.
  await plan('#term').fill('1');
  await page.waitForFunction(() => document.querySelector('cobro-plan').result?.count === 1);
  assert.match(await plan('#s-installment-sub').textContent(), /^1 cuota · mensual\./);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the printout states what the plan was computed from', async () => {
  const { page, context } = await phone(env.url);
  await planReady(page);
  await page.emulateMedia({ media: 'print' });
  const inputs = page.locator('cobro-plan .print-inputs');
  assert.equal(await inputs.isVisible(), true);
  const text = await inputs.textContent();
  for (const part of ['Importe1200,00\u00a0€', 'Interés nominal anual (%)9,5\u00a0%', 'Fecha del acuerdo26 de noviembre de 2026']) {
    assert.ok(text.includes(part), `${part} in ${text}`);
  }
  await context.close();
});

test('the settlement offer: the debtor pays everything at once with the discount, the creditor accepts', async () => {
  const creditor = await creditorPage();
  await creditor.plan('#settlement-percent').fill('5');
  await creditor.plan('#settlement-deadline').fill('2026-12-15');
  const link = await makeLink(creditor.plan);
  assert.match(link, /&sp=5&sd=2026-12-15&/);
  const debtor = await phone(link);
  const view = (s) => debtor.page.locator(`cobro-debtor ${s}`);
  await debtor.page.waitForFunction(() => document.querySelector('cobro-debtor')?.result);
  assert.equal(await view('#settlement-offer').textContent(), 'O paga todo de una vez, a más tardar el 15 de diciembre de 2026, con un 5\u00a0% de descuento.');
  await view('input[value="settlement"]').check();
  await debtor.page.waitForFunction(() => document.querySelector('cobro-debtor').result?.proposal.plan.count === 1);
  // 5 % of 1350.50 = 67.525 → 67.53 (half-up); 1350.50 − 67.53 = 1282.97, by the deadline.
  assert.equal(await view('#s-main').textContent(), 'Pago único de 1282,97\u00a0€ el 15 de diciembre de 2026');
  assert.equal(await view('[data-field="count"]').isVisible(), false);
  const text = await view('#proposal-text').textContent();
  assert.equal(await checkCode(creditor.page, creditor.plan, text), '✓ Encaja en tus condiciones');
  // Without the discount in the creditor's form, the same proposal does not fit.
  await creditor.plan('#settlement-percent').fill('');
  await creditor.plan('button.check-proposal').click();
  await creditor.plan('.verdict.no').waitFor();
  assert.deepEqual(await creditor.plan('.check-violations li').allTextContents(), [
    'La propuesta pide un descuento del 5\u00a0% por pago único, pero no lo estás ofreciendo.',
  ]);
  assert.deepEqual(debtor.problems, []);
  await debtor.context.close();
  await creditor.context.close();
});

test('both sides fit a 360 px phone: nothing sideways, tap targets of 44 px', async () => {
  const creditor = await creditorPage();
  await creditor.plan('#settlement-percent').fill('5');
  await creditor.plan('#settlement-deadline').fill('2026-12-15');
  const link = await makeLink(creditor.plan);
  await creditor.plan('button.qr-link').click();
  await creditor.plan('.qr:not([hidden]) path.module').waitFor();
  let m = await creditor.page.evaluate(measure, 'plan');
  assert.ok(m.scrollWidth <= 360, `the creditor page is ${m.scrollWidth} px wide`);
  assert.deepEqual(m.sideways, []);
  assert.deepEqual(m.smallTargets, []);
  for (const lang of ['es', 'en']) {
    const { page, context, problems } = await phone(link.replace('/#', `/?lang=${lang}#`));
    await page.waitForFunction(() => document.querySelector('cobro-debtor')?.result);
    m = await page.evaluate(measure, 'debtor');
    assert.ok(m.scrollWidth <= 360, `${lang}: the debtor page is ${m.scrollWidth} px wide`);
    assert.deepEqual(m.sideways, [], lang);
    assert.deepEqual(m.smallTargets, [], lang);
    // The plan summary is on the first screen, before any control.
    assert.ok(m.firstCardTop < PHONE.viewport.height, `${lang}: the summary starts at ${m.firstCardTop} px`);
    assert.deepEqual(problems, []);
    await context.close();
  }
  await creditor.context.close();
});

test('the debtor starts from a plan inside the terms; the verdict follows the creditor’s changes', async () => {
  const creditor = await creditorPage();
  // 1000 € with at least 100 € per installment and 10 % down: 900 € left, so at most 9 installments, not 12.
  await creditor.plan('#amount').fill('1000');
  await creditor.plan('#min-installment-amount').fill('100');
  await creditor.plan('#min-down-payment-percent').fill('10');
  await creditor.page.waitForFunction(() => document.querySelector('cobro-plan').result?.financed === '1000.00');
  const link = await makeLink(creditor.plan);
  const debtor = await phone(link);
  const view = (s) => debtor.page.locator(`cobro-debtor ${s}`);
  await debtorReady(debtor.page, 9);
  assert.equal(await view('#s-main').textContent(), '9 cuotas de 100,00\u00a0€');
  assert.equal(await view('.violations').isVisible(), false);
  assert.equal(await view('#copy-proposal').isDisabled(), false);
  // The message wrapped by a mail program still checks.
  const text = await view('#proposal-text').textContent();
  const wrapped = text.replace(/(p1&\S{40})/, '$1\n');
  assert.equal(await checkCode(creditor.page, creditor.plan, wrapped), '✓ Encaja en tus condiciones');
  // The creditor tightens the limit: the verdict is checked again at once.
  await creditor.plan('#max-installments').fill('6');
  await creditor.plan('.verdict.no').waitFor();
  assert.deepEqual(await creditor.plan('.check-violations li').allTextContents(), ['El plan tiene 9 cuotas; el máximo permitido es 6.']);
  assert.deepEqual(debtor.problems, []);
  assert.deepEqual(creditor.problems, []);
  await debtor.context.close();
  await creditor.context.close();
});
