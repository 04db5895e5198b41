//! Late interest: published worked examples and hand derivations.

use serde_json::{json, Value};

pub fn interest(input: Value) -> Value {
    let text = cobro::api::late_interest_json(&input.to_string())
        .unwrap_or_else(|e| panic!("{input}: {} {} {}", e.code, e.field, e.message));
    serde_json::from_str(&text).expect("JSON")
}

fn segments(out: &Value) -> Vec<(String, String, i64, String, String, String)> {
    out["segments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let t = |k: &str| s[k].as_str().unwrap().to_string();
            (
                t("from"),
                t("to"),
                s["days"].as_i64().unwrap(),
                t("ratePercent"),
                t("base"),
                t("interest"),
            )
        })
        .collect()
}

fn seg(
    from: &str,
    to: &str,
    days: i64,
    rate: &str,
    base: &str,
    interest: &str,
) -> (String, String, i64, String, String, String) {
    (
        from.into(),
        to.into(),
        days,
        rate.into(),
        base.into(),
        interest.into(),
    )
}

#[test]
fn uk_gov_example_daily_interest() {
    // gov.uk, "Late commercial payments: charging interest and debt recovery":
    // a £1,000 debt with base rate 0.5 % → 8.5 % a year, £85 a year,
    // "daily interest 23p" (85 / 365 = 0.2329). The base rate of 2016 is
    // given as a caller row (the shipped UK table starts in 2023).
    let out = interest(json!({
        "currency": "GBP", "principal": "1000", "dueDate": "2016-03-01", "asOf": "2016-04-20",
        "regime": "uk-commercial", "rateTable": [{"from": "2016-01-01", "ratePercent": "8.5"}],
    }));
    assert_eq!(out["dailyInterest"], "0.23");
    // 50 days: gov.uk multiplies the rounded daily figure (0.23 × 50 = 11.50);
    // Cobro rounds once: 1000 × 8.5 % × 50 / 365 = 11.6438… → 11.64.
    assert_eq!(
        (out["daysLate"].as_i64(), out["interest"].as_str()),
        (Some(50), Some("11.64"))
    );
    // s. 5A: £70 for a debt of £1,000 up to £9,999.99.
    assert_eq!(out["compensation"], "70.00");
}

#[test]
fn uk_rate_is_fixed_at_the_start_across_30_june() {
    // Paidnice's worked example: £5,000 at 12.25 % (base 4.25 on 30 June 2025
    // + 8) for 101 days: "£1.68 a day", compensation £70. Their £169.68 is
    // 1.68 × 101; Cobro rounds once: 5000 × 12.25 % × 101 / 365 = 169.486… → 169.49.
    let out = interest(json!({
        "currency": "GBP", "principal": "5000", "dueDate": "2025-07-10", "asOf": "2025-10-19",
        "regime": "uk-commercial",
    }));
    assert_eq!(
        segments(&out),
        [seg(
            "2025-07-11",
            "2025-10-19",
            101,
            "12.25",
            "5000.00",
            "169.49"
        )]
    );
    assert_eq!(
        (out["dailyInterest"].as_str(), out["compensation"].as_str()),
        (Some("1.68"), Some("70.00"))
    );
    assert_eq!(out["totalDue"], "5239.49");
    // Interest that starts on 21 June 2025 keeps the 31 Dec 2024 reference
    // (4.75 + 8 = 12.75 %) after 30 June: one segment, no split on 1 July.
    let out = interest(json!({
        "currency": "GBP", "principal": "5000", "dueDate": "2025-06-20", "asOf": "2025-09-29",
        "regime": "uk-commercial", "lang": "en",
    }));
    assert_eq!(
        segments(&out),
        [seg(
            "2025-06-21",
            "2025-09-29",
            101,
            "12.75",
            "5000.00",
            "176.40"
        )]
    );
    assert_eq!(out["notes"][0]["code"], "rate_fixed_at_start");
}

