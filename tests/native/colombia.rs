//! `co-moratorio` (SPEC §3): Colombia's default interest at each month's
//! usury rate, from the shipped series. Every figure is derived by hand in
//! the comments with Python's `decimal` module at 60 digits:
//! daily = ((1 + EA/100) ** (1/365) − 1) rounded half-up to 18 decimals,
//! a segment's interest = base × daily × days, half-up to the centavo.

use serde_json::{json, Value};

fn interest(input: Value) -> Value {
    let text = cobro::api::late_interest_json(&input.to_string())
        .unwrap_or_else(|e| panic!("{input}: {} {} {}", e.code, e.field, e.message));
    serde_json::from_str(&text).unwrap()
}

fn error(input: Value) -> cobro::api::ApiError {
    cobro::api::late_interest_json(&input.to_string()).unwrap_err()
}

fn column(out: &Value, key: &str) -> Vec<String> {
    out["segments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s[key].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn ten_million_pesos_over_eleven_months() {
    // COP 10.000.000 due 31 Jan 2025, to 31 Dec 2025: one segment a month,
    // each at that month's certified usury rate (EA).
    //   month  days  EA      daily rate            monthly   interest
    //   Feb    28    26.30   0.000639902851539242  1.9648    179172.80
    //   Mar    31    24.92   0.000609784052138118  1.8715    189033.06
    //   Apr    30    25.62   0.000625102942141708  1.9189    187530.88
    //   May    31    25.97   0.000632730493311388  1.9426    196146.45
    //   Jun    30    25.55   0.000623574888925826  1.9142    187072.47
    //   Jul    31    24.78   0.000606710003405391  1.8620    188080.10
    //   Aug    31    25.17   0.000615264889216309  1.8885    190732.12
    //   Sep    30    25.01   0.000611758412593094  1.8776    183527.52
    //   Oct    31    24.36   0.000597467177392095  1.8334    185214.82
    //   Nov    30    24.99   0.000611319788355840  1.8762    183395.94
    //   Dec    31    25.02   0.000611977698469164  1.8783    189713.09
    //   total                                              2059619.25
    // One more day (1 Jan 2026, 24.36 %): 10.000.000 × 0.000597467… = 5974.67.
    let out = interest(json!({
        "currency": "COP", "principal": "10000000", "dueDate": "2025-01-31",
        "asOf": "2025-12-31", "regime": "co-moratorio", "locale": "es-CO",
    }));
    assert_eq!(
        column(&out, "ratePercent"),
        [
            "26.30", "24.92", "25.62", "25.97", "25.55", "24.78", "25.17", "25.01", "24.36",
            "24.99", "25.02"
        ]
    );
    assert_eq!(
        column(&out, "monthlyRatePercent"),
        [
            "1.9648", "1.8715", "1.9189", "1.9426", "1.9142", "1.8620", "1.8885", "1.8776",
            "1.8334", "1.8762", "1.8783"
        ]
    );
    assert_eq!(
        column(&out, "interest"),
        [
            "179172.80",
            "189033.06",
            "187530.88",
            "196146.45",
            "187072.47",
            "188080.10",
            "190732.12",
            "183527.52",
            "185214.82",
            "183395.94",
            "189713.09"
        ]
    );
    assert_eq!(column(&out, "from")[0], "2025-02-01");
    assert_eq!(column(&out, "to")[10], "2025-12-31");
    assert_eq!(out["daysLate"], 334);
    assert_eq!(out["interest"], "2059619.25");
    assert_eq!(out["compensation"], "0.00");
    assert_eq!(out["totalDue"], "12059619.25");
    assert_eq!(out["dailyInterest"], "5974.67");
    assert_eq!(out["regime"]["coveredUntil"], "2026-03-31");
    assert_eq!(out["notes"][0]["code"], "effective_annual_rate");
    assert_eq!(out["provisional"], false);
}

#[test]
fn a_partial_payment_pays_interest_first_and_the_rest_runs_on_less_capital() {
    // COP 5.000.000 due 31 Oct 2024, 2.000.000 paid on 15 Dec 2024, to 20 Jan 2025.
    //   1–30 Nov, 30 days at 27.90 %: 5.000.000 × 0.000674… × 30 = 101162.26
    //   1–15 Dec, 15 days at 26.39 %: 48139.18 → 149301.44 of interest owed
    //   the payment: 149301.44 to interest, 1850698.56 to capital → 3149301.44
    //   16–31 Dec, 16 days at 26.39 %: 32342.35
    //   1–20 Jan, 20 days at 24.89 %: 38366.40
    //   interest 220010.19, of which 70708.75 unpaid; due 3220010.19.
    let out = interest(json!({
        "currency": "COP", "principal": "5000000", "dueDate": "2024-10-31", "asOf": "2025-01-20",
        "regime": "co-moratorio", "payments": [{"date": "2024-12-15", "amount": "2000000"}],
    }));
    assert_eq!(
        column(&out, "interest"),
        ["101162.26", "48139.18", "32342.35", "38366.40"]
    );
    assert_eq!(
        column(&out, "base"),
        ["5000000.00", "5000000.00", "3149301.44", "3149301.44"]
    );
    assert_eq!(out["payments"][0]["toInterest"], "149301.44");
    assert_eq!(out["payments"][0]["toPrincipal"], "1850698.56");
    assert_eq!(out["interest"], "220010.19");
    assert_eq!(out["outstandingInterest"], "70708.75");
    assert_eq!(out["totalDue"], "3220010.19");
    assert_eq!(out["dailyInterest"], "1918.32");
}

#[test]
fn an_agreed_rate_runs_below_the_ceiling_and_is_capped_above_it() {
    // 25 % EA agreed, COP 10.000.000 due 31 Jan 2025, to 30 Apr 2025:
    //   Feb: ceiling 26.30 → the agreed 25 %: 10.000.000 × 0.000611531… × 28 = 171230.95
    //   Mar: ceiling 24.92 < 25 → 24.92 %: 189033.06 (and a warning)
    //   Apr: ceiling 25.62 → 25 %: 183461.73
    let input = json!({
        "currency": "COP", "principal": "10000000", "dueDate": "2025-01-31", "asOf": "2025-04-30",
        "regime": "co-moratorio", "annualRatePercent": "25", "locale": "es-CO",
    });
    let out = interest(input.clone());
    assert_eq!(column(&out, "ratePercent"), ["25.00", "24.92", "25.00"]);
    assert_eq!(
        column(&out, "interest"),
        ["171230.95", "189033.06", "183461.73"]
    );
    assert_eq!(out["interest"], "543725.74");
    assert_eq!(out["notes"][1]["code"], "agreed_rate_capped");
    assert_eq!(
        out["notes"][1]["message"],
        "El interés pactado (25,00% EA) supera la tasa de usura de marzo de 2025 (24,92%): en esos meses se aplica la tasa de usura. Cobrar intereses por encima de la usura hace perder todos los intereses (art. 884 del Código de Comercio y art. 72 de la Ley 45 de 1990)."
    );
    // Far above every ceiling: each month at its ceiling, the same figures
    // as without an agreed rate, and the warning names every month.
    let mut high = input.clone();
    high["annualRatePercent"] = json!("40");
    high["lang"] = json!("en");
    high["locale"] = json!("en-US");
    let out = interest(high);
    assert_eq!(out["interest"], "555736.74");
    assert_eq!(
        out["notes"][1]["message"],
        "The agreed rate (40.00% EA) is above the usury rate of February 2025 (26.30%), March 2025 (24.92%), April 2025 (25.62%): in those months the usury rate applies. Charging interest above the usury rate forfeits all the interest (Código de Comercio art. 884 and Ley 45 de 1990 art. 72)."
    );
    // Below every ceiling: no warning.
    let mut low = input;
    low["annualRatePercent"] = json!("12");
    let out = interest(low);
    assert_eq!(column(&out, "ratePercent"), ["12.00", "12.00", "12.00"]);
    assert!(out["notes"]
        .as_array()
        .unwrap()
        .iter()
        .all(|n| n["code"] != "agreed_rate_capped"));
}

#[test]
fn past_the_last_certified_month_the_rate_is_unknown_unless_assumed() {
    let input = json!({
        "currency": "COP", "principal": "1000000", "dueDate": "2026-02-28", "asOf": "2026-04-10",
        "regime": "co-moratorio",
    });
    let e = error(input.clone());
    assert_eq!((e.code, e.field.as_str()), ("rate_unknown", "asOf"));
    assert!(e.message.contains("31 de marzo de 2026"), "{}", e.message);
    // Assumed: March's 25.52 % carries on into April, marked provisional.
    let mut assumed = input;
    assumed["pastCoverage"] = json!("assumeLastRate");
    let out = interest(assumed);
    assert_eq!(column(&out, "ratePercent"), ["25.52", "25.52"]);
    assert_eq!(column(&out, "from"), ["2026-03-01", "2026-04-01"]);
    assert_eq!(out["provisional"], true);
    // The series starts in January 2022.
    let e = error(json!({
        "currency": "COP", "principal": "1000000", "dueDate": "2021-11-30", "asOf": "2022-01-10",
        "regime": "co-moratorio",
    }));
    assert_eq!((e.code, e.field.as_str()), ("rate_unknown", "dueDate"));
}

#[test]
fn an_effective_annual_rate_has_no_other_day_count() {
    let e = error(json!({
        "currency": "COP", "principal": "1000000", "dueDate": "2025-01-31", "asOf": "2025-03-01",
        "regime": "co-moratorio", "dayCount": "act/360",
    }));
    assert_eq!(
        (e.code, e.field.as_str()),
        ("conflicting_fields", "dayCount")
    );
}

#[test]
fn the_series_is_monthly_from_january_2022_with_its_sources() {
    let text = cobro::api::rate_regimes_json("").unwrap();
    let all: Value = serde_json::from_str(&text).unwrap();
    let co = all
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "co-moratorio")
        .unwrap();
    let rows = co["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 51, "January 2022 to March 2026");
    assert_eq!(rows[0]["from"], "2022-01-01");
    assert_eq!(rows[0]["ratePercent"], "26.49");
    assert_eq!(rows[0]["resolution"], "Resolución 1597 de 2021");
    assert_eq!(rows[50]["from"], "2026-03-01");
    assert_eq!(rows[50]["ratePercent"], "25.52");
    assert_eq!(co["rule"], "effectiveAnnualCeiling");
    // Every month has its sources; the single-source ones are August and
    // December 2023.
    let single: Vec<&str> = rows
        .iter()
        .filter(|r| r["sources"].as_array().unwrap().len() < 2)
        .map(|r| r["from"].as_str().unwrap())
        .collect();
    assert_eq!(single, ["2023-08-01", "2023-12-01"]);
    // One row a month, no month skipped.
    for pair in rows.windows(2) {
        let (a, b) = (
            pair[0]["from"].as_str().unwrap(),
            pair[1]["from"].as_str().unwrap(),
        );
        let (ya, ma): (i32, i32) = (a[..4].parse().unwrap(), a[5..7].parse().unwrap());
        let (yb, mb): (i32, i32) = (b[..4].parse().unwrap(), b[5..7].parse().unwrap());
        assert_eq!(yb * 12 + mb, ya * 12 + ma + 1, "{a} → {b}");
    }
}
