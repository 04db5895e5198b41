//! The fast paths against the exact ones they replace, byte for byte.

use cobro::money::round_half_up;
use proptest::prelude::*;
use rust_decimal::{Decimal, RoundingStrategy};

/// A fixed seed: the same 200,000 cases on every run (`make fuzz` explores
/// further, and saved regressions rerun first).
fn fixed_seed() -> ProptestConfig {
    ProptestConfig {
        cases: 200_000,
        rng_seed: proptest::test_runner::RngSeed::Fixed(2026),
        ..ProptestConfig::default()
    }
}

fn reference(value: Decimal, dp: u32) -> Decimal {
    value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
}

/// Any decimal rust_decimal can hold: a 96-bit mantissa, either sign,
/// scale 0–28.
fn any_decimal() -> impl Strategy<Value = Decimal> {
    (
        any::<u32>(),
        any::<u32>(),
        any::<u32>(),
        any::<bool>(),
        0u32..=28,
        0u32..4,
    )
        .prop_map(|(lo, mid, hi, negative, scale, width)| {
            // Mantissas of every width, not only 96-bit ones.
            let (mid, hi) = match width {
                0 => (0, 0),
                1 => (mid, 0),
                2 => (mid, hi >> 16),
                _ => (mid, hi),
            };
            Decimal::from_parts(lo, mid, hi, negative, scale)
        })
}

proptest! {
    #![proptest_config(fixed_seed())]

    /// `money::round_half_up` (one 128-bit division) is rust_decimal's
    /// `round_dp_with_strategy(MidpointAwayFromZero)`: the same 16 bytes
    /// (sign, scale and mantissa), so the same text.
    #[test]
    fn round_half_up_is_rust_decimals_rounding(value in any_decimal(), dp in 0u32..=6) {
        let (fast, exact) = (round_half_up(value, dp), reference(value, dp));
        prop_assert_eq!(fast.serialize(), exact.serialize(), "{} to {} dp", value, dp);
        prop_assert_eq!(fast.to_string(), exact.to_string());
    }
}

#[test]
fn round_half_up_on_the_midpoints_and_signed_zeros() {
    for (text, dp) in [
        ("2.345", 2),
        ("-2.345", 2),
        ("2.344999999999999999999999999", 2),
        ("-0.004", 2),
        ("-0.005", 2),
        ("0.005", 2),
        ("79228162514264337593543950335", 0),
        ("7.9228162514264337593543950335", 2),
        ("-7.9228162514264337593543950335", 27),
        ("0.5", 0),
        ("-0.5", 0),
        ("1.00", 2),
        ("12", 2),
    ] {
        let value: Decimal = text.parse().unwrap();
        let (fast, exact) = (round_half_up(value, dp), reference(value, dp));
        assert_eq!(fast.serialize(), exact.serialize(), "{text} to {dp} dp");
    }
    // Worked by hand: 583.3333…(28 digits) → 583.33; 0.125 → 0.13 (half up, not to even).
    assert_eq!(
        round_half_up("583.33333333333333333333333333".parse().unwrap(), 2).to_string(),
        "583.33"
    );
    assert_eq!(
        round_half_up("0.125".parse().unwrap(), 2).to_string(),
        "0.13"
    );
}

/// What the API accepted before `money::parse_decimal` was written:
/// rust_decimal's exact parser for plain decimals, and its scientific
/// parser (normalized) for JSON numbers with an exponent.
fn old_parse(text: &str, allow_exponent: bool) -> Option<Decimal> {
    let body = text.strip_prefix('-').unwrap_or(text);
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if digits(int) && frac.is_none_or(digits) {
        return Decimal::from_str_exact(text).ok();
    }
    if allow_exponent && text.contains(['e', 'E']) {
        return Decimal::from_scientific(text).ok().map(|d| d.normalize());
    }
    None
}

