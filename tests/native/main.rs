//! Native integration tests: one binary, one module per area.

mod advice;
mod collection;
mod colombia;
mod debtor;
mod discount;
mod fast_paths;
mod fuzz_cases;
mod holidays;
mod interest_errors;
mod interest_figures;
mod interest_properties;
mod plan_errors;
mod plan_figures;
mod plan_properties;
mod strict;

use serde_json::Value;

/// Calls the JSON API and parses the plan.
pub fn plan(input: Value) -> Value {
    let text = cobro::api::payment_plan_json(&input.to_string())
        .unwrap_or_else(|e| panic!("{input}: {} {} {}", e.code, e.field, e.message));
    serde_json::from_str(&text).expect("the API returns JSON")
}

/// Calls the JSON API and returns the error.
pub fn plan_error(input: Value) -> cobro::api::ApiError {
    match cobro::api::payment_plan_json(&input.to_string()) {
        Ok(out) => panic!("{input} should fail, gave {out}"),
        Err(e) => e,
    }
}

/// The schedule column `name` as strings.
pub fn column(plan: &Value, name: &str) -> Vec<String> {
    plan["schedule"]
        .as_array()
        .expect("schedule")
        .iter()
        .map(|r| {
            r[name]
                .as_str()
                .map_or_else(|| r[name].to_string(), str::to_string)
        })
        .collect()
}
