//! The JS API contract as JSON text in, JSON text out. `wasm.rs` only moves
//! strings across the boundary; native callers (benchmarks, tests, a
//! server if anyone wants one) use the very same functions.

use crate::discount::{early_pay_discount, DiscountInput};
use crate::error::{Code, Error};
use crate::input::{lang_hint, parse_json};
use crate::interest::regimes::{Compensation, RateRule, REGIMES};
use crate::interest::{late_interest, InterestInput};
use crate::json::Json;
use crate::locale::Lang;
use crate::money::CURRENCIES;
use crate::plan::{payment_plan, PlanInput};
use serde::Serialize;

/// Largest input of one call, in bytes of JSON text (4 MiB).
pub const MAX_INPUT_BYTES: usize = 4 << 20;
/// Most invoices in one `lateInterestBatch` call.
pub const MAX_BATCH_ITEMS: usize = 100_000;
/// Largest `lateInterestBatch` input, in bytes of JSON text (64 MiB).
pub const MAX_BATCH_BYTES: usize = 64 << 20;

/// A failed call, with its message already in the caller's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS), ts(rename = "CobroErrorItem"))]
pub struct ApiError {
    /// Stable snake_case code.
    #[cfg_attr(feature = "typegen", ts(as = "crate::typegen::ErrorCode"))]
    pub code: &'static str,
    /// Path of the offending input.
    pub field: String,
    /// Human sentence in the input's `lang`.
    pub message: String,
}

impl ApiError {
    fn new(e: &Error, lang: Lang) -> ApiError {
        ApiError {
            code: e.code(),
            field: e.field().to_string(),
            message: e.message(lang),
        }
    }
}

/// The crate version, e.g. `"0.1.0"`.
pub fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

/// A currency Cobro knows.
#[derive(Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub(crate) struct CurrencyInfo {
    /// ISO 4217 code.
    #[cfg_attr(feature = "typegen", ts(as = "crate::typegen::CurrencyCode"))]
    code: &'static str,
    /// Decimals of its amounts (ISO 4217): 2 for EUR, 0 for JPY and CLP.
    minor_units: u32,
    /// Name in Spanish.
    name_es: &'static str,
    /// Name in English.
    name_en: &'static str,
}

/// `currencies()`: the supported currencies as a JSON array.
pub fn currencies_json() -> String {
    let list: Vec<CurrencyInfo> = CURRENCIES
        .iter()
        .map(|c| CurrencyInfo {
            code: c.code,
            minor_units: c.minor_units,
            name_es: c.name_es,
            name_en: c.name_en,
        })
        .collect();
    serde_json::to_string(&list).unwrap_or_else(|_| "[]".to_string())
}

/// `paymentPlan(input)`: JSON input text → JSON plan text.
///
/// # Errors
/// The [`ApiError`] of the first wrong field, in the input's `lang`.
///
/// # Example
/// ```
/// let out = cobro::api::payment_plan_json(
///     r#"{"amount": "300", "currency": "EUR", "startDate": "2025-01-10", "installments": 3}"#,
/// ).map_err(|e| e.message)?;
/// assert!(out.contains(r#""installmentAmount":"100.00""#));
/// # Ok::<(), String>(())
/// ```
pub fn payment_plan_json(input: &str) -> Result<String, ApiError> {
    run(input, |v| payment_plan(&PlanInput::from_json(v)?))
}

