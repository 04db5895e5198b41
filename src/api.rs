//! The JS API contract as JSON text in, JSON text out. `wasm.rs` only moves
//! strings across the boundary; native callers (benchmarks, tests, a
//! server if anyone wants one) use the very same functions.

use crate::error::Error;
use crate::input::{lang_hint, parse_json};
use crate::locale::Lang;
use crate::money::CURRENCIES;
use crate::plan::{payment_plan, PlanInput};
use serde::Serialize;
use serde_json::Value;

/// A failed call, with its message already in the caller's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ApiError {
    /// Stable snake_case code.
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

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CurrencyInfo {
    code: &'static str,
    minor_units: u32,
    name_es: &'static str,
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

fn run<T: Serialize>(
    input: &str,
    compute: impl FnOnce(&Value) -> Result<T, Error>,
) -> Result<String, ApiError> {
    let value = parse_json(input).map_err(|e| ApiError::new(&e, Lang::Es))?;
    let lang = lang_hint(&value);
    let out = compute(&value).map_err(|e| ApiError::new(&e, lang))?;
    serde_json::to_string(&out).map_err(|_| ApiError {
        code: "internal",
        field: String::new(),
        message: lang
            .pick(
                "Error interno al serializar el resultado.",
                "Internal error serializing the result.",
            )
            .to_string(),
    })
}
