//! Exact figures of payment plans, each with where it comes from.

use crate::{column, plan};
use serde_json::json;

#[test]
fn french_installment_matches_numpy_financial_pmt() {
    // (annual %, periods/yr, n, principal, currency, numpy_financial.pmt, ours = pmt rounded up)
    const CASES: &[(&str, &str, u32, &str, &str, &str)] = &[
        // npf.pmt(0.08/12, 60, 15000) = -304.14591432620773
        ("8", "monthly", 60, "15000", "EUR", "304.15"),
        // npf.pmt(0.12/12, 6, 1200) = -207.05804005305728
        ("12", "monthly", 6, "1200", "EUR", "207.06"),
        // npf.pmt(0.035/12, 360, 200000) = -898.089375617647
        ("3.5", "monthly", 360, "200000", "EUR", "898.09"),
        // npf.pmt(0.05/12, 3, 100000) = -33611.49611094169 (JPY has no minor unit)
        ("5", "monthly", 3, "100000", "JPY", "33612"),
        // npf.pmt(0.12/52, 6, 1200) = -201.6184875351614
        ("12", "weekly", 6, "1200", "EUR", "201.62"),
        // npf.pmt(0.10/4, 8, 20000) = -2789.346916641964
        ("10", "quarterly", 8, "20000", "USD", "2789.35"),
    ];
    for (rate, frequency, n, amount, currency, expected) in CASES {
        let p = plan(json!({
            "amount": amount, "currency": currency, "startDate": "2025-01-15",
            "installments": n, "annualRatePercent": rate, "frequency": frequency,
        }));
        assert_eq!(
            p["installmentAmount"], *expected,
            "{rate}% {frequency} {n} {amount}"
        );
    }
}

#[test]
fn french_schedule_derived_by_hand() {
    // 1200 EUR at 12 % nominal, monthly (i = 1 %), 6 installments of 207.06
    // (pmt 207.058… rounded up). Each row: interest = balance × 0.01 half-up.
    //  1: 1200.00 × .01 = 12.00      → principal 195.06, balance 1004.94
    //  2: 1004.94 × .01 = 10.0494    → 10.05, 197.01, 807.93
    //  3:  807.93 × .01 = 8.0793     → 8.08, 198.98, 608.95
    //  4:  608.95 × .01 = 6.0895     → 6.09, 200.97, 407.98
    //  5:  407.98 × .01 = 4.0798     → 4.08, 202.98, 205.00
    //  6:  205.00 × .01 = 2.05       → last pays 205.00 + 2.05 = 207.05
    let p = plan(json!({
        "amount": "1200", "currency": "EUR", "startDate": "2025-01-31",
        "installments": 6, "annualRatePercent": "12",
    }));
    assert_eq!(
        column(&p, "interest"),
        ["12.00", "10.05", "8.08", "6.09", "4.08", "2.05"]
    );
    assert_eq!(
        column(&p, "principal"),
        ["195.06", "197.01", "198.98", "200.97", "202.98", "205.00"]
    );
    assert_eq!(
        column(&p, "balance"),
        ["1004.94", "807.93", "608.95", "407.98", "205.00", "0.00"]
    );
    assert_eq!(
        column(&p, "payment"),
        ["207.06", "207.06", "207.06", "207.06", "207.06", "207.05"]
    );
    // Month ends without drift: Jan 31 → Feb 28 → Mar 31 …
    assert_eq!(
        column(&p, "dueDate"),
        [
            "2025-02-28",
            "2025-03-31",
            "2025-04-30",
            "2025-05-31",
            "2025-06-30",
            "2025-07-31"
        ]
    );
    assert_eq!(
        p["totals"],
        json!({"payments": "1242.35", "interest": "42.35", "fees": "0.00", "cost": "42.35", "overall": "1242.35"})
    );
    // No fee: the APR is the effective rate (1.01)^12 − 1 = 12.6825…% → 12.68.
    assert_eq!(p["aprPercent"], "12.68");
}

