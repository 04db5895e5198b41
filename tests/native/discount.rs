//! Early-payment discounts: textbook figures, day counting, tiers, EOM,
//! late payment, bad input, and a fuzz of the terms parser.

use proptest::prelude::*;
use serde_json::{json, Value};

fn discount(input: Value) -> Value {
    let text = cobro::api::early_pay_discount_json(&input.to_string())
        .unwrap_or_else(|e| panic!("{input}: {} {} {}", e.code, e.field, e.message));
    serde_json::from_str(&text).expect("JSON")
}

fn error(input: Value) -> cobro::api::ApiError {
    match cobro::api::early_pay_discount_json(&input.to_string()) {
        Ok(out) => panic!("{input} should fail, gave {out}"),
        Err(e) => e,
    }
}

#[test]
fn textbook_annual_costs_through_the_api() {
    // Brigham & Ehrhardt, "Financial Management", trade credit: 2/10 net 30
    // costs 37.24 % (simple) and 44.59 % (effective). The others follow the
    // same formulas: d/(1−d) × 365/(N−D) and (1 + d/(1−d))^(365/(N−D)) − 1
    // (checked with Python's decimal module).
    let cases = [
        ("2/10 net 30", "37.24", "44.59"),
        ("1/10 net 30", "18.43", "20.13"),
        ("2/10 net 45", "21.28", "23.45"),
        ("3/10 net 60", "22.58", "24.90"),
    ];
    for (terms, simple, compound) in cases {
        let out = discount(
            json!({"amount": "1000", "currency": "EUR", "invoiceDate": "2025-03-03", "terms": terms}),
        );
        assert_eq!(
            out["tiers"][0]["annualCostSimplePercent"], simple,
            "{terms}"
        );
        assert_eq!(
            out["tiers"][0]["annualCostCompoundPercent"], compound,
            "{terms}"
        );
    }
}

#[test]
fn the_last_discount_day_is_included() {
    // Invoice 3 March, 2/10: the 13th still earns 2 %, the 14th does not.
    let on = |date: &str| {
        discount(
            json!({"amount": "1000", "currency": "EUR", "invoiceDate": "2025-03-03",
                        "terms": "2/10 net 30", "paymentDate": date}),
        )
    };
    let last = on("2025-03-13");
    assert_eq!(
        (last["applied"].as_u64(), last["amountToPay"].as_str()),
        (Some(0), Some("980.00"))
    );
    assert_eq!(last["tiers"][0]["deadline"], "2025-03-13");
    let after = on("2025-03-14");
    assert_eq!(
        (after["applied"].clone(), after["amountToPay"].as_str()),
        (Value::Null, Some("1000.00"))
    );
    assert_eq!(after["netDueDate"], "2025-04-02");
    // Without a payment date, the invoice date: the best tier applies.
    let now = discount(
        json!({"amount": "1000", "currency": "EUR", "invoiceDate": "2025-03-03", "terms": "2/10 net 30"}),
    );
    assert_eq!(now["paymentDate"], "2025-03-03");
    assert_eq!(now["discount"], "20.00");
}

#[test]
fn two_tiers_take_the_best_open_one() {
    // 3 % within 10 days, 1 % within 30, net 60: on day 20 only the 1 % is open.
    let out = discount(
        json!({"amount": "2500.50", "currency": "EUR", "invoiceDate": "2025-01-10",
                              "terms": "3% 10 días y 1% 30 días, neto 60", "paymentDate": "2025-01-30"}),
    );
    assert_eq!(out["applied"], 1);
    // 2500.50 × 1 % = 25.005 → 25.01 (half-up); 2500.50 − 25.01 = 2475.49.
    assert_eq!(
        (out["discount"].as_str(), out["amountToPay"].as_str()),
        (Some("25.01"), Some("2475.49"))
    );
    assert_eq!(out["tiers"][0]["discount"], "75.02"); // 75.015 → 75.02
    assert_eq!(out["tiers"][1]["deadline"], "2025-02-09");
    // 1 % for 30 extra days: 1/99 × 365/30 = 12.2895… %; (1 + 1/99)^(365/30) − 1 = 13.0069… %.
    assert_eq!(out["tiers"][1]["annualCostSimplePercent"], "12.29");
    assert_eq!(out["tiers"][1]["annualCostCompoundPercent"], "13.01");
    assert_eq!(
        out["termsText"],
        "3\u{a0}% de descuento si se paga en 10 días; 1\u{a0}% de descuento si se paga en 30 días; importe íntegro a 60 días"
    );
}

#[test]
fn end_of_month_terms_count_from_the_month_end() {
    // 1/10 EOM: an invoice of 15 March counts from 31 March: discount until
    // 10 April, net (30 days, the usual n/30 EOM) on 30 April.
    let out = discount(
        json!({"amount": "800", "currency": "USD", "invoiceDate": "2025-03-15",
                              "terms": "1/10 EOM", "paymentDate": "2025-04-10", "lang": "en"}),
    );
    assert_eq!(out["tiers"][0]["deadline"], "2025-04-10");
    assert_eq!(out["netDueDate"], "2025-04-30");
    assert_eq!(
        (out["applied"].as_u64(), out["amountToPay"].as_str()),
        (Some(0), Some("792.00"))
    );
    assert_eq!(out["endOfMonth"], true);
}

