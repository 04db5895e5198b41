//! What the product card's libraries weigh before any of Cobro's own code:
//! wasm-bindgen and js-sys read three fields and return a value,
//! rust_decimal parses, multiplies, divides, rounds and prints, chrono adds
//! months, serde and serde_json write the rows, and lol_alloc allocates.
//! `make bench` builds it like the crate and records its gzip size.

use chrono::{Months, NaiveDate};
use rust_decimal::prelude::*;
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[global_allocator]
static ALLOCATOR: lol_alloc::LockedAllocator<lol_alloc::FreeListAllocator> =
    lol_alloc::LockedAllocator::new(lol_alloc::FreeListAllocator::new());

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Row {
    due_date: String,
    payment: String,
    interest: String,
}

fn fail(e: impl std::fmt::Display) -> JsValue {
    JsValue::from_str(&e.to_string())
}

/// `{amount, rate, n}` → `n` rows of a toy schedule.
#[wasm_bindgen(js_name = paymentPlan)]
pub fn payment_plan(input: JsValue) -> Result<JsValue, JsValue> {
    let get = |k: &str| {
        js_sys::Reflect::get(&input, &k.into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    };
    let amount = Decimal::from_str(&get("amount")).map_err(fail)?;
    let rate = Decimal::from_str(&get("rate")).map_err(fail)?;
    let n: u32 = get("n").parse().map_err(fail)?;
    let start = NaiveDate::from_ymd_opt(2025, 1, 31).ok_or("date")?;
    let installment = amount
        .checked_div(Decimal::from(n))
        .ok_or("n")?
        .round_dp_with_strategy(2, RoundingStrategy::ToPositiveInfinity);
    let mut balance = amount;
    let mut rows = Vec::new();
    for k in 1..=n {
        let interest = (balance * rate / Decimal::from(1200))
            .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
        balance = balance
            .checked_sub(installment - interest)
            .ok_or("overflow")?;
        let due = start.checked_add_months(Months::new(k)).ok_or("date")?;
        rows.push(Row {
            due_date: due.to_string(),
            payment: installment.to_string(),
            interest: interest.to_string(),
        });
    }
    let out = serde_json::to_string(&rows).map_err(fail)?;
    js_sys::JSON::parse(&out)
}