#[test]
fn german_schedule_derived_by_hand() {
    // Equal principal 1200 / 6 = 200.00; interest 1 % of the balance before each row:
    // 12.00, 10.00, 8.00, 6.00, 4.00, 2.00.
    let p = plan(json!({
        "amount": "1200", "currency": "EUR", "startDate": "2025-01-31",
        "installments": 6, "annualRatePercent": "12", "method": "german",
    }));
    assert_eq!(
        column(&p, "payment"),
        ["212.00", "210.00", "208.00", "206.00", "204.00", "202.00"]
    );
    assert_eq!(column(&p, "principal"), vec!["200.00"; 6]);
    assert_eq!(p["totals"]["interest"], "42.00");
    assert_eq!(p["installmentAmount"], "212.00");
}

#[test]
fn flat_schedule_derived_by_hand() {
    // Add-on interest: 1200 × 12 % × 6 / 12 = 72.00; installment (1200 + 72) / 6 = 212.00;
    // each row carries 72 / 6 = 12.00 of interest.
    let p = plan(json!({
        "amount": "1200", "currency": "EUR", "startDate": "2025-01-31",
        "installments": 6, "annualRatePercent": "12", "method": "flat",
    }));
    assert_eq!(column(&p, "payment"), vec!["212.00"; 6]);
    assert_eq!(column(&p, "interest"), vec!["12.00"; 6]);
    assert_eq!(p["totals"]["interest"], "72.00");
}

#[test]
fn zero_rate_rounds_up_and_the_last_absorbs_the_rest() {
    // 1200 / 7 = 171.428… → 171.43; last = 1200 − 6 × 171.43 = 171.42.
    let p = plan(json!({
        "amount": "1200", "currency": "EUR", "startDate": "2025-01-15", "installments": 7,
    }));
    assert_eq!(p["installmentAmount"], "171.43");
    assert_eq!(
        column(&p, "payment").last().map(String::as_str),
        Some("171.42")
    );
    assert_eq!(p["aprPercent"], "0.00");
}

#[test]
fn apr_of_the_numpy_case_is_the_effective_rate() {
    // 15000 at 8 % over 60 months, no fee: (1 + 0.08/12)^12 − 1 = 8.29995…% → 8.30.
    let p = plan(json!({
        "amount": "15000", "currency": "EUR", "startDate": "2025-01-15",
        "installments": 60, "annualRatePercent": "8",
    }));
    assert_eq!(p["aprPercent"], "8.30");
    // Σ payments = 59 × 304.15 + last; interest = payments − 15000.
    assert_eq!(p["totals"]["payments"], "18248.69");
    assert_eq!(p["totals"]["interest"], "3248.69");
}

#[test]
fn apr_with_an_upfront_fee_derived_by_hand() {
    // 1000 financed at 0 %, fee 50 paid at the start, one payment of 1000
    // twelve months later: 1000 = 50 + 1000 / (1 + X) → X = 1000/950 − 1 = 5.263…% → 5.26.
    let p = plan(json!({
        "amount": "1000", "currency": "EUR", "startDate": "2025-03-01",
        "installments": 1, "frequency": "monthly", "firstDueDate": "2026-03-01", "fee": "50",
    }));
    assert_eq!(p["aprPercent"], "5.26");
    assert_eq!(p["totals"]["cost"], "50.00");
}

#[test]
fn solve_for_count_keeps_the_installment_and_shrinks_the_last() {
    // "I can pay 150 a month" on 1200 at 1 % a month: 8 × 150, then the rest.
    // Balances: 1062.00, 922.62, 781.85, 639.67, 496.07, 351.03, 204.54, 56.59;
    // last = 56.59 + 0.57 interest = 57.16.
    let p = plan(json!({
        "amount": "1200", "currency": "EUR", "startDate": "2025-01-31",
        "installmentAmount": "150", "annualRatePercent": "12",
    }));
    assert_eq!(p["count"], 9);
    assert_eq!(
        column(&p, "balance"),
        ["1062.00", "922.62", "781.85", "639.67", "496.07", "351.03", "204.54", "56.59", "0.00"]
    );
    assert_eq!(
        column(&p, "payment").last().map(String::as_str),
        Some("57.16")
    );
}

#[test]
fn down_payment_by_percent_is_rounded_half_up() {
    // 12.5 % of 999.99 = 124.99875 → 125.00; financed 874.99.
    let p = plan(json!({
        "amount": "999.99", "currency": "EUR", "startDate": "2025-01-15",
        "installments": 2, "downPaymentPercent": "12.5",
    }));
    assert_eq!(
        (p["downPayment"].as_str(), p["financed"].as_str()),
        (Some("125.00"), Some("874.99"))
    );
}