#[test]
fn structured_terms() {
    let out = discount(
        json!({"amount": "1000", "currency": "EUR", "invoiceDate": "2025-03-03",
                              "terms": {"tiers": [{"percent": 2, "days": 10}], "netDays": 30}}),
    );
    assert_eq!(out["tiers"][0]["annualCostCompoundPercent"], "44.59");
}

#[test]
fn paying_after_the_net_date_adds_late_interest() {
    // 2/10 net 30 from 3 March 2025: net due 2 April. Paid 2 May: 30 days
    // late under Ley 3/2004 at 11.15 % (2025 H1): 1000 × 11.15 % × 30 / 365
    // = 9.1643… → 9.16, plus the €40 compensation.
    let out = discount(
        json!({"amount": "1000", "currency": "EUR", "invoiceDate": "2025-03-03",
                              "terms": "2/10 net 30", "paymentDate": "2025-05-02",
                              "lateInterest": {"regime": "es-commercial"}}),
    );
    assert_eq!(out["daysLate"], 30);
    assert_eq!(out["lateInterest"]["interest"], "9.16");
    assert_eq!(out["lateInterest"]["compensation"], "40.00");
    assert_eq!(out["lateInterest"]["totalDue"], "1049.16");
    assert_eq!(out["amountToPay"], "1000.00");
    // On time: no late interest even with settings.
    let on_time = discount(
        json!({"amount": "1000", "currency": "EUR", "invoiceDate": "2025-03-03",
                                  "terms": "2/10 net 30", "paymentDate": "2025-04-02",
                                  "lateInterest": {"regime": "es-commercial"}}),
    );
    assert_eq!(
        (
            on_time["daysLate"].as_i64(),
            on_time["lateInterest"].clone()
        ),
        (Some(0), Value::Null)
    );
}

#[test]
fn bad_input_has_its_code_and_field() {
    let base = json!({"amount": "1000", "currency": "EUR", "invoiceDate": "2025-03-03", "terms": "2/10 net 30"});
    let cases = [
        (json!({"terms": "whenever"}), "invalid_terms", "terms"),
        (
            json!({"terms": "100/10 net 30"}),
            "invalid_discount",
            "terms",
        ),
        (
            json!({"terms": "2/40 net 30"}),
            "discount_after_net",
            "terms",
        ),
        (
            json!({"terms": {"tiers": [{"percent": 150, "days": 10}], "netDays": 30}}),
            "invalid_discount",
            "terms",
        ),
        (
            json!({"terms": {"tiers": [{"percent": 2, "days": 10}]}}),
            "missing_field",
            "terms.netDays",
        ),
        (json!({"terms": null}), "missing_field", "terms"),
        (
            json!({"paymentDate": "2025-03-01"}),
            "date_order",
            "paymentDate",
        ),
        (
            json!({"paymentDate": "2025-05-02", "lateInterest": {"regime": "nope"}}),
            "unknown_regime",
            "lateInterest.regime",
        ),
        (
            json!({"paymentDate": "2025-05-02", "lateInterest": {"regime": "fixed"}}),
            "missing_field",
            "lateInterest.annualRatePercent",
        ),
        (json!({"amount": "0"}), "invalid_amount", "amount"),
    ];
    for (changes, code, field) in cases {
        let mut input = base.clone();
        for (k, v) in changes.as_object().unwrap() {
            if v.is_null() {
                input.as_object_mut().unwrap().remove(k);
            } else {
                input[k] = v.clone();
            }
        }
        let e = error(input.clone());
        assert_eq!(
            (e.code, e.field.as_str()),
            (code, field),
            "{changes}: {}",
            e.message
        );
        input["lang"] = json!("en");
        assert_ne!(error(input).message, e.message, "{changes}");
    }
    // The message shows the expected form.
    let e = error(
        json!({"amount": "1", "currency": "EUR", "invoiceDate": "2025-03-03", "terms": "pronto", "lang": "en"}),
    );
    assert_eq!(
        e.message,
        "The payment terms “pronto” cannot be read. Write them as “2/10 net 30”, “2/10 n/30”, “2/10, 1/20, net 30” or “1/10 EOM”."
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, .. ProptestConfig::default() })]

    #[test]
    fn any_text_is_terms_or_a_terms_error(text in "[0-9a-zñáéíóú%/,;. +:-]{0,40}|.{0,60}") {
        match cobro::discount::parse_terms(&text, "terms") {
            Ok(t) => prop_assert!(t.tiers.iter().all(|tier| tier.days < t.net_days)),
            Err(e) => prop_assert!(
                ["invalid_terms", "invalid_discount", "discount_after_net", "out_of_range"].contains(&e.code()),
                "{}: {}", text, e.code()
            ),
        }
    }
}
