//! Strict inputs (issue 9): an unknown field is an error naming the closest
//! known one, a field that does not apply conflicts, negative rates are
//! refused, and no message echoes more than a short piece of the input.

use serde_json::{json, Value};

type Entry = fn(&str) -> Result<String, cobro::api::ApiError>;

fn error(f: Entry, input: &Value) -> cobro::api::ApiError {
    match f(&input.to_string()) {
        Ok(out) => panic!("{input} should fail, gave {}", &out[..out.len().min(200)]),
        Err(e) => e,
    }
}

fn plan_input() -> Value {
    json!({"amount": "1200", "currency": "EUR", "startDate": "2026-11-26", "installments": 12})
}

fn interest_input() -> Value {
    json!({"currency": "EUR", "principal": "1000", "dueDate": "2026-01-31", "asOf": "2026-03-31", "regime": "es-commercial"})
}

#[test]
fn misspelled_fields_are_named_with_the_closest_known_one() {
    let with = |base: Value, path: &str, value: Value| {
        let mut v = base;
        let (parent, key) = path.rsplit_once('/').unwrap_or(("", path));
        let target = if parent.is_empty() {
            &mut v
        } else {
            v.pointer_mut(parent).expect(parent)
        };
        target[key] = value;
        v
    };
    let cases: Vec<(Entry, Value, &str, &str)> = vec![
        // The table of issue 9: each of these was silently ignored.
        (
            cobro::api::payment_plan_json,
            with(plan_input(), "annualRate", json!("8")),
            "annualRate",
            "annualRatePercent",
        ),
        (
            cobro::api::payment_plan_json,
            with(plan_input(), "policy", json!({"maxInstalments": 6})),
            "policy.maxInstalments",
            "maxInstallments",
        ),
        (
            cobro::api::payment_plan_json,
            with(plan_input(), "Frequency", json!("weekly")),
            "Frequency",
            "frequency",
        ),
        (
            cobro::api::late_interest_json,
            with(interest_input(), "payment", json!([])),
            "payment",
            "payments",
        ),
        (
            cobro::api::late_interest_json,
            with(
                interest_input(),
                "rateTable",
                json!([{"from": "2026-01-01", "rate": "5"}]),
            ),
            "rateTable[0].rate",
            "ratePercent",
        ),
        (
            cobro::api::encode_offer_json,
            json!({"amount": "5", "currency": "EUR", "asOf": "2026-11-26", "creditor": {"nmae": "Ana"}}),
            "creditor.nmae",
            "name",
        ),
        (
            cobro::api::early_pay_discount_json,
            json!({"amount": "100", "currency": "EUR", "invoiceDate": "2026-11-01", "terms": "2/10 net 30", "paymentDay": "2026-11-05"}),
            "paymentDay",
            "paymentDate",
        ),
        (
            cobro::api::early_pay_discount_json,
            json!({"amount": "100", "currency": "EUR", "invoiceDate": "2026-11-01", "terms": "2/10 net 30", "lateInterest": {"regim": "es-commercial"}}),
            "lateInterest.regim",
            "regime",
        ),
        (
            cobro::api::classify_customer_json,
            json!({"asOf": "2026-11-26", "history": [{"amount": "5", "dueDate": "2026-01-01", "paidDte": "2026-01-02"}]}),
            "history[0].paidDte",
            "paidDate",
        ),
    ];
    for (f, input, field, suggestion) in cases {
        let e = error(f, &input);
        assert_eq!(
            (e.code, e.field.as_str()),
            ("unknown_field", field),
            "{input}"
        );
        assert!(
            e.message
                .ends_with(&format!("¿quisiste decir «{suggestion}»?")),
            "{}",
            e.message
        );
    }
    // The same in English: what a misspelled `annualRate` now answers.
    let mut input = with(plan_input(), "annualRate", json!("8"));
    input["lang"] = json!("en");
    assert_eq!(
        error(cobro::api::payment_plan_json, &input).message,
        "“annualRate” is not a field this function knows; did you mean “annualRatePercent”?"
    );
    let e = error(
        cobro::api::payment_plan_json,
        &with(plan_input(), "annualRate", json!("8")),
    );
    assert_eq!(
        e.message,
        "«annualRate» no es un dato que esta función conozca; ¿quisiste decir «annualRatePercent»?"
    );
}

#[test]
fn a_field_that_does_not_apply_conflicts() {
    let mut input = interest_input();
    input["annualRatePercent"] = json!("50");
    let e = error(cobro::api::late_interest_json, &input);
    assert_eq!(
        (e.code, e.field.as_str()),
        ("conflicting_fields", "annualRatePercent")
    );
    let mut input = plan_input();
    input["installmentAmount"] = json!("100");
    assert_eq!(
        error(cobro::api::payment_plan_json, &input).code,
        "conflicting_fields"
    );
}

#[test]
fn negative_rates_are_refused() {
    let mut fixed = interest_input();
    fixed["regime"] = json!("fixed");
    fixed["annualRatePercent"] = json!("-100");
    let e = error(cobro::api::late_interest_json, &fixed);
    assert_eq!(
        (e.code, e.field.as_str()),
        ("out_of_range", "annualRatePercent")
    );
    let mut custom = interest_input();
    custom["regime"] = json!("custom");
    custom["rateTable"] = json!([{"from": "2026-01-01", "ratePercent": "-100"}]);
    let e = error(cobro::api::late_interest_json, &custom);
    assert_eq!(
        (e.code, e.field.as_str()),
        ("out_of_range", "rateTable[0].ratePercent")
    );
    let mut extension = interest_input();
    extension["rateTable"] = json!([{"from": "2027-01-01", "ratePercent": "-0.5"}]);
    let e = error(cobro::api::late_interest_json, &extension);
    assert_eq!(
        (e.code, e.field.as_str()),
        ("out_of_range", "rateTable[0].ratePercent")
    );
}