/// `paymentPlan(input)` as the wasm binding returns it: the plan's JSON
/// with an empty `schedule`, and the rows as one text of comma-separated
/// fields, six per row (`number`, `dueDate`, `payment`, `interest`,
/// `principal`, `balance`). The binding's JS builds the same objects from
/// it (a 360-row plan is then a short JSON and one `split`, not 40 KB of
/// JSON written and parsed); `tests/wasm.rs` checks that the result equals
/// [`payment_plan_json`]'s on generated plans.
///
/// # Errors
/// As [`payment_plan_json`].
pub fn payment_plan_parts(input: &str) -> Result<(String, String), ApiError> {
    let value = parse_checked(input, MAX_INPUT_BYTES)?;
    let lang = lang_hint(&value);
    let mut plan = PlanInput::from_json(&value)
        .and_then(|input| payment_plan(&input))
        .map_err(|e| ApiError::new(&e, lang))?;
    let schedule = std::mem::take(&mut plan.schedule);
    let head = serde_json::to_string(&plan).map_err(|_| internal(lang))?;
    let mut rows = Vec::with_capacity(schedule.len() * 56);
    for (i, row) in schedule.iter().enumerate() {
        let mut line = crate::serial::Line::new();
        if i > 0 {
            line.put(b",");
        }
        line.put(itoa(row.number, &mut [0u8; 10]).as_bytes());
        line.put(b",");
        line.date(row.due_date);
        for amount in [row.payment, row.interest, row.principal, row.balance] {
            line.put(b",");
            line.amount(amount);
        }
        if line.overflowed {
            return Err(internal(lang));
        }
        rows.extend_from_slice(line.bytes());
    }
    // One check of the whole text (all ASCII) instead of one per figure.
    let rows = String::from_utf8(rows).map_err(|_| internal(lang))?;
    Ok((head, rows))
}

/// `n` in decimal digits, without `core::fmt`.
fn itoa(mut n: u32, buf: &mut [u8; 10]) -> &str {
    let mut i = buf.len();
    loop {
        i -= 1;
        if let Some(b) = buf.get_mut(i) {
            *b = b'0' + u8::try_from(n % 10).unwrap_or(0);
        }
        n /= 10;
        if n == 0 || i == 0 {
            break;
        }
    }
    std::str::from_utf8(buf.get(i..).unwrap_or_default()).unwrap_or_default()
}

fn internal(lang: Lang) -> ApiError {
    ApiError {
        code: "internal",
        field: String::new(),
        message: lang
            .pick(
                "Error interno al serializar el resultado.",
                "Internal error serializing the result.",
            )
            .to_string(),
    }
}

/// `earlyPayDiscount(input)`: JSON input text → JSON result text (SPEC §4).
///
/// # Errors
/// The [`ApiError`] of the first wrong field, in the input's `lang`.
pub fn early_pay_discount_json(input: &str) -> Result<String, ApiError> {
    run(input, |v| early_pay_discount(&DiscountInput::from_json(v)?))
}

/// `classifyCustomer(input)`: JSON input text → JSON result text (SPEC §5).
///
/// # Errors
/// The [`ApiError`] of the first wrong field, in the input's `lang`.
pub fn classify_customer_json(input: &str) -> Result<String, ApiError> {
    run(input, crate::collection::classify_customer)
}

/// `collectionAdvice(input)`: the stage, next step, figures, actions and
/// messages for one customer's open invoices (SPEC §5).
///
/// # Errors
/// The [`ApiError`] of the first wrong field, in the input's `lang`.
pub fn collection_advice_json(input: &str) -> Result<String, ApiError> {
    run(input, crate::collection::collection_advice)
}

/// `renderTemplate(input)`: a caller's template with its values.
///
/// # Errors
/// `unknown_placeholder`, `invalid_template`, `missing_field` (a used
/// placeholder without a value), in the input's `lang`.
pub fn render_template_json(input: &str) -> Result<String, ApiError> {
    run(input, crate::collection::render_template)
}

/// `encodeOffer(offer)`: the creditor's offer → `{fragment}` for a debtor
/// link (SPEC §6).
///
/// # Errors
/// The [`ApiError`] of the first wrong field, in the offer's `lang`.
pub fn encode_offer_json(input: &str) -> Result<String, ApiError> {
    run(input, crate::debtor::encode_offer)
}

/// `decodeOffer({fragment, lang})`: a link's fragment → the offer.
///
/// # Errors
/// `invalid_link`, `unsupported_version`, or a field of the offer.
pub fn decode_offer_json(input: &str) -> Result<String, ApiError> {
    run(input, crate::debtor::decode_offer)
}

/// `encodeProposal(paymentPlanInput)`: `{code, summary, message}`.
///
/// # Errors
/// The [`ApiError`] of the first wrong field, in the input's `lang`.
pub fn encode_proposal_json(input: &str) -> Result<String, ApiError> {
    run(input, crate::debtor::encode_proposal)
}