#[test]
fn german_worked_example() {
    // anleiter.de, "Verzugszinsen berechnen": €1,000 overdue 25 days at
    // 5.12 % → €3.51 (capital × days × rate / (365 × 100) = 3.5068…).
    let out = interest(json!({
        "currency": "EUR", "principal": "1000", "dueDate": "2012-03-01", "asOf": "2012-03-26",
        "regime": "fixed", "annualRatePercent": "5.12",
    }));
    assert_eq!(
        (out["daysLate"].as_i64(), out["interest"].as_str()),
        (Some(25), Some("3.51"))
    );
}

#[test]
fn spanish_split_at_1_july() {
    // Ley 3/2004: 11.15 % in 2025 H1, 10.15 % in 2025 H2 (ECB 3.15 / 2.15 + 8).
    // 1–30 Jun: 10000 × 11.15 % × 30 / 365 = 91.6438… → 91.64
    // 1 Jul–15 Aug: 10000 × 10.15 % × 46 / 365 = 127.9178… → 127.92
    let out = interest(json!({
        "currency": "EUR", "principal": "10000", "dueDate": "2025-05-31", "asOf": "2025-08-15",
        "regime": "es-commercial",
    }));
    assert_eq!(
        segments(&out),
        [
            seg("2025-06-01", "2025-06-30", 30, "11.15", "10000.00", "91.64"),
            seg(
                "2025-07-01",
                "2025-08-15",
                46,
                "10.15",
                "10000.00",
                "127.92"
            ),
        ]
    );
    assert_eq!(
        (out["interest"].as_str(), out["compensation"].as_str()),
        (Some("219.56"), Some("40.00"))
    );
    assert_eq!(out["totalDue"], "10259.56");
    // Tomorrow: 10000 × 10.15 % / 365 = 2.7808… → 2.78.
    assert_eq!(out["dailyInterest"], "2.78");
    assert_eq!(out["regime"]["coveredUntil"], "2026-12-31");
}

#[test]
fn two_partial_payments_one_on_a_boundary_day() {
    // The first payment falls on 30 June, the last day of a rate: that day
    // still accrues on 10,000; the reduced principal runs from 1 July.
    // Pay 2000 on 30 Jun → 40 compensation, 91.64 interest, 1868.36 principal → 8131.64.
    // 1–15 Jul: 8131.64 × 10.15 % × 15 / 365 = 33.9192… → 33.92.
    // Pay 3000 on 15 Jul → 33.92 interest, 2966.08 principal → 5165.56.
    // 16 Jul–15 Aug: 5165.56 × 10.15 % × 31 / 365 = 44.5301… → 44.53.
    let out = interest(json!({
        "currency": "EUR", "principal": "10000", "dueDate": "2025-05-31", "asOf": "2025-08-15",
        "regime": "es-commercial",
        "payments": [{"date": "2025-07-15", "amount": "3000"}, {"date": "2025-06-30", "amount": "2000"}],
    }));
    assert_eq!(
        segments(&out),
        [
            seg("2025-06-01", "2025-06-30", 30, "11.15", "10000.00", "91.64"),
            seg("2025-07-01", "2025-07-15", 15, "10.15", "8131.64", "33.92"),
            seg("2025-07-16", "2025-08-15", 31, "10.15", "5165.56", "44.53"),
        ]
    );
    assert_eq!(
        out["payments"],
        json!([
            {"date": "2025-06-30", "amount": "2000.00", "toCompensation": "40.00", "toInterest": "91.64", "toPrincipal": "1868.36"},
            {"date": "2025-07-15", "amount": "3000.00", "toCompensation": "0.00", "toInterest": "33.92", "toPrincipal": "2966.08"},
        ])
    );
    assert_eq!(out["outstandingPrincipal"], "5165.56");
    assert_eq!(out["totalDue"], "5210.09"); // 5165.56 + 44.53
    assert_eq!(out["paid"], "5000.00");
}