#[test]
fn irregular_first_period_adds_its_odd_days() {
    // Start 10 Jan, first due 1 Mar instead of 10 Feb: 19 odd days;
    // 1200 × 12 % × 19 / 365 = 7.4958… → 7.50 added to the first installment.
    let p = plan(json!({
        "amount": "1200", "currency": "EUR", "startDate": "2025-01-10", "firstDueDate": "2025-03-01",
        "installments": 6, "annualRatePercent": "12", "lang": "en", "locale": "en-GB",
    }));
    assert_eq!(
        p["irregularFirstPeriod"],
        json!({"regularDueDate": "2025-02-10", "oddDays": 19, "interest": "7.50"})
    );
    assert_eq!(column(&p, "payment")[0], "214.56"); // 207.06 + 7.50
    assert_eq!(
        p["notes"][0]["message"],
        "The first due date (1 March 2025) is 19 days later than one regular period would put it \
         (10 February 2025): the first installment carries €7.50 more interest for those days \
         (simple interest, actual/365)."
    );
    // Later dates keep the first due date's day: 1 Apr, 1 May …
    assert_eq!(column(&p, "dueDate")[1], "2025-04-01");
}

#[test]
fn semimonthly_dates_fall_on_the_15th_and_month_ends() {
    let p = plan(json!({
        "amount": "600", "currency": "MXN", "startDate": "2024-01-31",
        "installments": 5, "frequency": "semimonthly",
    }));
    assert_eq!(
        column(&p, "dueDate"),
        [
            "2024-02-15",
            "2024-02-29",
            "2024-03-15",
            "2024-03-31",
            "2024-04-15"
        ]
    );
}

#[test]
fn business_days_move_dates_not_amounts() {
    // Monthly from 31 Jan 2025: 31 May 2025 is a Saturday, 31 Mar a holiday here.
    // following → Mon 2 Jun and Tue 1 Apr; modifiedFollowing keeps May → Fri 30 May.
    let base = json!({
        "amount": "1200", "currency": "EUR", "startDate": "2025-01-31", "installments": 6,
        "holidays": ["2025-03-31"],
    });
    let with = |rule: &str| {
        let mut input = base.clone();
        input["businessDays"] = json!(rule);
        column(&plan(input), "dueDate")
    };
    assert_eq!(
        with("following"),
        [
            "2025-02-28",
            "2025-04-01",
            "2025-04-30",
            "2025-06-02",
            "2025-06-30",
            "2025-07-31"
        ]
    );
    assert_eq!(
        with("modifiedFollowing"),
        [
            "2025-02-28",
            "2025-03-28",
            "2025-04-30",
            "2025-05-30",
            "2025-06-30",
            "2025-07-31"
        ]
    );
    assert_eq!(
        with("preceding"),
        [
            "2025-02-28",
            "2025-03-28",
            "2025-04-30",
            "2025-05-30",
            "2025-06-30",
            "2025-07-31"
        ]
    );
    assert_eq!(column(&plan(base.clone()), "payment"), vec!["200.00"; 6]);
}

#[test]
fn round_to_a_cash_increment() {
    // 5,000,000 COP at 24 %, 12 months: pmt = 472,797.98 (npf.pmt(0.02, 12, 5e6))
    // → rounded up to 1000: 473,000; the last row absorbs the difference.
    let p = plan(json!({
        "amount": "5000000", "currency": "COP", "startDate": "2025-01-15",
        "installments": 12, "annualRatePercent": "24", "roundTo": "1000",
    }));
    assert_eq!(p["installmentAmount"], "473000.00");
    assert_eq!(column(&p, "payment")[11], "470290.53");
}