/// `checkProposal({code, amount, currency, policy, lang, …})`: `{fits,
/// violations, plan, …}`.
///
/// # Errors
/// A wrong field of the creditor's terms, or a damaged `code`.
pub fn check_proposal_json(input: &str) -> Result<String, ApiError> {
    run(input, crate::debtor::check_proposal)
}

/// `planCalendar(paymentPlanInput + {title, creditorName, reference})`:
/// `{ics}`.
///
/// # Errors
/// The [`ApiError`] of the first wrong field, in the input's `lang`.
pub fn plan_calendar_json(input: &str) -> Result<String, ApiError> {
    run(input, crate::debtor::plan_calendar)
}

/// `publicHolidays({country, year, lang})`: a country's public holidays
/// of a year, computed by rule (SPEC §2).
///
/// # Errors
/// `unknown_country`, `out_of_range`, or a wrong field.
///
/// # Example
/// ```
/// let out = cobro::api::public_holidays_json(r#"{"country": "CO", "year": 2026}"#)
///     .map_err(|e| e.message)?;
/// assert!(out.contains(r#"{"date":"2026-01-12","name":"Día de los Reyes Magos""#));
/// # Ok::<(), String>(())
/// ```
pub fn public_holidays_json(input: &str) -> Result<String, ApiError> {
    run(input, crate::holidays::public_holidays_api)
}

/// `lateInterest(input)`: JSON input text → JSON result text (SPEC §3).
///
/// # Errors
/// The [`ApiError`] of the first wrong field, in the input's `lang`.
pub fn late_interest_json(input: &str) -> Result<String, ApiError> {
    run(input, |v| late_interest(&InterestInput::from_json(v)?))
}

/// `lateInterestBatch(inputs)`: a JSON array of inputs → a JSON array with,
/// in each place, the result or `{"error": {code, field, message}}`. One
/// bad item never fails the others.
///
/// # Errors
/// Only when the whole input is not an array, or too large.
pub fn late_interest_batch_json(inputs: &str) -> Result<String, ApiError> {
    late_interest_batch_with(inputs, Detail::Full)
}

/// How much of each result `lateInterestBatch` returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Detail {
    /// Each item's whole `lateInterest` result (the default).
    Full,
    /// Per item only `interest`, `compensation`, `totalDue`, `daysLate`,
    /// `outstandingPrincipal`, `outstandingInterest`, `provisional` and
    /// `error`: the same figures, a fraction of the text.
    Summary,
}

impl Detail {
    /// Reads `{detail: "full" | "summary"}` (absent: full).
    ///
    /// # Errors
    /// `invalid_option` for another detail, `unknown_field` for another key.
    pub fn from_options(options: &str) -> Result<Detail, ApiError> {
        if options.trim().is_empty() {
            return Ok(Detail::Full);
        }
        let value = parse_checked(options, 4096)?;
        let lang = lang_hint(&value);
        let read = || -> Result<Detail, Error> {
            let o = crate::input::Obj::root(&value)?;
            o.only(&[&["detail", "lang"]])?;
            Ok(o.choice(
                "detail",
                &[("full", Detail::Full), ("summary", Detail::Summary)],
            )?
            .unwrap_or(Detail::Full))
        };
        read().map_err(|e| ApiError::new(&e, lang))
    }
}

/// One summary item, written directly (the same text serde would write
/// for these fields; `tests/native` compares them).
fn push_summary(out: &mut Vec<u8>, r: &crate::interest::LateInterest) {
    use crate::serial::push_amount;
    let amounts = [
        (&b"{\"interest\":\""[..], r.interest),
        (b"\",\"compensation\":\"", r.compensation),
        (b"\",\"totalDue\":\"", r.total_due),
    ];
    for (key, value) in amounts {
        out.extend_from_slice(key);
        push_amount(out, value);
    }
    out.extend_from_slice(b"\",\"daysLate\":");
    out.extend_from_slice(r.days_late.to_string().as_bytes());
    out.extend_from_slice(b",\"outstandingPrincipal\":\"");
    push_amount(out, r.outstanding_principal);
    out.extend_from_slice(b"\",\"outstandingInterest\":\"");
    push_amount(out, r.outstanding_interest);
    out.extend_from_slice(if r.provisional {
        b"\",\"provisional\":true,\"error\":null}"
    } else {
        b"\",\"provisional\":false,\"error\":null}"
    });
}