#[test]
fn leap_year_under_each_day_count() {
    // es-legal 2024: 3.25 %. 366 days (1 Jan–31 Dec 2024) on 10,000:
    // act/365: 10000 × 3.25 % × 366 / 365 = 325.8904… → 325.89
    // act/360: 10000 × 3.25 % × 366 / 360 = 330.4166… → 330.42
    // act/act: 10000 × 3.25 % × 366 / 366 = 325.00
    for (dc, expected) in [
        ("act/365", "325.89"),
        ("act/360", "330.42"),
        ("act/act", "325.00"),
    ] {
        let out = interest(json!({
            "currency": "EUR", "principal": "10000", "dueDate": "2023-12-31", "asOf": "2024-12-31",
            "regime": "es-legal", "dayCount": dc,
        }));
        assert_eq!(out["interest"], expected, "{dc}");
        assert_eq!(out["compensation"], "0.00");
    }
}

#[test]
fn act_act_splits_at_the_year_end() {
    // BGB §288(2): Basiszinssatz + 9. 16–31 Dec 2024 (leap year, 3.37 + 9):
    // 1000 × 12.37 % × 16 / 366 = 5.4076… → 5.41; 1–20 Jan 2025 (2.27 + 9):
    // 1000 × 11.27 % × 20 / 365 = 6.1753… → 6.18.
    let out = interest(json!({
        "currency": "EUR", "principal": "1000", "dueDate": "2024-12-15", "asOf": "2025-01-20",
        "regime": "de-b2b", "dayCount": "act/act",
    }));
    assert_eq!(
        segments(&out),
        [
            seg("2024-12-16", "2024-12-31", 16, "12.37", "1000.00", "5.41"),
            seg("2025-01-01", "2025-01-20", 20, "11.27", "1000.00", "6.18"),
        ]
    );
    assert_eq!(out["compensation"], "40.00");
}

#[test]
fn dutch_interest_is_capitalised_at_the_anniversary() {
    // BW 6:119a: 10.50 % (2023 H1), 12.00 % (H2), 12.50 % (2024 H1).
    // 1 Apr–30 Jun 2023: 10000 × 10.5 % × 91 / 365 = 261.7808… → 261.78
    // 1 Jul–31 Dec 2023: 10000 × 12 % × 184 / 365 = 604.9315… → 604.93
    // 1 Jan–31 Mar 2024: 10000 × 12.5 % × 91 / 365 = 311.6438… → 311.64
    // On 1 Apr 2024, a year after interest began, 1178.35 joins the base:
    // 1 Apr–30 Jun 2024: 11178.35 × 12.5 % × 91 / 365 = 348.3701… → 348.37
    let out = interest(json!({
        "currency": "EUR", "principal": "10000", "dueDate": "2023-03-31", "asOf": "2024-06-30",
        "regime": "nl-commercial",
    }));
    assert_eq!(
        segments(&out),
        [
            seg(
                "2023-04-01",
                "2023-06-30",
                91,
                "10.50",
                "10000.00",
                "261.78"
            ),
            seg(
                "2023-07-01",
                "2023-12-31",
                184,
                "12.00",
                "10000.00",
                "604.93"
            ),
            seg(
                "2024-01-01",
                "2024-03-31",
                91,
                "12.50",
                "10000.00",
                "311.64"
            ),
            seg(
                "2024-04-01",
                "2024-06-30",
                91,
                "12.50",
                "11178.35",
                "348.37"
            ),
        ]
    );
    assert_eq!(out["interest"], "1526.72");
    assert_eq!(out["outstandingPrincipal"], "10000.00");
}

