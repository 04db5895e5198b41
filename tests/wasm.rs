//! The JS contract, run by wasm-bindgen-test in Node and in headless
//! Chromium: JSON in → JSON out, thrown errors with `code` and `field`,
//! and our locale formatting checked against the engine's own `Intl`.
#![cfg(target_arch = "wasm32")]

use cobro::money::dec;
use cobro::{Currency, Date, Locale};
use js_sys::{Array, Function, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn js(text: &str) -> JsValue {
    JSON::parse(text).expect("test JSON")
}

fn get(v: &JsValue, path: &str) -> JsValue {
    path.split('.')
        .fold(v.clone(), |acc, key| match key.parse::<u32>() {
            Ok(i) => Array::from(&acc).get(i),
            Err(_) => Reflect::get(&acc, &key.into()).unwrap_or(JsValue::UNDEFINED),
        })
}

fn text(v: &JsValue, path: &str) -> String {
    get(v, path)
        .as_string()
        .unwrap_or_else(|| format!("<not a string at {path}>"))
}

#[wasm_bindgen_test]
fn version_and_currencies() {
    assert_eq!(cobro::wasm::version(), env!("CARGO_PKG_VERSION"));
    let list = cobro::wasm::currencies().unwrap();
    let codes: Vec<String> = Array::from(&list)
        .iter()
        .map(|c| text(&c, "code"))
        .collect();
    for code in [
        "EUR", "USD", "GBP", "MXN", "COP", "CLP", "PEN", "ARS", "UYU", "BRL", "CHF", "JPY",
    ] {
        assert!(codes.iter().any(|c| c == code), "{code}");
    }
    let jpy = Array::from(&list)
        .iter()
        .find(|c| text(c, "code") == "JPY")
        .unwrap();
    assert_eq!(get(&jpy, "minorUnits").as_f64(), Some(0.0));
}

#[wasm_bindgen_test]
fn payment_plan_json_in_json_out() {
    // npf.pmt(0.08/12, 60, 15000) = -304.1459… → 304.15; JS numbers are read
    // from their shortest decimal text.
    let out = cobro::wasm::payment_plan(js(
        r#"{"amount": 15000, "currency": "EUR", "startDate": "2025-01-15", "installments": 60, "annualRatePercent": 8}"#,
    ))
    .unwrap();
    assert_eq!(text(&out, "installmentAmount"), "304.15");
    assert_eq!(get(&out, "count").as_f64(), Some(60.0));
    assert_eq!(text(&out, "schedule.0.dueDate"), "2025-02-15");
    assert_eq!(text(&out, "schedule.59.balance"), "0.00");
    assert_eq!(text(&out, "aprPercent"), "8.30");
    assert_eq!(text(&out, "totals.interest"), "3248.69");
    assert!(Array::is_array(&get(&out, "policyViolations")));
}

#[wasm_bindgen_test]
fn decimal_numbers_are_exact() {
    // 0.1 + 0.2 typed as numbers are exactly 0.1 and 0.2 (no binary residue).
    let out = cobro::wasm::payment_plan(js(
        r#"{"amount": 0.3, "currency": "EUR", "startDate": "2025-01-15", "installments": 3}"#,
    ))
    .unwrap();
    assert_eq!(text(&out, "installmentAmount"), "0.10");
}

#[wasm_bindgen_test]
fn errors_are_thrown_with_code_field_and_message() {
    let cases = [
        (
            r#"{"amount": "1200", "currency": "EUR", "startDate": "2025-02-30", "installments": 6}"#,
            "invalid_date",
            "startDate",
        ),
        (
            r#"{"amount": "1200", "currency": "XXX", "startDate": "2025-02-01", "installments": 6}"#,
            "unknown_currency",
            "currency",
        ),
        (
            r#"{"amount": "1200", "currency": "EUR", "startDate": "2025-02-01", "installments": 6, "policy": {"maxInstallments": "x"}}"#,
            "invalid_number",
            "policy.maxInstallments",
        ),
        (r#"[1, 2]"#, "invalid_input", ""),
    ];
    for (input, code, field) in cases {
        let err = cobro::wasm::payment_plan(js(input)).unwrap_err();
        assert!(err.is_instance_of::<js_sys::Error>(), "{input}");
        assert_eq!(text(&err, "code"), code, "{input}");
        assert_eq!(text(&err, "field"), field, "{input}");
        assert!(!text(&err, "message").is_empty());
    }
    let err = cobro::wasm::payment_plan(js(
        r#"{"amount": "1200", "currency": "EUR", "startDate": "2025-02-01", "installments": 0, "lang": "en"}"#,
    ))
    .unwrap_err();
    assert_eq!(
        text(&err, "message"),
        "“installments” is out of range: 0; it must be between 1 and 1200."
    );
    // Not even an object: undefined cannot be stringified.
    let err = cobro::wasm::payment_plan(JsValue::UNDEFINED).unwrap_err();
    assert_eq!(text(&err, "code"), "invalid_input");
}

fn intl_money(tag: &str, code: &str, value: f64) -> String {
    let options = Object::new();
    Reflect::set(&options, &"style".into(), &"currency".into()).unwrap();
    Reflect::set(&options, &"currency".into(), &code.into()).unwrap();
    let format = js_sys::Intl::NumberFormat::new(&Array::of1(&tag.into()), &options).format();
    format
        .call1(&JsValue::NULL, &value.into())
        .unwrap()
        .as_string()
        .unwrap()
}

fn intl_date(tag: &str, date: Date) -> String {
    let options = Object::new();
    Reflect::set(&options, &"dateStyle".into(), &"long".into()).unwrap();
    Reflect::set(&options, &"timeZone".into(), &"UTC".into()).unwrap();
    let format: Function =
        js_sys::Intl::DateTimeFormat::new(&Array::of1(&tag.into()), &options).format();
    let ms = js_sys::Date::utc(f64::from(date.year()), f64::from(date.month() - 1))
        + f64::from(date.day() - 1) * 86_400_000.0;
    let js_date = js_sys::Date::new(&ms.into());
    format
        .call1(&JsValue::NULL, &js_date)
        .unwrap()
        .as_string()
        .unwrap()
}

#[wasm_bindgen_test]
fn money_formatting_matches_intl_number_format() {
    let values = [
        "1234.5", "-1234.5", "12345.5", "0.5", "1000000", "7", "999.99",
    ];
    for locale in cobro::locale::LOCALES {
        for currency in cobro::money::CURRENCIES {
            for value in values {
                let ours = locale.format_money(dec(value).unwrap(), currency);
                let theirs = intl_money(locale.tag, currency.code, value.parse().unwrap());
                assert_eq!(ours, theirs, "{} {} {value}", locale.tag, currency.code);
            }
        }
    }
}

#[wasm_bindgen_test]
fn date_formatting_matches_intl_date_time_format() {
    for locale in cobro::locale::LOCALES {
        for text in ["2026-01-05", "2025-12-31", "2024-02-29", "2025-09-15"] {
            let d = Date::parse(text, "d").unwrap();
            assert_eq!(
                locale.format_date(d),
                intl_date(locale.tag, d),
                "{} {text}",
                locale.tag
            );
        }
    }
    let _ = (Currency::find("EUR", "c"), Locale::find("es", "l"));
}

#[wasm_bindgen_test]
fn late_interest_contract() {
    // Ley 3/2004, 2025 H1 11.15 % / H2 10.15 %: 91.64 + 127.92 (see the native tests).
    let out = cobro::wasm::late_interest(js(
        r#"{"currency": "EUR", "principal": 10000, "dueDate": "2025-05-31", "asOf": "2025-08-15", "regime": "es-commercial"}"#,
    ))
    .unwrap();
    assert_eq!(text(&out, "interest"), "219.56");
    assert_eq!(text(&out, "segments.1.ratePercent"), "10.15");
    assert_eq!(text(&out, "regime.coveredUntil"), "2026-12-31");
    let err = cobro::wasm::late_interest(js(
        r#"{"currency": "EUR", "principal": "1000", "dueDate": "2026-01-15", "asOf": "2026-02-01", "regime": "es-legal",
            "payments": [{"date": "2026-01-20", "amount": "10"}, {"date": "2026-03-01", "amount": "10"}]}"#,
    ))
    .unwrap_err();
    assert_eq!(
        (text(&err, "code"), text(&err, "field")),
        ("payment_after_as_of".into(), "payments[1].date".into())
    );
}

#[wasm_bindgen_test]
fn late_interest_batch_contract() {
    let items = r#"[{"currency": "EUR", "principal": "1000", "dueDate": "2026-01-15", "asOf": "2026-02-01", "regime": "es-legal"},
            {"currency": "EUR", "principal": "1000", "dueDate": "2026-01-15", "asOf": "2026-02-01", "regime": "nope"}]"#;
    let out = cobro::wasm::late_interest_batch(js(items), JsValue::UNDEFINED).unwrap();
    assert_eq!(text(&out, "0.interest"), "1.51");
    assert_eq!(text(&out, "1.error.code"), "unknown_regime");
    assert_eq!(text(&out, "1.error.field"), "regime");
    // Summary detail: the same figures, without segments.
    let summary =
        cobro::wasm::late_interest_batch(js(items), js(r#"{"detail": "summary"}"#)).unwrap();
    assert_eq!(text(&summary, "0.interest"), "1.51");
    assert!(get(&summary, "0.segments").is_undefined());
    assert_eq!(text(&summary, "1.error.code"), "unknown_regime");
    let err = cobro::wasm::late_interest_batch(js(r#"{"not": "a list"}"#), JsValue::UNDEFINED)
        .unwrap_err();
    assert_eq!(text(&err, "code"), "invalid_input");
    let err =
        cobro::wasm::late_interest_batch(js(items), js(r#"{"detail": "brief"}"#)).unwrap_err();
    assert_eq!(text(&err, "code"), "invalid_option");
}

#[wasm_bindgen_test]
fn rate_regimes_contract() {
    let list = cobro::wasm::rate_regimes(JsValue::UNDEFINED).unwrap();
    let first = Array::from(&list).get(0);
    assert_eq!(text(&first, "id"), "es-commercial");
    assert_eq!(
        text(&first, "name"),
        "España, operaciones comerciales (Ley 3/2004)"
    );
    let en = cobro::wasm::rate_regimes(js(r#"{"lang": "en"}"#)).unwrap();
    assert_eq!(
        text(&Array::from(&en).get(0), "name"),
        "Spain, commercial transactions (Ley 3/2004)"
    );
}

#[wasm_bindgen_test]
fn early_pay_discount_contract() {
    // 2/10 net 30 → 37.24 % simple, 44.59 % compound (Brigham & Ehrhardt).
    let out = cobro::wasm::early_pay_discount(js(
        r#"{"amount": 1000, "currency": "EUR", "invoiceDate": "2025-03-03", "terms": "2/10 net 30", "paymentDate": "2025-03-13"}"#,
    ))
    .unwrap();
    assert_eq!(text(&out, "amountToPay"), "980.00");
    assert_eq!(text(&out, "tiers.0.annualCostSimplePercent"), "37.24");
    assert_eq!(text(&out, "tiers.0.annualCostCompoundPercent"), "44.59");
    assert_eq!(get(&out, "applied").as_f64(), Some(0.0));
    let err = cobro::wasm::early_pay_discount(js(
        r#"{"amount": 1000, "currency": "EUR", "invoiceDate": "2025-03-03", "terms": "2/40 net 30"}"#,
    ))
    .unwrap_err();
    assert_eq!(
        (text(&err, "code"), text(&err, "field")),
        ("discount_after_net".into(), "terms".into())
    );
}

#[wasm_bindgen_test]
fn collection_contracts() {
    let out = cobro::wasm::collection_advice(js(
        r#"{"invoices": [{"number": "F-1", "amount": "1000", "currency": "EUR", "dueDate": "2026-10-01"}],
            "asOf": "2026-10-16", "regime": "es-commercial", "customer": {"name": "Ana", "b2b": true},
            "creditor": {"name": "Norte"}}"#,
    ))
    .unwrap();
    assert_eq!(text(&out, "stage"), "firm_notice");
    assert_eq!(text(&out, "figures.interest"), "4.27");
    assert_eq!(text(&out, "messages.0.channel"), "email");
    let err = cobro::wasm::collection_advice(js(
        r#"{"invoices": [{"number": "F-1", "amount": "10", "currency": "EUR", "dueDate": "2026-10-01", "paid": "11"}], "asOf": "2026-10-16"}"#,
    ))
    .unwrap_err();
    assert_eq!(
        (text(&err, "code"), text(&err, "field")),
        ("overpaid".into(), "invoices[0].paid".into())
    );
    let seg =
        cobro::wasm::classify_customer(js(r#"{"history": [], "asOf": "2026-10-16"}"#)).unwrap();
    assert_eq!(text(&seg, "segment"), "punctual");
    let err = cobro::wasm::render_template(js(r#"{"template": "Hola {{nombre}}"}"#)).unwrap_err();
    assert_eq!(text(&err, "code"), "unknown_placeholder");
}

#[wasm_bindgen_test]
fn message_amounts_and_dates_match_intl() {
    // The advice formats for the customer's locale exactly as Intl does.
    let out = cobro::wasm::collection_advice(js(
        r#"{"invoices": [{"number": "F-1", "amount": "12345.5", "currency": "MXN", "dueDate": "2026-10-01"}],
            "asOf": "2026-10-16", "customer": {"name": "Ana", "locale": "es-MX"}, "creditor": {"name": "Norte"}}"#,
    ))
    .unwrap();
    assert_eq!(
        text(&out, "values.amountDue"),
        intl_money("es-MX", "MXN", 12345.5)
    );
    assert_eq!(
        text(&out, "values.dueDate"),
        intl_date("es-MX", Date::parse("2026-10-01", "d").unwrap())
    );
}

#[wasm_bindgen_test]
fn debtor_link_contract() {
    // A name full of markup and separators survives the JS round trip.
    let offer = js(
        r#"{"amount": 900, "currency": "EUR", "asOf": "2026-11-29", "creditor": {"name": "<b>Núñez</b>; a,b\r\nc", "whatsapp": "+34 600 111 222"}, "policy": {"maxInstallments": 6}}"#,
    );
    let link = cobro::wasm::encode_offer(offer).unwrap();
    let fragment = text(&link, "fragment");
    let input = Object::new();
    Reflect::set(&input, &"fragment".into(), &fragment.as_str().into()).unwrap();
    let back = cobro::wasm::decode_offer(input.into()).unwrap();
    assert_eq!(text(&back, "creditor.name"), "<b>Núñez</b>; a,b\r\nc");
    assert_eq!(text(&back, "creditor.whatsapp"), "+34600111222");
    assert_eq!(text(&back, "amount"), "900.00");
    assert_eq!(get(&back, "policy.maxInstallments").as_f64(), Some(6.0));
    // A damaged link is a thrown Error with a code, never a trap.
    for (bad, code) in [
        (fragment.replace("a=900.00", "a=990.00"), "invalid_link"),
        (fragment.replace("o1&", "o7&"), "unsupported_version"),
        ("x".repeat(5000), "out_of_range"),
    ] {
        let input = Object::new();
        Reflect::set(&input, &"fragment".into(), &bad.as_str().into()).unwrap();
        let err = cobro::wasm::decode_offer(input.into()).unwrap_err();
        assert!(err.is_instance_of::<js_sys::Error>());
        assert_eq!(
            (text(&err, "code"), text(&err, "field")),
            (code.to_string(), "fragment".to_string())
        );
    }
}

#[wasm_bindgen_test]
fn proposal_and_calendar_contract() {
    let plan =
        r#""amount": "600", "currency": "EUR", "startDate": "2026-11-29", "installments": 3"#;
    let encoded =
        cobro::wasm::encode_proposal(js(&format!("{{{plan}, \"lang\": \"en\"}}"))).unwrap();
    let code = text(&encoded, "code");
    let input = js(
        r#"{"amount": "600", "currency": "EUR", "policy": {"maxInstallments": 2}, "lang": "en"}"#,
    );
    Reflect::set(&input, &"code".into(), &code.as_str().into()).unwrap();
    let check = cobro::wasm::check_proposal(input).unwrap();
    assert_eq!(get(&check, "fits").as_bool(), Some(false));
    assert_eq!(text(&check, "violations.0.code"), "max_installments");
    assert_eq!(text(&check, "plan.installmentAmount"), "200.00");
    let ics =
        cobro::wasm::plan_calendar(js(&format!("{{{plan}, \"creditorName\": \"Ana\"}}"))).unwrap();
    let ics = text(&ics, "ics");
    assert_eq!(ics.matches("BEGIN:VEVENT\r\n").count(), 3);
    assert!(ics.contains("DTSTART;VALUE=DATE:20261229\r\n"));
    let err = cobro::wasm::check_proposal(js(
        r#"{"code": "p1&k=0", "amount": "1", "currency": "EUR"}"#,
    ))
    .unwrap_err();
    assert_eq!(text(&err, "code"), "invalid_link");
    assert_eq!(text(&err, "field"), "code");
}

#[wasm_bindgen_test]
fn hostile_js_values_give_coded_errors_in_the_callers_language() {
    let base = || {
        js(
            r#"{"amount": "1200", "currency": "EUR", "startDate": "2026-11-26", "installments": 12, "lang": "en"}"#,
        )
    };
    // NaN and ±Infinity are not "not given": they are invalid numbers.
    for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let input = base();
        Reflect::set(&input, &"amount".into(), &JsValue::from_f64(bad)).unwrap();
        let err = cobro::wasm::payment_plan(input).unwrap_err();
        assert_eq!(
            (text(&err, "code"), text(&err, "field")),
            ("invalid_amount".to_string(), "amount".to_string()),
            "{bad}"
        );
        let input = base();
        Reflect::set(&input, &"installments".into(), &JsValue::from_f64(bad)).unwrap();
        let err = cobro::wasm::payment_plan(input).unwrap_err();
        assert_eq!(text(&err, "code"), "invalid_number", "{bad}");
    }
    // A lone surrogate: the rest of the input is read, lang included.
    let input = base();
    let lone = js_sys::JsString::from_char_code1(0xD800);
    Reflect::set(&input, &"currency".into(), &lone.into()).unwrap();
    let err = cobro::wasm::payment_plan(input).unwrap_err();
    assert_eq!(
        (text(&err, "code"), text(&err, "field")),
        ("unknown_currency".to_string(), "currency".to_string())
    );
    assert!(
        text(&err, "message").starts_with("“currency”: the currency"),
        "{}",
        text(&err, "message")
    );
    // A misspelled field through the boundary.
    let input = base();
    Reflect::set(&input, &"annualRate".into(), &"8".into()).unwrap();
    let err = cobro::wasm::payment_plan(input).unwrap_err();
    assert_eq!(
        text(&err, "message"),
        "“annualRate” is not a field this function knows; did you mean “annualRatePercent”?"
    );
    // And afterwards a normal call still gives the right answer: npf.pmt(0, 12, 1200) → 100.00.
    let out = cobro::wasm::payment_plan(base()).unwrap();
    assert_eq!(text(&out, "installmentAmount"), "100.00");
}

/// A small deterministic generator (64-bit LCG, Knuth's MMIX constants), so
/// that the generated cases are the same in Node and in Chromium.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }

    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len() as u64) as usize]
    }
}

/// One generated `paymentPlan` input: every method, frequency, term kind,
/// business-day rule and language, several currencies, fees, down
/// payments, irregular first periods and rounding steps; most plans short,
/// one in sixteen up to 400 rows.
fn generated_plan(g: &mut Lcg) -> String {
    let currency = g.pick(&["EUR", "EUR", "USD", "JPY", "COP", "GBP", "CLP"]);
    let cents = 100 + g.below(50_000_000);
    let amount = if currency == "JPY" || currency == "CLP" {
        format!("{}", cents)
    } else {
        format!("{}.{:02}", cents / 100, cents % 100)
    };
    let rate = format!("{}.{}", g.below(40), g.below(1000));
    let start = format!(
        "20{:02}-{:02}-{:02}",
        20 + g.below(10),
        1 + g.below(12),
        1 + g.below(28)
    );
    let mut fields = vec![
        format!(r#""amount":"{amount}""#),
        format!(r#""currency":"{currency}""#),
        format!(r#""startDate":"{start}""#),
        format!(r#""annualRatePercent":"{rate}""#),
        format!(
            r#""method":"{}""#,
            g.pick(&["french", "french", "german", "flat"])
        ),
        format!(
            r#""frequency":"{}""#,
            g.pick(&[
                "monthly",
                "monthly",
                "weekly",
                "biweekly",
                "semimonthly",
                "bimonthly",
                "quarterly"
            ])
        ),
        format!(r#""lang":"{}""#, g.pick(&["es", "en"])),
    ];
    if g.below(4) == 0 {
        // An installment amount of 1–30 % of the debt.
        let part = cents * (1 + g.below(30)) / 100;
        fields.push(format!(
            r#""installmentAmount":"{}.{:02}""#,
            part / 100,
            part % 100
        ));
    } else {
        let n = if g.below(16) == 0 {
            1 + g.below(400)
        } else {
            1 + g.below(48)
        };
        fields.push(format!(r#""installments":{n}"#));
    }
    if g.below(3) == 0 {
        fields.push(format!(
            r#""firstDueDate":"20{:02}-{:02}-{:02}""#,
            30 + g.below(2),
            1 + g.below(12),
            1 + g.below(28)
        ));
    }
    if g.below(4) == 0 {
        fields.push(format!(r#""fee":"{}""#, g.below(200)));
    }
    if g.below(4) == 0 {
        fields.push(format!(r#""downPaymentPercent":"{}""#, g.below(40)));
    }
    if g.below(5) == 0 {
        fields.push(format!(
            r#""roundTo":"{}""#,
            g.pick(&["1", "5", "10", "0.50"])
        ));
    }
    if g.below(4) == 0 {
        fields.push(format!(
            r#""businessDays":"{}","holidays":["2031-01-01","2030-12-25"]"#,
            g.pick(&["following", "modifiedFollowing", "preceding"])
        ));
    }
    format!("{{{}}}", fields.join(","))
}

#[wasm_bindgen_test]
fn the_plan_binding_returns_the_json_apis_plan_exactly() {
    // The binding sends the rows as one comma-separated text
    // (`api::payment_plan_parts`) and builds the objects in JS; the JSON
    // path (`api::payment_plan_json`, serde) is the reference. 100,000
    // generated plans must give the same JSON text, byte for byte, and the
    // same error where one is refused.
    let mut g = Lcg(2026);
    let (mut same, mut refused) = (0, 0);
    for _ in 0..100_000 {
        let input = generated_plan(&mut g);
        let reference = cobro::api::payment_plan_json(&input);
        let bound = cobro::wasm::payment_plan(js(&input));
        match (reference, bound) {
            (Ok(text), Ok(value)) => {
                let expected = JSON::stringify(&js(&text)).unwrap().as_string();
                let got = JSON::stringify(&value).unwrap().as_string();
                assert_eq!(got, expected, "{input}");
                same += 1;
            }
            (Err(e), Err(thrown)) => {
                assert_eq!(text(&thrown, "code"), e.code, "{input}");
                assert_eq!(text(&thrown, "message"), e.message, "{input}");
                refused += 1;
            }
            (a, b) => panic!("{input}: {a:?} / {b:?}"),
        }
    }
    // Most generated plans are computed; the rest are refused (installment
    // below one period's interest, dates out of order, …) the same way.
    assert!(
        same > 80_000 && refused > 1_000,
        "{same} computed, {refused} refused"
    );
}

/// One generated `lateInterest` input as JSON text: every shipped regime
/// and a fixed rate, four currencies, each compensation choice, day counts,
/// languages, up to three payments (a few after `asOf` or above what is
/// owed), dates from 2012 to 2027 (some past a table's end), and now and
/// then a misspelled field: about one in five is an error item.
fn generated_invoice(g: &mut Lcg) -> String {
    let day = |offset: u64| {
        cobro::Date::parse("2012-01-01", "d")
            .and_then(|d| d.add_days(offset as i64, "d"))
            .map(|d| d.to_string())
            .unwrap_or_default()
    };
    let (due, late) = (g.below(5_400), g.below(1_500));
    let currency = g.pick(&["EUR", "EUR", "GBP", "MXN", "USD"]);
    let regime = g.pick(&[
        "es-commercial",
        "es-legal",
        "de-b2b",
        "de-b2c",
        "nl-commercial",
        "mx-commercial",
        "uk-commercial",
        "fixed",
    ]);
    let mut fields = vec![
        format!(r#""currency":"{currency}""#),
        format!(
            r#""principal":"{}.{:02}""#,
            1 + g.below(1_000_000),
            g.below(100)
        ),
        format!(r#""dueDate":"{}""#, day(due)),
        format!(r#""asOf":"{}""#, day(due + late)),
        format!(r#""regime":"{regime}""#),
        format!(
            r#""dayCount":"{}""#,
            g.pick(&["act/365", "act/360", "act/act"])
        ),
        format!(r#""lang":"{}""#, g.pick(&["es", "en"])),
    ];
    if regime == "fixed" {
        fields.push(r#""annualRatePercent":"8.5""#.to_string());
    }
    match (g.below(6), currency) {
        (0, "EUR") => fields.push(r#""compensation":"eu""#.to_string()),
        (1, "GBP") => fields.push(r#""compensation":"uk""#.to_string()),
        (2, _) => fields.push(r#""compensation":"none""#.to_string()),
        (3, _) => fields.push(r#""compensation":"12.50""#.to_string()),
        _ => {}
    }
    let payments: Vec<String> = (0..g.below(4))
        .map(|_| {
            format!(
                r#"{{"date":"{}","amount":"{}.00"}}"#,
                day(due + g.below(late + 3)),
                1 + g.below(3_000)
            )
        })
        .collect();
    fields.push(format!(r#""payments":[{}]"#, payments.join(",")));
    if g.below(40) == 0 {
        fields.push(r#""principle":"100""#.to_string());
    }
    format!("{{{}}}", fields.join(","))
}

#[wasm_bindgen_test]
fn the_summary_batch_binding_returns_the_json_apis_items_exactly() {
    // The binding sends a summary batch as six fields per item plus the
    // error items' JSON (`api::late_interest_summary_parts`) and builds the
    // objects in JS; the JSON path's summary is the reference. 100,000
    // generated invoices in batches of 1 to 400 must give the same JSON
    // text, byte for byte.
    let mut g = Lcg(2027);
    let (mut items, mut errors) = (0, 0);
    while items < 100_000 {
        let n = 1 + g.below(400) as usize;
        let batch = format!(
            "[{}]",
            (0..n)
                .map(|_| generated_invoice(&mut g))
                .collect::<Vec<_>>()
                .join(",")
        );
        let reference = cobro::api::late_interest_batch_with(&batch, cobro::api::Detail::Summary)
            .expect("batch");
        let bound = cobro::wasm::late_interest_batch(js(&batch), js(r#"{"detail":"summary"}"#))
            .expect("bound batch");
        let expected = JSON::stringify(&js(&reference)).unwrap().as_string();
        assert_eq!(
            JSON::stringify(&bound).unwrap().as_string(),
            expected,
            "{batch}"
        );
        items += n;
        errors += reference.matches(r#"{"error":{"#).count();
    }
    assert!(
        errors > 5_000 && errors < 50_000,
        "{errors} error items of {items}"
    );
    // An empty batch is an empty list.
    let empty =
        cobro::wasm::late_interest_batch(js("[]"), js(r#"{"detail":"summary"}"#)).expect("empty");
    assert_eq!(
        JSON::stringify(&empty).unwrap().as_string().as_deref(),
        Some("[]")
    );
}