/// `lateInterestBatch(inputs, {detail})`.
///
/// # Errors
/// Only when the whole input is not an array, or too large.
pub fn late_interest_batch_with(inputs: &str, detail: Detail) -> Result<String, ApiError> {
    let value = parse_checked(inputs, MAX_BATCH_BYTES)?;
    let items = batch_items(value)?;
    let mut out = Vec::with_capacity(items.len() * 512 + 2);
    out.push(b'[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        let lang = lang_hint(item);
        let compute = match detail {
            Detail::Full => late_interest,
            Detail::Summary => crate::interest::late_interest_figures,
        };
        let result = InterestInput::from_json(item)
            .and_then(|input| compute(&input))
            .map_err(|e| ApiError::new(&e, lang));
        let at = out.len();
        let written = match (result, detail) {
            (Ok(r), Detail::Full) => serde_json::to_writer(&mut out, &r),
            (Ok(r), Detail::Summary) => {
                push_summary(&mut out, &r);
                continue;
            }
            (Err(e), _) => serde_json::to_writer(&mut out, &ErrorItem { error: e }),
        };
        if written.is_err() {
            out.truncate(at);
            out.extend_from_slice(b"null");
        }
    }
    out.push(b']');
    String::from_utf8(out).map_err(|_| internal(Lang::Es))
}

/// `lateInterestBatch(inputs, {detail: "summary"})` for the wasm binding:
/// the number of items, their figures as one text of seven comma-separated
/// fields per item (`interest,compensation,totalDue,daysLate,
/// outstandingPrincipal,outstandingInterest,provisional` with provisional
/// `1` or `0`; seven empty fields for an item with an error), and the JSON list of the errors' items (`{"error": …}`)
/// in order. The binding's JS builds the same objects as
/// [`late_interest_batch_with`]'s summary (`tests/wasm.rs` compares them on
/// generated batches).
///
/// # Errors
/// As [`late_interest_batch_json`].
pub fn late_interest_summary_parts(inputs: &str) -> Result<(usize, String, String), ApiError> {
    let value = parse_checked(inputs, MAX_BATCH_BYTES)?;
    let items = batch_items(value)?;
    let mut rows = Vec::with_capacity(items.len() * 64);
    let mut errors = vec![b'['];
    for (i, item) in items.iter().enumerate() {
        let lang = lang_hint(item);
        let result = InterestInput::from_json(item)
            .and_then(|input| crate::interest::late_interest_figures(&input));
        let mut line = crate::serial::Line::new();
        if i > 0 {
            line.put(b",");
        }
        match result {
            Ok(r) => {
                line.amount(r.interest);
                line.put(b",");
                line.amount(r.compensation);
                line.put(b",");
                line.amount(r.total_due);
                line.put(b",");
                line.put(r.days_late.to_string().as_bytes());
                line.put(b",");
                line.amount(r.outstanding_principal);
                line.put(b",");
                line.amount(r.outstanding_interest);
                line.put(if r.provisional { b",1" } else { b",0" });
            }
            Err(e) => {
                line.put(b",,,,,,");
                if errors.len() > 1 {
                    errors.push(b',');
                }
                let at = errors.len();
                let item = ErrorItem {
                    error: ApiError::new(&e, lang),
                };
                if serde_json::to_writer(&mut errors, &item).is_err() {
                    errors.truncate(at);
                    errors.extend_from_slice(b"null");
                }
            }
        }
        if line.overflowed {
            return Err(internal(lang));
        }
        rows.extend_from_slice(line.bytes());
    }
    errors.push(b']');
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).map_err(|_| internal(Lang::Es));
    Ok((items.len(), text(rows)?, text(errors)?))
}