#[test]
fn spanish_2013_reform_splits_on_24_february() {
    // RDL 4/2013: 7.75 % (ECB 0.75 + 7) until 23 Feb 2013, 8.75 % (+ 8) from 24 Feb.
    // 1–23 Feb: 1000 × 7.75 % × 23 / 365 = 4.8835… → 4.88
    // 24 Feb–10 Mar: 1000 × 8.75 % × 15 / 365 = 3.5958… → 3.60
    let out = interest(json!({
        "currency": "EUR", "principal": "1000", "dueDate": "2013-01-31", "asOf": "2013-03-10",
        "regime": "es-commercial",
    }));
    assert_eq!(
        segments(&out),
        [
            seg("2013-02-01", "2013-02-23", 23, "7.75", "1000.00", "4.88"),
            seg("2013-02-24", "2013-03-10", 15, "8.75", "1000.00", "3.60"),
        ]
    );
}

#[test]
fn mexican_commercial_six_percent() {
    // Código de Comercio art. 362: 6 % from the day after the due date.
    // 1000 × 6 % × 17 / 365 = 2.7945… → 2.79; no compensation.
    let out = interest(json!({
        "currency": "MXN", "principal": "1000", "dueDate": "2026-01-15", "asOf": "2026-02-01",
        "regime": "mx-commercial",
    }));
    assert_eq!(
        (out["interest"].as_str(), out["compensation"].as_str()),
        (Some("2.79"), Some("0.00"))
    );
    assert_eq!(out["regime"]["coveredUntil"], Value::Null);
}

#[test]
fn as_of_before_the_due_date_is_zero() {
    let out = interest(json!({
        "currency": "EUR", "principal": "1000", "dueDate": "2026-12-15", "asOf": "2026-12-01",
        "regime": "es-commercial",
    }));
    assert_eq!(
        (out["daysLate"].as_i64(), out["interest"].as_str()),
        (Some(0), Some("0.00"))
    );
    assert_eq!(
        (out["compensation"].as_str(), out["totalDue"].as_str()),
        (Some("0.00"), Some("1000.00"))
    );
    assert_eq!(out["segments"], json!([]));
}

#[test]
fn past_coverage_is_refused_unless_rows_are_given() {
    let base = json!({
        "currency": "EUR", "principal": "1000", "dueDate": "2026-12-15", "asOf": "2027-01-20",
        "regime": "es-commercial", "lang": "en",
    });
    let e = cobro::api::late_interest_json(&base.to_string()).unwrap_err();
    assert_eq!((e.code, e.field.as_str()), ("rate_unknown", "asOf"));
    assert_eq!(
        e.message,
        "No interest rate is known for January 1, 2027 (the “Spain, commercial transactions (Ley 3/2004)” \
         table runs until December 31, 2026). Give the rate for those dates in “rateTable”."
    );
    // A caller row for 2027 H1 extends the table:
    // 16–31 Dec 2026: 1000 × 10.40 % × 16 / 365 = 4.5589… → 4.56
    // 1–20 Jan 2027:  1000 × 10.50 % × 20 / 365 = 5.7534… → 5.75
    let mut extended = base.clone();
    extended["rateTable"] = json!([{"from": "2027-01-01", "ratePercent": "10.5"}]);
    let out = interest(extended);
    assert_eq!(
        segments(&out),
        [
            seg("2026-12-16", "2026-12-31", 16, "10.40", "1000.00", "4.56"),
            seg("2027-01-01", "2027-01-20", 20, "10.50", "1000.00", "5.75"),
        ]
    );
}

