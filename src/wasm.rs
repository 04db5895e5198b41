//! The binding layer: the only module that knows about wasm-bindgen.
//! Each export stringifies its JS argument, calls the JSON API of
//! [`crate::api`] and parses the result back; a failure becomes a thrown
//! JS `Error` with `code`, `field` and `message`.

use crate::api::{self, ApiError};
use js_sys::{Reflect, JSON};
use wasm_bindgen::prelude::*;

// JSON.stringify writes NaN and ±Infinity as null, which would read as
// "not given". Written as the strings "NaN", "Infinity", "-Infinity", they
// reach the number reader and come back as `invalid_number`.
// Without a replacer first (a replacer is a JS call per value: it cost a
// 10,000-invoice batch 14 % of its time); a non-finite number only ever
// shows up as `null`, so only then is the text made again with one.
// The text crosses as UTF-8 bytes from `TextEncoder` (native code, and one
// copy into wasm memory): wasm-bindgen's own string passing copies an ASCII
// text one character at a time in JS, ~8 ms for a 10,000-invoice batch.
// JSON.stringify escapes lone surrogates, so the bytes are valid UTF-8.
#[wasm_bindgen(inline_js = "const encoder = new TextEncoder();
export function cobroInputJson(value) {
  let text = JSON.stringify(value);
  if (typeof text !== 'string') return undefined;
  if (text.includes('null')) {
    text = JSON.stringify(value, (key, x) => (typeof x === 'number' && !Number.isFinite(x) ? String(x) : x));
  }
  return encoder.encode(text);
}")]
extern "C" {
    #[wasm_bindgen(catch, js_name = cobroInputJson)]
    fn input_json(value: &JsValue) -> Result<Option<Vec<u8>>, JsValue>;
}

fn to_json_text(input: &JsValue) -> Result<String, JsValue> {
    input_json(input)
        .ok()
        .flatten()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .ok_or_else(|| {
            throwable(&ApiError {
                code: "invalid_input",
                field: String::new(),
                message: "La entrada debe ser un objeto con los datos del cálculo. / The input must be an object.".to_string(),
            })
        })
}

fn throwable(e: &ApiError) -> JsValue {
    let err = js_sys::Error::new(&e.message);
    // Reflect::set only fails on frozen objects; a fresh Error is not.
    let _ = Reflect::set(&err, &"code".into(), &e.code.into());
    let _ = Reflect::set(&err, &"field".into(), &e.field.as_str().into());
    err.into()
}

#[cfg(any(
    feature = "interest",
    feature = "discount",
    feature = "advice",
    feature = "debtor",
    feature = "offer"
))]
fn call(input: &JsValue, f: fn(&str) -> Result<String, ApiError>) -> Result<JsValue, JsValue> {
    let text = to_json_text(input)?;
    let out = f(&text).map_err(|e| throwable(&e))?;
    JSON::parse(&out)
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    api::version().to_string()
}

/// The supported currencies: `[{code, minorUnits, nameEs, nameEn}]`.
#[wasm_bindgen(unchecked_return_type = "CurrencyInfo[]")]
pub fn currencies() -> Result<JsValue, JsValue> {
    JSON::parse(&api::currencies_json())
}

// The plan's rows arrive as one comma-separated text, six fields a row
// (`api::payment_plan_parts`); the objects built here are those of
// `api::payment_plan_json`, key for key and in the same order. Read with
// `indexOf` and `slice`: 40 % faster than `split` and an index loop.
#[cfg(any(feature = "plan", feature = "debtor"))]
#[wasm_bindgen(inline_js = "export function cobroPlan(head, rows) {
  const plan = JSON.parse(head);
  const schedule = [];
  const end = rows.length;
  let at = 0;
  let to = 0;
  while (at < end) {
    to = rows.indexOf(',', at);
    const number = +rows.slice(at, to);
    at = to + 1;
    to = rows.indexOf(',', at);
    const dueDate = rows.slice(at, to);
    at = to + 1;
    to = rows.indexOf(',', at);
    const payment = rows.slice(at, to);
    at = to + 1;
    to = rows.indexOf(',', at);
    const interest = rows.slice(at, to);
    at = to + 1;
    to = rows.indexOf(',', at);
    const principal = rows.slice(at, to);
    at = to + 1;
    to = rows.indexOf(',', at);
    if (to < 0) to = end;
    schedule.push({ number, dueDate, payment, interest, principal, balance: rows.slice(at, to) });
    at = to + 1;
  }
  plan.schedule = schedule;
  return plan;
}")]
extern "C" {
    #[wasm_bindgen(js_name = cobroPlan)]
    fn plan_object(head: &str, rows: &str) -> JsValue;
}

