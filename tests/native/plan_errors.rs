//! Every way a plan input can be wrong has its own code and field, in
//! Spanish and English.

use crate::plan_error;
use serde_json::{json, Value};

fn base() -> Value {
    json!({"amount": "1200", "currency": "EUR", "startDate": "2025-01-31", "installments": 6})
}

fn with(changes: Value) -> Value {
    let mut input = base();
    for (k, v) in changes.as_object().unwrap() {
        if v.is_null() {
            input.as_object_mut().unwrap().remove(k);
        } else {
            input[k] = v.clone();
        }
    }
    input
}

#[test]
fn each_bad_field_has_its_code_and_path() {
    let cases = [
        (json!({"amount": null}), "missing_field", "amount"),
        (json!({"amount": true}), "invalid_type", "amount"),
        (json!({"amount": "-5"}), "invalid_amount", "amount"),
        (json!({"amount": "0"}), "invalid_amount", "amount"),
        (json!({"amount": "12,50"}), "invalid_amount", "amount"),
        (json!({"amount": "10.001"}), "invalid_amount", "amount"),
        (
            json!({"amount": "1000000000000.01"}),
            "out_of_range",
            "amount",
        ),
        (json!({"installments": 0}), "out_of_range", "installments"),
        (
            json!({"installments": 1201}),
            "out_of_range",
            "installments",
        ),
        (
            json!({"installments": 2.5}),
            "invalid_number",
            "installments",
        ),
        (
            json!({"installments": null}),
            "missing_field",
            "installments",
        ),
        (
            json!({"startDate": "2025-02-30"}),
            "invalid_date",
            "startDate",
        ),
        (
            json!({"startDate": "30/01/2025"}),
            "invalid_date",
            "startDate",
        ),
        (
            json!({"startDate": "1850-01-01"}),
            "out_of_range",
            "startDate",
        ),
        (json!({"currency": "EURO"}), "unknown_currency", "currency"),
        (
            json!({"downPayment": "1200"}),
            "down_payment_too_large",
            "downPayment",
        ),
        (
            json!({"downPaymentPercent": "100"}),
            "out_of_range",
            "downPaymentPercent",
        ),
        (
            json!({"downPayment": "10", "downPaymentPercent": "5"}),
            "conflicting_fields",
            "downPaymentPercent",
        ),
        (
            json!({"installmentAmount": "100"}),
            "conflicting_fields",
            "installmentAmount",
        ),
        (
            json!({"installments": null, "installmentAmount": "10", "annualRatePercent": "12"}),
            "installment_too_small",
            "installmentAmount",
        ),
        (
            json!({"installments": null, "installmentAmount": "0.50"}),
            "out_of_range",
            "installmentAmount",
        ),
        (
            json!({"firstDueDate": "2025-01-31"}),
            "date_order",
            "firstDueDate",
        ),
        (
            json!({"firstDueDate": "2025-01-01"}),
            "date_order",
            "firstDueDate",
        ),
        (json!({"frequency": "daily"}), "invalid_option", "frequency"),
        (json!({"method": "italian"}), "invalid_option", "method"),
        (
            json!({"annualRatePercent": "-1"}),
            "out_of_range",
            "annualRatePercent",
        ),
        (
            json!({"annualRatePercent": "abc"}),
            "invalid_number",
            "annualRatePercent",
        ),
        (json!({"fee": "1200"}), "out_of_range", "fee"),
        (json!({"roundTo": "0.005"}), "invalid_amount", "roundTo"),
        (
            json!({"holidays": ["2025-13-01"]}),
            "invalid_date",
            "holidays[0]",
        ),
        (json!({"holidays": 20250301}), "invalid_type", "holidays"),
        (json!({"holidays": "XX"}), "unknown_country", "holidays"),
        (
            json!({"holidays": ["CO", "Colombia"]}),
            "unknown_country",
            "holidays[1]",
        ),
        (
            json!({"holidays": ["CO", 7]}),
            "invalid_type",
            "holidays[1]",
        ),
        (
            json!({"policy": {"maxInstallments": -1}}),
            "out_of_range",
            "policy.maxInstallments",
        ),
        (
            json!({"policy": {"allowedFrequencies": ["monthly", "yearly"]}}),
            "invalid_option",
            "policy.allowedFrequencies[1]",
        ),
        (json!({"lang": "fr"}), "invalid_option", "lang"),
        (json!({"locale": "xx"}), "invalid_option", "locale"),
    ];
    for (changes, code, field) in cases {
        let e = plan_error(with(changes.clone()));
        assert_eq!(
            (e.code, e.field.as_str()),
            (code, field),
            "{changes}: {}",
            e.message
        );
        assert!(!e.message.is_empty());
    }
}

#[test]
fn messages_follow_lang() {
    let es = plan_error(with(json!({"startDate": "2025-02-30"})));
    assert_eq!(
        es.message,
        "«startDate» no es una fecha válida (2025-02-30); usa el formato AAAA-MM-DD."
    );
    let en = plan_error(with(json!({"startDate": "2025-02-30", "lang": "en"})));
    assert_eq!(
        en.message,
        "“startDate” is not a valid date (2025-02-30); use the format YYYY-MM-DD."
    );
    let en = plan_error(with(
        json!({"installments": null, "installmentAmount": "10", "annualRatePercent": "12", "lang": "en"}),
    ));
    assert_eq!(
        en.message,
        "That installment never repays the debt: one period's interest alone is 12.00 EUR."
    );
}

#[test]
fn non_objects_are_invalid_input() {
    for text in ["", "null", "[]", "42", "\"x\"", "{", "{\"amount\": }"] {
        let e = cobro::api::payment_plan_json(text).unwrap_err();
        assert_eq!((e.code, e.field.as_str()), ("invalid_input", ""), "{text}");
    }
}