#[test]
fn assume_last_rate_carries_the_last_rate_on_and_says_the_figure_is_provisional() {
    // An invoice due 31 Oct 2026, computed to 15 Mar 2027: the Ley 3/2004
    // table runs until 31 Dec 2026 (H2 2026: 10.40 %).
    //   1 Nov – 31 Dec 2026: 1000 × 10.40 % × 61 / 365 = 17.3808… → 17.38
    //   1 Jan – 15 Mar 2027: 1000 × 10.40 % × 74 / 365 = 21.0849… → 21.08 (assumed)
    // 38.46 of interest + 40.00 compensation (art. 8) = 1078.46 due.
    let input = json!({
        "currency": "EUR", "principal": "1000", "dueDate": "2026-10-31", "asOf": "2027-03-15",
        "regime": "es-commercial", "pastCoverage": "assumeLastRate",
    });
    let out = interest(input.clone());
    assert_eq!(
        segments(&out),
        [
            seg("2026-11-01", "2026-12-31", 61, "10.40", "1000.00", "17.38"),
            seg("2027-01-01", "2027-03-15", 74, "10.40", "1000.00", "21.08"),
        ]
    );
    assert_eq!(
        (
            out["interest"].as_str(),
            out["totalDue"].as_str(),
            out["provisional"].as_bool()
        ),
        (Some("38.46"), Some("1078.46"), Some(true))
    );
    // 1000 × 10.40 % / 365 = 0.2849… → 0.28, at the assumed rate too.
    assert_eq!(out["dailyInterest"], "0.28");
    let note = out["notes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["code"] == "provisional_rate")
        .cloned();
    assert_eq!(
        note.unwrap()["message"],
        "Provisional: los tipos publicados de «España, operaciones comerciales (Ley 3/2004)» llegan hasta el \
         31 de diciembre de 2026; desde el 1 de enero de 2027 se aplica el último tipo conocido, 10,40\u{a0}%. \
         Vuelva a calcular cuando se publique el nuevo."
    );
    let mut en = input.clone();
    en["lang"] = json!("en");
    let out = interest(en);
    assert_eq!(
        out["notes"].as_array().unwrap().iter().find(|n| n["code"] == "provisional_rate").unwrap()["message"],
        "Provisional: the published rates of “Spain, commercial transactions (Ley 3/2004)” run until \
         December 31, 2026; from January 1, 2027 the last known rate, 10.40%, is assumed. Compute again once \
         the new one is published."
    );
    // The default is still the error, and "error" says it.
    for past in [None, Some("error")] {
        let mut strict = input.clone();
        match past {
            Some(p) => strict["pastCoverage"] = json!(p),
            None => drop(strict.as_object_mut().unwrap().remove("pastCoverage")),
        }
        let e = cobro::api::late_interest_json(&strict.to_string()).unwrap_err();
        assert_eq!((e.code, e.field.as_str()), ("rate_unknown", "asOf"));
    }
    let mut wrong = input.clone();
    wrong["pastCoverage"] = json!("guess");
    let e = cobro::api::late_interest_json(&wrong.to_string()).unwrap_err();
    assert_eq!(
        (e.code, e.field.as_str()),
        ("invalid_option", "pastCoverage")
    );
}

#[test]
fn assume_last_rate_changes_nothing_inside_the_table_or_where_the_caller_gave_rows() {
    // Inside coverage: the same figures, not provisional, no note.
    let inside = json!({
        "currency": "EUR", "principal": "2500", "dueDate": "2026-09-19", "asOf": "2026-11-26",
        "regime": "es-commercial",
    });
    let mut assumed = inside.clone();
    assumed["pastCoverage"] = json!("assumeLastRate");
    let (a, b) = (interest(inside), interest(assumed));
    assert_eq!(a, b);
    // 2500 × 10.40 % × 68 / 365 = 48.438… → 48.44
    assert_eq!(
        (b["interest"].as_str(), b["provisional"].as_bool()),
        (Some("48.44"), Some(false))
    );
    // Caller rows past the end win over the assumption: not provisional.
    let rows = json!({
        "currency": "EUR", "principal": "1000", "dueDate": "2026-12-15", "asOf": "2027-01-20",
        "regime": "es-commercial", "pastCoverage": "assumeLastRate",
        "rateTable": [{"from": "2027-01-01", "ratePercent": "10.5"}],
    });
    let out = interest(rows);
    // 4.56 + 5.75 as in past_coverage_is_refused_unless_rows_are_given.
    assert_eq!(
        (out["interest"].as_str(), out["provisional"].as_bool()),
        (Some("10.31"), Some(false))
    );
    // On the table's last day, only tomorrow's figure is assumed: the
    // totals are exact, but dailyInterest rests on the assumption.
    let last = json!({
        "currency": "EUR", "principal": "1000", "dueDate": "2026-12-15", "asOf": "2026-12-31",
        "regime": "es-commercial", "pastCoverage": "assumeLastRate",
    });
    let out = interest(last);
    assert_eq!(
        (
            out["interest"].as_str(),
            out["dailyInterest"].as_str(),
            out["provisional"].as_bool()
        ),
        (Some("4.56"), Some("0.28"), Some(true))
    );
}

#[test]
fn a_summary_batch_says_which_items_are_provisional() {
    let items = json!([
        {"currency": "EUR", "principal": "1000", "dueDate": "2026-10-31", "asOf": "2027-03-15", "regime": "es-commercial", "pastCoverage": "assumeLastRate"},
        {"currency": "EUR", "principal": "1000", "dueDate": "2026-10-31", "asOf": "2026-12-15", "regime": "es-commercial", "pastCoverage": "assumeLastRate"},
        {"currency": "EUR", "principal": "1000", "dueDate": "2026-10-31", "asOf": "2027-03-15", "regime": "es-commercial"},
    ]);
    let out: Value = serde_json::from_str(
        &cobro::api::late_interest_batch_with(&items.to_string(), cobro::api::Detail::Summary)
            .unwrap(),
    )
    .unwrap();
    assert_eq!(
        (out[0]["interest"].as_str(), out[0]["provisional"].as_bool()),
        (Some("38.46"), Some(true))
    );
    assert_eq!(out[1]["provisional"], false);
    assert_eq!(out[2]["error"]["code"], "rate_unknown");
}

#[test]
fn batch_keeps_good_items_around_a_bad_one() {
    let items = json!([
        {"currency": "EUR", "principal": "1000", "dueDate": "2026-01-15", "asOf": "2026-02-01", "regime": "es-legal"},
        {"currency": "EUR", "principal": "-1", "dueDate": "2026-01-15", "asOf": "2026-02-01", "regime": "es-legal", "lang": "en"},
        {"currency": "EUR", "principal": "500", "dueDate": "2026-01-15", "asOf": "2026-02-01", "regime": "nope"},
    ]);
    let out: Value =
        serde_json::from_str(&cobro::api::late_interest_batch_json(&items.to_string()).unwrap())
            .unwrap();
    // 1000 × 3.25 % × 17 / 365 = 1.5136… → 1.51
    assert_eq!(out[0]["interest"], "1.51");
    assert_eq!(out[1]["error"]["code"], "invalid_amount");
    assert_eq!(out[1]["error"]["field"], "principal");
    assert_eq!(
        out[1]["error"]["message"],
        "“principal” is not a valid amount: -1 is negative."
    );
    assert_eq!(out[2]["error"]["code"], "unknown_regime");
    assert_eq!(out.as_array().unwrap().len(), 3);
}

#[test]
fn rate_regimes_lists_rows_sources_and_coverage() {
    let out: Value =
        serde_json::from_str(&cobro::api::rate_regimes_json(r#"{"lang": "en"}"#).unwrap()).unwrap();
    let es = out
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "es-commercial")
        .unwrap();
    assert_eq!(es["coveredUntil"], "2026-12-31");
    assert_eq!(es["name"], "Spain, commercial transactions (Ley 3/2004)");
    assert_eq!(
        es["rows"].as_array().unwrap().last().unwrap(),
        &json!({"from": "2026-07-01", "ratePercent": "10.40"})
    );
    let de = out
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "de-b2c")
        .unwrap();
    // Basiszinssatz −0.88 + 5 = 4.12 from 1 July 2016.
    assert!(de["rows"]
        .as_array()
        .unwrap()
        .contains(&json!({"from": "2016-07-01", "ratePercent": "4.12"})));
    let ids: Vec<&str> = out
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "es-commercial",
            "es-legal",
            "de-b2b",
            "de-b2c",
            "uk-commercial",
            "nl-commercial",
            "mx-commercial",
            "co-moratorio",
            "fixed",
            "custom"
        ]
    );
}