/// The items of a batch: a list of at most [`MAX_BATCH_ITEMS`].
fn batch_items(value: Json<'_>) -> Result<Vec<Json<'_>>, ApiError> {
    if let Json::Array(items) = &value {
        if items.len() > MAX_BATCH_ITEMS {
            let lang = items.first().map_or(Lang::Es, lang_hint);
            return Err(ApiError::new(
                &Error::localized(
                    Code::TooManyItems,
                    "",
                    format!(
                        "{} facturas; el máximo por llamada es {MAX_BATCH_ITEMS}",
                        items.len()
                    ),
                    format!(
                        "{} invoices; the maximum per call is {MAX_BATCH_ITEMS}",
                        items.len()
                    ),
                ),
                lang,
            ));
        }
    }
    let Json::Array(items) = value else {
        return Err(ApiError {
            code: "invalid_input",
            field: String::new(),
            message: "La entrada debe ser una lista de facturas.".to_string(),
        });
    };
    Ok(items)
}

/// A batch item that failed: the others are computed all the same.
#[derive(Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS), ts(rename = "BatchError"))]
pub(crate) struct ErrorItem {
    /// Why this item has no result.
    error: ApiError,
}

/// A `lateInterestBatch` item with `detail: "summary"`: the figures of
/// `lateInterest`, only fewer of them. Written by `push_summary` (and by
/// the binding's JS); serde writes this type in the test that checks them.
#[cfg(any(test, feature = "typegen"))]
#[derive(Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS), ts(rename = "BatchSummary"))]
#[serde(rename_all = "camelCase")]
pub(crate) struct SummaryItem {
    /// Σ segment interest.
    pub(crate) interest: crate::Amount,
    /// Compensation for recovery costs.
    pub(crate) compensation: crate::Amount,
    /// Everything still owed on `asOf`.
    pub(crate) total_due: crate::Amount,
    /// Days from the day after the due date to `asOf`, inclusive.
    pub(crate) days_late: i64,
    /// Principal still unpaid.
    pub(crate) outstanding_principal: crate::Amount,
    /// Interest still unpaid.
    pub(crate) outstanding_interest: crate::Amount,
    /// Whether a rate was assumed past a table's coverage
    /// (`pastCoverage: "assumeLastRate"`).
    pub(crate) provisional: bool,
    /// Always `null` here: a failed item is a [`ErrorItem`] instead.
    #[cfg_attr(feature = "typegen", ts(type = "null"))]
    pub(crate) error: Option<ApiError>,
}

/// A late-interest regime as `rateRegimes()` lists it.
#[derive(Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub(crate) struct RegimeListing {
    /// Stable id, the `regime` of `lateInterest`.
    #[cfg_attr(feature = "typegen", ts(as = "crate::typegen::RegimeId"))]
    id: &'static str,
    /// Name in the requested language.
    name: &'static str,
    /// Name in Spanish.
    name_es: &'static str,
    /// Name in English.
    name_en: &'static str,
    /// The law and where its figures come from, in the requested language.
    source: &'static str,
    /// Last day the shipped table covers; `null` for a caller's own rate
    /// or table.
    covered_until: Option<crate::Date>,
    /// How the rate is found.
    #[cfg_attr(
        feature = "typegen",
        ts(
            type = "\"table\" | \"fixedAtStart\" | \"tableCompoundedYearly\" | \"effectiveAnnualCeiling\" | \"callerRate\" | \"callerTable\""
        )
    )]
    rule: &'static str,
    /// The compensation for recovery costs it gives.
    #[cfg_attr(feature = "typegen", ts(type = "\"none\" | \"eu40\" | \"ukFixedSum\""))]
    compensation: &'static str,
    /// The shipped rows, margin included.
    rows: Vec<RowListing>,
}

/// One row of a regime's table: the rate in force from `from`.
#[derive(Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub(crate) struct RowListing {
    /// First day the rate applies.
    from: crate::Date,
    /// Annual rate, percent.
    #[serde(serialize_with = "crate::serial::decimal")]
    #[cfg_attr(feature = "typegen", ts(as = "crate::typegen::DecimalText"))]
    rate_percent: rust_decimal::Decimal,
    /// The act that set the rate, where the data has it
    /// (`"Resolución 0150 de 2024"`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typegen", ts(optional))]
    resolution: Option<&'static str>,
    /// Where the figure was checked (publications quoting the
    /// publisher), for tables kept month by month.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typegen", ts(optional))]
    sources: Option<&'static [&'static str]>,
}