#[test]
fn policy_violations_in_words_in_both_languages() {
    let input = |lang: &str, locale: &str| {
        json!({
            "amount": "1200", "currency": "EUR", "startDate": "2025-01-31", "installments": 6,
            "annualRatePercent": "12", "downPaymentPercent": "5", "lang": lang, "locale": locale,
            "policy": {"maxInstallments": 4, "minInstallmentAmount": "250", "minDownPaymentPercent": "10",
                       "maxTermDays": 90, "allowedFrequencies": ["weekly", "biweekly"]},
        })
    };
    let es = plan(input("es", "es-ES"));
    let messages: Vec<&str> = es["policyViolations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["message"].as_str().unwrap())
        .collect();
    assert_eq!(
        messages,
        [
            "El plan tiene 6 cuotas; el máximo permitido es 4.",
            "La cuota de 196,71\u{a0}€ es menor que el mínimo permitido de 250,00\u{a0}€.",
            "La entrada es el 5\u{a0}% de la deuda; se pide al menos el 10\u{a0}%.",
            "El plan termina el 31 de julio de 2025, 181 días después del acuerdo; el máximo permitido es 90 días.",
            "La periodicidad «mensual» no está permitida; se admiten: semanal, cada dos semanas.",
        ]
    );
    let en = plan(input("en", "en-US"));
    assert_eq!(
        en["policyViolations"][1]["message"],
        "The installment of €196.71 is below the allowed minimum of €250.00."
    );
    assert_eq!(en["policyViolations"][2]["field"], "downPaymentPercent");
    // A plan inside the policy has none.
    let ok = plan(
        json!({"amount": "1200", "currency": "EUR", "startDate": "2025-01-31", "installments": 4,
                         "policy": {"maxInstallments": 4, "minInstallmentAmount": "250"}}),
    );
    assert_eq!(ok["policyViolations"], json!([]));
}

#[test]
fn one_installment_with_an_irregular_first_period() {
    // Found by the property test: a single weekly installment due 21 days
    // after the start (14 odd days) once looped while raising the
    // installment. 4669.26 at 6.7 %: one week's interest 4669.26 × 6.7 % / 52
    // = 6.0161… → 6.02; 14 odd days: 4669.26 × 6.7 % × 14 / 365 = 11.9993… → 12.00.
    let p = plan(json!({
        "amount": "4669.26", "currency": "EUR", "startDate": "2024-01-31", "firstDueDate": "2024-02-21",
        "installments": 1, "frequency": "weekly", "annualRatePercent": "6.70",
    }));
    assert_eq!(column(&p, "payment"), ["4687.28"]); // 4669.26 + 6.02 + 12.00
    assert_eq!(p["irregularFirstPeriod"]["interest"], "12.00");
}

#[test]
fn apr_above_several_hundred_percent_is_solved() {
    // A weekly plan of one installment moved back to Friday 2025-04-04, five
    // days after the start, with a 4,842.65 fee: 199,033.07 received
    // (203,875.72 financed − the fee) for 204,802.57 paid five days later.
    // (204802.57 / 199033.07)^(365/5) − 1 = 1.0289871…^73 − 1 = 7.0527… → 705.27 %.
    // Newton used to step back and forth around such a root (the fixed-point
    // noise grows with X) and give up with `apr_not_computed`.
    let p = plan(json!({
        "amount": "242132.69", "currency": "EUR", "startDate": "2025-03-30",
        "downPaymentPercent": "15.8", "fee": "4842.65", "frequency": "weekly",
        "installments": 1, "annualRatePercent": "23.64", "businessDays": "preceding",
    }));
    assert_eq!(p["schedule"][0]["dueDate"], "2025-04-04");
    assert_eq!(p["schedule"][0]["payment"], "204802.57");
    assert_eq!(p["aprPercent"], "705.27");
}

#[test]
fn apr_of_a_first_payment_many_weeks_away() {
    // 1,000 EUR at 1 % nominal, one weekly installment due 2190-01-01 from
    // 1900-01-01: 105,921 days = 15,131 weeks and 4 days, past the 8,192
    // units whose time fits an i64 in fixed point (a review found the APR
    // lost there). The installment carries 2,901.75 of odd-days interest
    // (simple, days/365) and one week's 0.19: 3,901.94. The APR solves
    // 1000 = 3901.94 × (1 + X)^−t with t = 15131/52 + 4/365 = 290.99173 years:
    // X = 3.90194^(1/t) − 1 = 0.0046897 → 0.47 %.
    let p = plan(json!({
        "amount": "1000", "currency": "EUR", "startDate": "1900-01-01",
        "firstDueDate": "2190-01-01", "frequency": "weekly", "installments": 1,
        "annualRatePercent": "1",
    }));
    assert_eq!(p["schedule"][0]["payment"], "3901.94");
    assert_eq!(p["aprPercent"], "0.47");
}