/// A payment plan (SPEC §2).
#[cfg(any(feature = "plan", feature = "debtor"))]
#[wasm_bindgen(js_name = paymentPlan, unchecked_return_type = "Plan")]
pub fn payment_plan(
    #[wasm_bindgen(unchecked_param_type = "PaymentPlanInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let text = to_json_text(&input)?;
    let (head, rows) = api::payment_plan_parts(&text).map_err(|e| throwable(&e))?;
    Ok(plan_object(&head, &rows))
}

/// A country's public holidays of a year, computed by rule (SPEC §2): in
/// the whole package and the creditor's `offer` module; the tool modules
/// use the calendars through `holidays` without listing them.
#[cfg(feature = "offer")]
#[wasm_bindgen(js_name = publicHolidays, unchecked_return_type = "PublicHolidays")]
pub fn public_holidays(
    #[wasm_bindgen(unchecked_param_type = "PublicHolidaysInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    call(&input, api::public_holidays_json)
}

/// Late-payment interest of one invoice (SPEC §3).
#[cfg(feature = "interest")]
#[wasm_bindgen(js_name = lateInterest, unchecked_return_type = "LateInterest")]
pub fn late_interest(
    #[wasm_bindgen(unchecked_param_type = "LateInterestInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    call(&input, api::late_interest_json)
}

/// Late interest of many invoices; a bad item gets `{error}` in its place.
/// `options.detail`: `"full"` (default) or `"summary"`.
#[cfg(feature = "interest")]
#[wasm_bindgen(
    js_name = lateInterestBatch,
    unchecked_return_type = "Array<LateInterest | BatchSummary | BatchError>"
)]
pub fn late_interest_batch(
    #[wasm_bindgen(unchecked_param_type = "LateInterestInput[]")] inputs: JsValue,
    #[wasm_bindgen(unchecked_param_type = "BatchOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    // Optional in the types (scripts/types.mjs): absent is `undefined`.
    let options = if options.is_undefined() || options.is_null() {
        String::new()
    } else {
        to_json_text(&options)?
    };
    let detail = api::Detail::from_options(&options).map_err(|e| throwable(&e))?;
    let text = to_json_text(&inputs)?;
    if detail == api::Detail::Summary {
        let (count, rows, errors) =
            api::late_interest_summary_parts(&text).map_err(|e| throwable(&e))?;
        return Ok(summary_objects(
            u32::try_from(count).unwrap_or(u32::MAX),
            &rows,
            &errors,
        ));
    }
    let out = api::late_interest_batch_with(&text, detail).map_err(|e| throwable(&e))?;
    JSON::parse(&out)
}

// A summary batch arrives as seven comma-separated fields per item and the
// JSON list of the error items (`api::late_interest_summary_parts`); the
// objects built here are those of the JSON path's summary, key for key.
// Faster than `JSON.parse` of the whole text: 10,000 items in ~4 ms.
#[cfg(feature = "interest")]
#[wasm_bindgen(inline_js = "export function cobroSummary(count, rows, errors) {
  const failed = JSON.parse(errors);
  const items = new Array(count);
  let at = 0;
  let to = 0;
  let e = 0;
  for (let i = 0; i < count; i += 1) {
    to = rows.indexOf(',', at);
    if (to === at) {
      items[i] = failed[e];
      e += 1;
      at += 7;
      continue;
    }
    const interest = rows.slice(at, to);
    at = to + 1;
    to = rows.indexOf(',', at);
    const compensation = rows.slice(at, to);
    at = to + 1;
    to = rows.indexOf(',', at);
    const totalDue = rows.slice(at, to);
    at = to + 1;
    to = rows.indexOf(',', at);
    const daysLate = +rows.slice(at, to);
    at = to + 1;
    to = rows.indexOf(',', at);
    const outstandingPrincipal = rows.slice(at, to);
    at = to + 1;
    to = rows.indexOf(',', at);
    const outstandingInterest = rows.slice(at, to);
    at = to + 1;
    const provisional = rows.charCodeAt(at) === 49;
    items[i] = { interest, compensation, totalDue, daysLate, outstandingPrincipal, outstandingInterest, provisional, error: null };
    at += 2;
  }
  return items;
}")]
extern "C" {
    #[wasm_bindgen(js_name = cobroSummary)]
    fn summary_objects(count: u32, rows: &str, errors: &str) -> JsValue;
}

