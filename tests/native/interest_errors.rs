//! Every way a late-interest input can be wrong: its own code and path.

use serde_json::{json, Value};

fn base() -> Value {
    json!({"currency": "EUR", "principal": "1000", "dueDate": "2026-01-15", "asOf": "2026-03-01", "regime": "es-legal"})
}

#[test]
fn each_bad_field_has_its_code_and_path() {
    let cases = [
        (json!({"principal": "-5"}), "invalid_amount", "principal"),
        (json!({"principal": null}), "missing_field", "principal"),
        (json!({"regime": "xx-law"}), "unknown_regime", "regime"),
        (
            json!({"regime": "fixed"}),
            "missing_field",
            "annualRatePercent",
        ),
        (json!({"regime": "custom"}), "missing_field", "rateTable"),
        (json!({"asOf": "2026-02-30"}), "invalid_date", "asOf"),
        (json!({"dayCount": "30/360"}), "invalid_option", "dayCount"),
        (
            json!({"compensation": "eu", "currency": "USD"}),
            "invalid_option",
            "compensation",
        ),
        (
            json!({"compensation": "lots"}),
            "invalid_option",
            "compensation",
        ),
        (
            json!({"payments": [{"date": "2026-02-01", "amount": "10"}, {"date": "2026-03-02", "amount": "10"}]}),
            "payment_after_as_of",
            "payments[1].date",
        ),
        (
            json!({"payments": [{"date": "2026-02-01", "amount": "10"}, {"date": "2026-02-10", "amount": "2000"}]}),
            "overpayment",
            "payments[1].amount",
        ),
        (
            json!({"payments": [{"date": "2026-02-01", "amount": "0"}]}),
            "invalid_amount",
            "payments[0].amount",
        ),
        (
            json!({"payments": [{"amount": "10"}]}),
            "missing_field",
            "payments[0].date",
        ),
        (
            json!({"payments": ["2026-02-01"]}),
            "invalid_type",
            "payments[0]",
        ),
        (
            json!({"rateTable": [{"from": "2026-02-01", "ratePercent": "4"}, {"from": "2026-01-01", "ratePercent": "5"}]}),
            "rate_table_unsorted",
            "rateTable[1].from",
        ),
        (
            json!({"rateTable": [{"from": "2026-02-01", "ratePercent": "4"}, {"from": "2026-02-01", "ratePercent": "5"}]}),
            "rate_table_duplicate",
            "rateTable[1].from",
        ),
        (
            json!({"rateTable": [{"from": "2026-02-01", "ratePercent": "x"}]}),
            "invalid_number",
            "rateTable[0].ratePercent",
        ),
        (
            json!({"regime": "custom", "rateTable": [{"from": "2026-02-01", "ratePercent": "4"}]}),
            "rate_unknown",
            "dueDate",
        ),
        (json!({"dueDate": "2008-01-01"}), "rate_unknown", "dueDate"),
    ];
    for (changes, code, field) in cases {
        let mut input = base();
        for (k, v) in changes.as_object().unwrap() {
            if v.is_null() {
                input.as_object_mut().unwrap().remove(k);
            } else {
                input[k] = v.clone();
            }
        }
        let es = cobro::api::late_interest_json(&input.to_string()).unwrap_err();
        assert_eq!(
            (es.code, es.field.as_str()),
            (code, field),
            "{changes}: {}",
            es.message
        );
        input["lang"] = json!("en");
        let en = cobro::api::late_interest_json(&input.to_string()).unwrap_err();
        assert_eq!(en.code, code);
        assert_ne!(es.message, en.message, "{changes}");
    }
}

/// An overpayment names both figures with the currency's decimals, however
/// the interest was computed: 1000 at 10 % for the 73 days from 1 Feb to
/// 14 Apr 2025 is exactly 1000 × 10 × 73 / 36500 = 20, so 1020.00 was owed
/// on the day of the 5000 payment (a JPY invoice: no decimals).
#[test]
fn overpayment_shows_both_figures_at_the_minor_unit() {
    let input = |currency: &str, amount: &str| {
        json!({"currency": currency, "principal": "1000", "dueDate": "2025-01-31", "asOf": "2025-04-30",
               "regime": "fixed", "annualRatePercent": "10", "lang": "en",
               "payments": [{"date": "2025-04-14", "amount": amount}]})
        .to_string()
    };
    let eur = cobro::api::late_interest_json(&input("EUR", "5000")).unwrap_err();
    assert_eq!(
        (eur.code, eur.field.as_str()),
        ("overpayment", "payments[0].amount")
    );
    assert!(eur.message.contains("5000.00 > 1020.00"), "{}", eur.message);
    let jpy = cobro::api::late_interest_json(&input("JPY", "5000")).unwrap_err();
    assert!(jpy.message.contains("5000 > 1020"), "{}", jpy.message);
}