#[test]
fn german_consumer_rate_is_base_plus_five_without_flat_fee() {
    // BGB §288(1): Basiszinssatz + 5. 2024 H2: 3.37 + 5 = 8.37 %, no €40 for consumers.
    // 1 Aug–30 Sep 2024 (61 days): 2000 × 8.37 % × 61 / 365 = 27.9764… → 27.98.
    let out = interest(json!({
        "currency": "EUR", "principal": "2000", "dueDate": "2024-07-31", "asOf": "2024-09-30",
        "regime": "de-b2c",
    }));
    assert_eq!(
        segments(&out),
        [seg(
            "2024-08-01",
            "2024-09-30",
            61,
            "8.37",
            "2000.00",
            "27.98"
        )]
    );
    assert_eq!(out["compensation"], "0.00");
    // A B2B debt due before 29 July 2014 gets no flat fee either (§288(5) applies from then).
    let old = interest(json!({
        "currency": "EUR", "principal": "2000", "dueDate": "2014-07-15", "asOf": "2014-08-15",
        "regime": "de-b2b",
    }));
    assert_eq!(old["compensation"], "0.00");
}

#[test]
fn compensation_choices() {
    let with = |c: Value, currency: &str| {
        interest(json!({
            "currency": currency, "principal": "15000", "dueDate": "2026-01-15", "asOf": "2026-02-01",
            "regime": "mx-commercial", "compensation": c,
        }))["compensation"]
            .clone()
    };
    assert_eq!(with(json!("eu"), "EUR"), "40.00");
    assert_eq!(with(json!("uk"), "GBP"), "100.00"); // £10,000 or more
    assert_eq!(with(json!("none"), "EUR"), "0.00");
    assert_eq!(with(json!("25.50"), "MXN"), "25.50");
    assert_eq!(with(json!(12), "MXN"), "12.00");
}