/// JSON's number grammar: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
fn json_number(text: &str) -> bool {
    let body = text.strip_prefix('-').unwrap_or(text);
    let (number, exponent) = match body.split_once(['e', 'E']) {
        Some((n, e)) => (n, Some(e.strip_prefix(['+', '-']).unwrap_or(e))),
        None => (body, None),
    };
    let (int, frac) = match number.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (number, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    digits(int)
        && (int == "0" || !int.starts_with('0'))
        && frac.is_none_or(digits)
        && exponent.is_none_or(digits)
}

/// Decimal-looking texts: signs, leading zeros, up to 32 digits on each
/// side of the point, exponents, and a stray character now and then.
fn number_text() -> impl Strategy<Value = String> {
    (
        prop::bool::weighted(0.3),
        "[0-9]{0,32}",
        prop::option::weighted(0.7, "[0-9]{0,32}"),
        prop::option::weighted(0.3, ("[eE]", "[+-]?", "[0-9]{0,3}")),
        prop::option::weighted(0.05, "[ ,+a-z_.-]"),
    )
        .prop_map(|(negative, int, frac, exponent, junk)| {
            let mut s = String::new();
            if negative {
                s.push('-');
            }
            s.push_str(&int);
            if let Some(f) = frac {
                s.push('.');
                s.push_str(&f);
            }
            if let Some((e, sign, digits)) = exponent {
                s.push_str(&e);
                s.push_str(&sign);
                s.push_str(&digits);
            }
            if let Some(j) = junk {
                s.push_str(&j);
            }
            s
        })
}

proptest! {
    #![proptest_config(fixed_seed())]

    /// `money::parse_decimal` accepts and refuses what rust_decimal's
    /// parsers did, with the same 16 bytes for what it accepts.
    #[test]
    fn parse_decimal_is_rust_decimals_parsing(text in number_text(), exponent in any::<bool>()) {
        // Exponents are allowed only for JSON number tokens, which the JSON
        // reader has already checked against JSON's grammar.
        let exponent = exponent && json_number(&text);
        let new = cobro::money::parse_decimal(&text, exponent).map(|d| d.serialize());
        let old = old_parse(&text, exponent).map(|d| d.serialize());
        if new != old {
            // One knowing difference: rust_decimal's scientific parser
            // rounded the digits before the exponent when they did not fit
            // a Decimal as written (more than 96 bits or 28 decimals): such
            // a number is now exact or refused. A JS number has at most 17
            // digits.
            let base = text.split(['e', 'E']).next().unwrap_or("");
            let decimals = base.split_once('.').map_or(0, |(_, f)| f.len());
            let digits: String = base.chars().filter(char::is_ascii_digit).collect();
            let fits = digits.parse::<u128>().is_ok_and(|m| m >> 96 == 0) && decimals <= 28;
            prop_assert!(
                text.contains(['e', 'E']) && !fits,
                "{:?} (exponent allowed: {}): {:?} / {:?}", text, exponent, new, old
            );
        }
    }
}

const SUMMARY_REGIMES: [&str; 8] = [
    "es-commercial",
    "es-legal",
    "de-b2b",
    "de-b2c",
    "nl-commercial",
    "mx-commercial",
    "uk-commercial",
    "fixed",
];

/// One generated invoice as JSON text: any regime, currency and
/// compensation choice, up to three payments (a few above what is owed or
/// after `asOf`), dates from 2012 to 2027 (some past a table's end).
fn any_invoice() -> impl Strategy<Value = String> {
    (
        (1i64..100_000_000, 0i64..5_400, 0i64..1_500),
        (0usize..8, 0usize..4, 0usize..5, 0usize..3),
        prop::collection::vec((0i64..1_600, 1i64..500_000), 0..4),
    )
        .prop_map(|((cents, due, late), (regime, currency, comp, dc), pays)| {
            let day = |offset: i64| {
                cobro::Date::parse("2012-01-01", "d")
                    .and_then(|d| d.add_days(offset, "d"))
                    .map(|d| d.to_string())
                    .unwrap_or_default()
            };
            let payments: Vec<String> = pays
                .iter()
                // A few payments fall after asOf (an error item).
                .map(|(at, c)| {
                    format!(r#"{{"date":"{}","amount":"{}"}}"#, day(due + at % (late + 3)), Decimal::new(*c, 2))
                })
                .collect();
            let code = ["EUR", "GBP", "MXN", "USD"][currency];
            let mut extra = match (comp, code) {
                (1, "EUR") => r#","compensation":"eu""#,
                (2, "GBP") => r#","compensation":"uk""#,
                (3, _) => r#","compensation":"none""#,
                (4, _) => r#","compensation":"12.50""#,
                _ => "",
            }
            .to_string();
            if SUMMARY_REGIMES[regime] == "fixed" {
                extra.push_str(r#","annualRatePercent":"8.5""#);
            }
            format!(
                r#"{{"currency":"{}","principal":"{}","dueDate":"{}","asOf":"{}","regime":"{}","dayCount":"{}","lang":"{}","payments":[{}]{extra}}}"#,
                code,
                Decimal::new(cents, 2),
                day(due),
                day(due + late),
                SUMMARY_REGIMES[regime],
                ["act/365", "act/360", "act/act"][dc],
                ["es", "en"][dc % 2],
                payments.join(","),
            )
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1_000, ..fixed_seed() })]

    /// The summary batch computes its figures without segments, notes or
    /// applied payments (`late_interest_figures`): on 100,000 generated
    /// invoices (1,000 batches of 100), each item has the full result's
    /// figures, or the same error, byte for byte.
    #[test]
    fn batch_summary_items_are_the_full_items_figures(items in prop::collection::vec(any_invoice(), 100)) {
        use cobro::api::{late_interest_batch_with, Detail};
        let batch = format!("[{}]", items.join(","));
        let full: serde_json::Value = serde_json::from_str(&late_interest_batch_with(&batch, Detail::Full).unwrap()).unwrap();
        let summary: serde_json::Value = serde_json::from_str(&late_interest_batch_with(&batch, Detail::Summary).unwrap()).unwrap();
        for (i, (f, s)) in full.as_array().unwrap().iter().zip(summary.as_array().unwrap()).enumerate() {
            if f.get("error").is_some() {
                prop_assert_eq!(f, s, "{}", items[i]);
                continue;
            }
            for key in ["interest", "compensation", "totalDue", "daysLate", "outstandingPrincipal", "outstandingInterest"] {
                prop_assert_eq!(&f[key], &s[key], "{} {}", key, items[i]);
            }
        }
    }
}
