//! Property tests of the SPEC §2 invariants, and a no-panic fuzz of the
//! whole JSON entry point.

use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{json, Value};
use std::str::FromStr;

fn dec(v: &Value) -> Decimal {
    Decimal::from_str(v.as_str().expect("amount string")).expect("decimal")
}

fn arb_plan() -> impl Strategy<Value = Value> {
    (
        (100u64..500_000_000, 0u32..4000, 0usize..6, 0usize..3),
        (0usize..6, 1u32..400, prop::option::of(0i64..40), 0usize..3),
        (
            prop::bool::ANY,
            0usize..4,
            0u32..3,
            prop::option::of(0u64..300),
        ),
    )
        .prop_map(
            |(
                (cents, rate_bp, freq, method),
                (start, n, shift, round),
                (by_amount, rule, fee_pct, down_pct),
            )| {
                let frequency = [
                    "weekly",
                    "biweekly",
                    "semimonthly",
                    "monthly",
                    "bimonthly",
                    "quarterly",
                ][freq];
                let method = ["french", "german", "flat"][method];
                let start = [
                    "2024-01-31",
                    "2024-02-29",
                    "2025-01-15",
                    "2025-03-30",
                    "2025-12-31",
                    "2026-06-15",
                ][start];
                let amount = Decimal::new(i64::try_from(cents).unwrap(), 2);
                let rule = ["none", "following", "modifiedFollowing", "preceding"][rule];
                let round = ["0.01", "1", "10"][round];
                let mut input = json!({
                    "amount": amount.to_string(), "currency": "EUR", "startDate": start,
                    "annualRatePercent": Decimal::new(i64::from(rate_bp), 2).to_string(),
                    "frequency": frequency, "method": method,
                    "businessDays": rule,
                    "roundTo": round,
                    "fee": (amount * Decimal::new(i64::from(fee_pct), 2)).round_dp(2).to_string(),
                });
                if let Some(p) = down_pct {
                    input["downPaymentPercent"] =
                        json!(Decimal::new(i64::try_from(p).unwrap(), 1).to_string());
                }
                if let Some(days) = shift {
                    // A first due date 1–40 days after the start: often irregular.
                    let first = cobro::Date::parse(start, "s")
                        .unwrap()
                        .add_days(days + 1, "s")
                        .unwrap();
                    input["firstDueDate"] = json!(first.to_string());
                }
                if by_amount {
                    // An installment that repays in at most n periods at this rate.
                    let per = amount / Decimal::from(n)
                        + amount * Decimal::new(i64::from(rate_bp), 4) / Decimal::from(4);
                    input["installmentAmount"] =
                        json!(per.round_dp(2).max(Decimal::new(1, 2)).to_string());
                } else {
                    input["installments"] = json!(n);
                }
                input
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn schedules_keep_the_invariants(input in arb_plan()) {
        let out = match cobro::api::payment_plan_json(&input.to_string()) {
            Ok(text) => serde_json::from_str::<Value>(&text).unwrap(),
            // Only the documented refusals of a generated plan are allowed.
            Err(e) => {
                prop_assert!(["out_of_range", "installment_too_small", "date_order"].contains(&e.code), "{input}: {e:?}");
                return Ok(());
            }
        };
        let rows = out["schedule"].as_array().unwrap();
        prop_assert_eq!(out["count"].as_u64().unwrap() as usize, rows.len());
        let financed = dec(&out["financed"]);
        let (mut principal, mut paid, mut interest) = (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
        let mut previous_date = String::new();
        for r in rows {
            let (p, i, pay, bal) = (dec(&r["principal"]), dec(&r["interest"]), dec(&r["payment"]), dec(&r["balance"]));
            prop_assert_eq!(pay, p + i, "payment = principal + interest: {}", r);
            prop_assert!(bal >= Decimal::ZERO && i >= Decimal::ZERO && p >= Decimal::ZERO, "{}", r);
            let date = r["dueDate"].as_str().unwrap().to_string();
            prop_assert!(date > previous_date, "dates strictly increase: {} after {}", date, previous_date);
            previous_date = date;
            principal += p;
            paid += pay;
            interest += i;
        }
        prop_assert_eq!(principal, financed, "Σ principal = financed");
        prop_assert_eq!(dec(&rows.last().unwrap()["balance"]), Decimal::ZERO);
        prop_assert_eq!(dec(&out["totals"]["payments"]), paid);
        prop_assert_eq!(dec(&out["totals"]["interest"]), interest);
        prop_assert_eq!(dec(&out["totals"]["cost"]), interest + dec(&out["totals"]["fees"]));
        prop_assert_eq!(dec(&out["totals"]["overall"]), dec(&out["downPayment"]) + paid + dec(&out["totals"]["fees"]));
        let method = input["method"].as_str().unwrap();
        let zero_rate = dec(&input["annualRatePercent"]).is_zero();
        if method == "french" || zero_rate {
            let regular = dec(&out["installmentAmount"]);
            let last = dec(&rows.last().unwrap()["payment"]);
            let odd = out["irregularFirstPeriod"]["interest"].as_str().map_or(Decimal::ZERO, |s| Decimal::from_str(s).unwrap());
            prop_assert!(last <= regular + odd.max(Decimal::ZERO) || rows.len() == 1, "last {} ≤ regular {}", last, regular);
        }
        prop_assert!(out["aprPercent"].is_string(), "APR solved: {}", out["notes"]);
    }

    #[test]
    fn no_input_makes_an_entry_point_panic(input in arb_json(3)) {
        let text = input.to_string();
        let _ = cobro::api::payment_plan_json(&text);
        let _ = cobro::api::late_interest_json(&text);
        let _ = cobro::api::late_interest_batch_json(&format!("[{text}, {text}]"));
        let _ = cobro::api::rate_regimes_json(&text);
        let _ = cobro::api::encode_offer_json(&text);
        let _ = cobro::api::decode_offer_json(&text);
        let _ = cobro::api::encode_proposal_json(&text);
        let _ = cobro::api::check_proposal_json(&text);
        let _ = cobro::api::plan_calendar_json(&text);
    }

    #[test]
    fn no_fragment_or_code_makes_the_debtor_entry_points_panic(text in "[a-z0-9&=%+.,:-]{0,120}") {
        let fragment = json!({ "fragment": format!("o1&{text}") }).to_string();
        let _ = cobro::api::decode_offer_json(&fragment);
        let code = json!({ "code": format!("p1&{text}"), "amount": "100", "currency": "EUR" }).to_string();
        let _ = cobro::api::check_proposal_json(&code);
    }

    #[test]
    fn no_text_makes_an_entry_point_panic(text in ".{0,200}") {
        let _ = cobro::api::payment_plan_json(&text);
        let _ = cobro::api::late_interest_json(&text);
        let _ = cobro::api::late_interest_batch_json(&text);
        let _ = cobro::api::decode_offer_json(&text);
        let _ = cobro::api::check_proposal_json(&text);
    }
}

/// Objects whose keys are mostly real field names, with values of every
/// JSON type, including extreme numbers and odd strings.
fn arb_json(depth: u32) -> impl Strategy<Value = Value> {
    // The field names the fuzz cases use, so both explore the same inputs.
    let key = prop::sample::select(crate::fuzz_cases::KEYS.to_vec());
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        prop::sample::select(vec![
            "0",
            "1",
            "-1",
            "1e308",
            "1e-308",
            "0.1",
            "1200",
            "99999999999999999999999999999",
            "1e+21",
            "0.000000000000000000000000001",
        ])
        .prop_map(|s| Value::Number(serde_json::Number::from_str(s).unwrap())),
        prop::sample::select(vec![
            "EUR",
            "JPY",
            "KWD",
            "2025-01-31",
            "2200-12-31",
            "1900-01-01",
            "2024-02-29",
            "weekly",
            "semimonthly",
            "quarterly",
            "german",
            "flat",
            "following",
            "en",
            "es-CO",
            "",
            "1e3",
            "1000000000000",
            "0.01",
            "1200",
            "5",
            "-0",
            "NaN",
        ])
        .prop_map(|s| Value::String(s.to_string())),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(depth, 64, 12, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(key.clone(), inner, 0..12).prop_map(|m| Value::Object(
                m.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
            )),
        ]
    })
}