/// The late-interest regimes with their rows, sources and coverage.
#[cfg(any(feature = "interest", feature = "discount", feature = "advice"))]
#[wasm_bindgen(js_name = rateRegimes, unchecked_return_type = "RegimeListing[]")]
pub fn rate_regimes(
    #[wasm_bindgen(unchecked_param_type = "RateRegimesInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let text = if input.is_undefined() || input.is_null() {
        String::new()
    } else {
        to_json_text(&input)?
    };
    let out = api::rate_regimes_json(&text).map_err(|e| throwable(&e))?;
    JSON::parse(&out)
}

/// Early-payment discount tiers, their annual cost, and late interest past
/// the net date (SPEC §4).
#[cfg(feature = "discount")]
#[wasm_bindgen(js_name = earlyPayDiscount, unchecked_return_type = "Discount")]
pub fn early_pay_discount(
    #[wasm_bindgen(unchecked_param_type = "EarlyPayDiscountInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    call(&input, api::early_pay_discount_json)
}

/// A customer's segment, score, metrics and reasons (SPEC §5).
#[cfg(feature = "advice")]
#[wasm_bindgen(js_name = classifyCustomer, unchecked_return_type = "Classification")]
pub fn classify_customer(
    #[wasm_bindgen(unchecked_param_type = "ClassifyCustomerInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    call(&input, api::classify_customer_json)
}

/// Renders a caller's own message template (SPEC §5).
#[cfg(feature = "advice")]
#[wasm_bindgen(js_name = renderTemplate, unchecked_return_type = "Rendered")]
pub fn render_template(
    #[wasm_bindgen(unchecked_param_type = "RenderTemplateInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    call(&input, api::render_template_json)
}

/// The next collection step for one customer, with its messages (SPEC §5).
#[cfg(feature = "advice")]
#[wasm_bindgen(js_name = collectionAdvice, unchecked_return_type = "Advice")]
pub fn collection_advice(
    #[wasm_bindgen(unchecked_param_type = "CollectionAdviceInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    call(&input, api::collection_advice_json)
}

/// A debtor link's fragment for the creditor's offer (SPEC §6).
#[cfg(feature = "offer")]
#[wasm_bindgen(js_name = encodeOffer, unchecked_return_type = "Link")]
pub fn encode_offer(
    #[wasm_bindgen(unchecked_param_type = "EncodeOfferInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    call(&input, api::encode_offer_json)
}

/// The offer a debtor link carries, validated.
#[cfg(feature = "debtor")]
#[wasm_bindgen(js_name = decodeOffer, unchecked_return_type = "OfferView")]
pub fn decode_offer(
    #[wasm_bindgen(unchecked_param_type = "DecodeOfferInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    call(&input, api::decode_offer_json)
}

/// The debtor's proposal code and message for a chosen plan.
#[cfg(feature = "debtor")]
#[wasm_bindgen(js_name = encodeProposal, unchecked_return_type = "Encoded")]
pub fn encode_proposal(
    #[wasm_bindgen(unchecked_param_type = "EncodeProposalInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    call(&input, api::encode_proposal_json)
}

/// A proposal code checked against the creditor's own terms.
#[cfg(feature = "offer")]
#[wasm_bindgen(js_name = checkProposal, unchecked_return_type = "Check")]
pub fn check_proposal(
    #[wasm_bindgen(unchecked_param_type = "CheckProposalInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    call(&input, api::check_proposal_json)
}

/// A plan's payments as an iCalendar (`.ics`) text.
#[cfg(feature = "debtor")]
#[wasm_bindgen(js_name = planCalendar, unchecked_return_type = "Calendar")]
pub fn plan_calendar(
    #[wasm_bindgen(unchecked_param_type = "PlanCalendarInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    call(&input, api::plan_calendar_json)
}