#[test]
fn messages_quote_at_most_a_short_piece_of_the_input() {
    let huge = "x".repeat(1_000_000);
    let cases: Vec<(Entry, Value)> = vec![
        (
            cobro::api::early_pay_discount_json,
            json!({"amount": "100", "currency": "EUR", "invoiceDate": "2026-11-01", "terms": huge}),
        ),
        (
            cobro::api::payment_plan_json,
            json!({"amount": "1", "currency": huge, "startDate": "2026-11-26", "installments": 1}),
        ),
        (
            cobro::api::payment_plan_json,
            json!({"amount": "1", "currency": "EUR", "startDate": huge, "installments": 1}),
        ),
        (
            cobro::api::payment_plan_json,
            json!({"amount": huge, "currency": "EUR", "startDate": "2026-11-26", "installments": 1}),
        ),
        (
            cobro::api::late_interest_json,
            json!({"currency": "EUR", "principal": "1", "dueDate": "2026-01-01", "asOf": "2026-02-01", "regime": huge}),
        ),
        (cobro::api::payment_plan_json, json!({ huge.clone(): 1 })),
    ];
    for (f, input) in cases {
        let e = error(f, &input);
        // 80 characters of the input at most, plus the sentence around them.
        assert!(
            e.message.chars().count() < 400,
            "{} chars: {}…",
            e.message.len(),
            &e.message[..200]
        );
        assert!(e.field.chars().count() <= 81, "{}", e.field.len());
    }
}

#[test]
fn limits_are_checked_before_the_work() {
    let template = "{{customerName}}".repeat(300);
    let value = "x".repeat(60_000);
    let cases: Vec<(Entry, String, &str, &str)> = vec![
        // The trap of issue 9: a short template that would render 18 MB.
        (
            cobro::api::render_template_json,
            json!({"template": template, "values": {"customerName": value}}).to_string(),
            "text_too_long",
            "template",
        ),
        (
            cobro::api::render_template_json,
            json!({"template": "{{customerName}}".repeat(5000), "values": {"customerName": "x"}}).to_string(),
            "text_too_long",
            "template",
        ),
        (
            cobro::api::render_template_json,
            json!({"template": "{{customerName}}", "values": {"customerName": "x".repeat(1_000_000)}}).to_string(),
            "text_too_long",
            "values.customerName",
        ),
        (
            cobro::api::payment_plan_json,
            json!({"amount": "100", "currency": "EUR", "startDate": "2026-11-26", "installments": 3, "businessDays": "following",
                   "holidays": vec!["2027-01-01"; 1001]}).to_string(),
            "too_many_items",
            "holidays",
        ),
        (
            cobro::api::late_interest_batch_json,
            format!("[{}{{}}]", "{},".repeat(100_000)),
            "too_many_items",
            "",
        ),
        (
            cobro::api::payment_plan_json,
            format!(r#"{{"lang":"en","reference":"{}"}}"#, "x".repeat(5 << 20)),
            "input_too_large",
            "",
        ),
    ];
    for (f, input, code, field) in cases {
        let e = match f(&input) {
            Ok(_) => panic!("{} should fail", &input[..80]),
            Err(e) => e,
        };
        assert_eq!((e.code, e.field.as_str()), (code, field), "{}", e.message);
    }
    // The size error is in the language the input asks for, though it is not read:
    // 5 × 2^20 = 5242880 bytes of x plus the 20 of {"lang":"en","x":""} = 5242900.
    let e =
        cobro::api::payment_plan_json(&format!(r#"{{"lang":"en","x":"{}"}}"#, "x".repeat(5 << 20)))
            .unwrap_err();
    assert_eq!(
        e.message,
        "The input is too large: 5242900 bytes; the maximum is 4194304."
    );
}

#[test]
fn numbers_and_dates_past_the_limits_say_which_limit() {
    let plan = |amount: Value, start: &str| {
        error(
            cobro::api::payment_plan_json,
            &json!({"amount": amount, "currency": "EUR", "startDate": start, "installments": 1, "lang": "en"}),
        )
    };
    // 1e30 does not fit 28 digits: out of range, not "write a decimal point".
    for amount in [json!("1e30"), json!(1e30)] {
        let e = plan(amount, "2026-11-26");
        assert_eq!(e.code, "out_of_range");
        assert!(
            e.message
                .ends_with("it is too large, or has too many decimals, to compute exactly."),
            "{}",
            e.message
        );
    }
    // A string may use an exponent: "1e3" is 1000.
    let out = cobro::api::payment_plan_json(
        &json!({"amount": "1e3", "currency": "EUR", "startDate": "2026-11-26", "installments": 1})
            .to_string(),
    )
    .expect("1e3 is an amount");
    assert!(out.contains(r#""installmentAmount":"1000.00""#));
    let e = plan(json!("100"), "2200-12-31");
    assert_eq!(
        e.message,
        "“startDate” is out of range: a date computed from it falls outside the supported years (1900–2200)."
    );
}

/// The short seeded slice of `make fuzz`: 300 cases per entry point.
#[test]
fn fuzz_slice_no_panic_and_every_error_coded() {
    for (name, f, valid) in crate::fuzz_cases::entry_points() {
        let (ok, errors, _) = crate::fuzz_cases::run(name, f, &valid, 300, 42);
        assert_eq!(ok + errors, 300, "{name}");
        // The valid input itself works: the mutations start from something real.
        assert!(
            f(&valid.to_string()).is_ok(),
            "{name}: {:?}",
            f(&valid.to_string()).err()
        );
    }
}