#[test]
fn batch_summary_gives_the_same_figures_as_full() {
    use cobro::api::{late_interest_batch_with, Detail};
    let items = serde_json::json!([
        {"currency": "EUR", "principal": "10000", "dueDate": "2024-05-31", "asOf": "2024-12-31", "regime": "es-commercial"},
        {"currency": "EUR", "principal": "-1", "dueDate": "2024-05-31", "asOf": "2024-12-31", "regime": "es-commercial"},
        {"currency": "EUR", "principal": "2500", "dueDate": "2024-01-31", "asOf": "2024-06-30", "regime": "es-commercial",
         "payments": [{"date": "2024-03-01", "amount": "100"}]},
    ])
    .to_string();
    let parse = |t: String| -> serde_json::Value { serde_json::from_str(&t).expect("JSON") };
    let full = parse(late_interest_batch_with(&items, Detail::Full).expect("full"));
    let summary = parse(late_interest_batch_with(&items, Detail::Summary).expect("summary"));
    for i in [0, 2] {
        for key in [
            "interest",
            "compensation",
            "totalDue",
            "daysLate",
            "outstandingPrincipal",
            "outstandingInterest",
        ] {
            assert_eq!(summary[i][key], full[i][key], "{i} {key}");
        }
        assert_eq!(summary[i]["provisional"], false);
        assert_eq!(summary[i]["error"], serde_json::Value::Null);
        assert!(summary[i].get("segments").is_none());
    }
    assert_eq!(summary[1]["error"]["code"], "invalid_amount");
    assert_eq!(summary[1], full[1]);
    assert_eq!(
        Detail::from_options(r#"{"detail": "brief"}"#)
            .unwrap_err()
            .code,
        "invalid_option"
    );
    assert_eq!(
        Detail::from_options(r#"{"detial": "summary"}"#)
            .unwrap_err()
            .code,
        "unknown_field"
    );
    assert_eq!(
        Detail::from_options(r#"{"detail": "summary"}"#).ok(),
        Some(Detail::Summary)
    );
}