/// `rateRegimes(input?)`: every regime with its rows (margin included),
/// source and coverage; `input.lang` picks `name`.
pub fn rate_regimes_json(input: &str) -> Result<String, ApiError> {
    let value = if input.trim().is_empty() {
        Json::Null
    } else {
        parse_json(input).unwrap_or(Json::Null)
    };
    let lang = lang_hint(&value);
    let list: Vec<RegimeListing> = REGIMES
        .iter()
        .map(|r| RegimeListing {
            id: r.id,
            name: lang.pick(r.name_es, r.name_en),
            name_es: r.name_es,
            name_en: r.name_en,
            source: lang.pick(r.source_es, r.source_en),
            covered_until: match r.rule {
                RateRule::CallerRate | RateRule::CallerTable => None,
                _ => r.covered_until.and_then(crate::interest::data_date),
            },
            rule: match r.rule {
                RateRule::Table => "table",
                RateRule::FixedAtStart => "fixedAtStart",
                RateRule::TableCompoundedYearly => "tableCompoundedYearly",
                RateRule::EffectiveAnnualCeiling => "effectiveAnnualCeiling",
                RateRule::CallerRate => "callerRate",
                RateRule::CallerTable => "callerTable",
            },
            compensation: match r.compensation {
                Compensation::None => "none",
                Compensation::Eu40 { .. } => "eu40",
                Compensation::UkFixedSum => "ukFixedSum",
            },
            rows: crate::interest::shipped_rows(r)
                .into_iter()
                .map(|(from, rate_percent)| {
                    let source = crate::interest::row_source(r.id, from);
                    RowListing {
                        from,
                        rate_percent,
                        resolution: source.and_then(|s| s.resolution),
                        sources: source.map(|s| s.sources),
                    }
                })
                .collect(),
        })
        .collect();
    serde_json::to_string(&list).map_err(|_| ApiError {
        code: "internal",
        field: String::new(),
        message: lang.pick("Error interno.", "Internal error.").to_string(),
    })
}

/// The JSON of an input no larger than `max` bytes. Before it is read, its
/// language can only be guessed: `"lang":"en"` anywhere in the text.
fn parse_checked(input: &str, max: usize) -> Result<Json<'_>, ApiError> {
    let guess = || {
        if input.contains(r#""lang":"en""#) {
            Lang::En
        } else {
            Lang::Es
        }
    };
    if input.len() > max {
        let e = Error::localized(
            Code::InputTooLarge,
            "",
            format!("{} bytes; el máximo es {max}", input.len()),
            format!("{} bytes; the maximum is {max}", input.len()),
        );
        return Err(ApiError::new(&e, guess()));
    }
    parse_json(input).map_err(|e| ApiError::new(&e, guess()))
}

fn run<T: Serialize>(
    input: &str,
    compute: impl FnOnce(&Json) -> Result<T, Error>,
) -> Result<String, ApiError> {
    let value = parse_checked(input, MAX_INPUT_BYTES)?;
    let lang = lang_hint(&value);
    let out = compute(&value).map_err(|e| ApiError::new(&e, lang))?;
    serde_json::to_string(&out).map_err(|_| internal(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_items_are_the_text_serde_writes() {
        for input in [
            r#"{"currency":"EUR","principal":"1000","dueDate":"2025-03-31","asOf":"2026-11-26","regime":"es-commercial","payments":[{"date":"2025-09-30","amount":"100"}]}"#,
            r#"{"currency":"JPY","principal":"150000","dueDate":"2025-01-31","asOf":"2025-01-31","regime":"es-legal"}"#,
            r#"{"currency":"GBP","principal":"99999.99","dueDate":"2024-02-29","asOf":"2026-06-30","regime":"uk-commercial"}"#,
        ] {
            let value = parse_json(input).unwrap();
            let r = late_interest(&InterestInput::from_json(&value).unwrap()).unwrap();
            let mut fast = Vec::new();
            push_summary(&mut fast, &r);
            let fast = String::from_utf8(fast).unwrap();
            let serde = serde_json::to_string(&SummaryItem {
                interest: r.interest,
                compensation: r.compensation,
                total_due: r.total_due,
                days_late: r.days_late,
                outstanding_principal: r.outstanding_principal,
                outstanding_interest: r.outstanding_interest,
                provisional: r.provisional,
                error: None,
            })
            .unwrap();
            assert_eq!(fast, serde, "{input}");
        }
    }
}
