//! Property tests of the late-interest engine (issue 3): totals are the
//! sum of segments, segments are never empty, splitting a period never
//! changes the unrounded total, and more days never mean less interest.

use cobro::interest::{late_interest, InterestInput, LateInterest};
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{json, Value};

fn run(input: &Value) -> Result<LateInterest, cobro::Error> {
    let text = input.to_string();
    let parsed = cobro::json::parse(&text).expect("valid JSON");
    late_interest(&InterestInput::from_json(&parsed)?)
}

fn day(offset: i64) -> String {
    cobro::Date::parse("2013-01-01", "d")
        .unwrap()
        .add_days(offset, "d")
        .unwrap()
        .to_string()
}

const REGIMES: [&str; 6] = [
    "es-commercial",
    "es-legal",
    "de-b2b",
    "de-b2c",
    "nl-commercial",
    "mx-commercial",
];

prop_compose! {
    fn arb_input()(
        cents in 1i64..100_000_000,
        due in 0i64..4_700,
        late in 0i64..1_500,
        regime in 0usize..6,
        dc in 0usize..3,
        pays in prop::collection::vec((0i64..1_500, 1i64..5_000), 0..4),
    ) -> Value {
        let due_day = due.min(5_000 - late);
        let mut payments: Vec<Value> = pays.iter()
            .filter(|(at, _)| *at <= late)
            .map(|(at, c)| json!({"date": day(due_day + at), "amount": Decimal::new(*c, 2).to_string()}))
            .collect();
        payments.truncate(3);
        let day_count = ["act/365", "act/360", "act/act"][dc];
        json!({
            "currency": "EUR", "principal": Decimal::new(cents, 2).to_string(),
            "dueDate": day(due_day), "asOf": day(due_day + late),
            "regime": REGIMES[regime], "dayCount": day_count,
            "payments": payments,
        })
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    #[test]
    fn totals_add_up_and_segments_are_never_empty(input in arb_input()) {
        let out = match run(&input) {
            Ok(out) => out,
            Err(e) => {
                // Generated payments can exceed what is owed; nothing else may fail.
                prop_assert_eq!(e.code(), "overpayment", "{}", input);
                return Ok(());
            }
        };
        let sum = out.segments.iter().map(|s| s.interest.value()).sum::<Decimal>();
        prop_assert_eq!(out.interest.value(), sum);
        for s in &out.segments {
            prop_assert!(s.days >= 1 && s.from <= s.to, "{:?}", s);
            prop_assert_eq!(s.from.days_until(s.to) + 1, s.days);
        }
        for pair in out.segments.windows(2) {
            prop_assert!(pair[0].to < pair[1].from);
        }
        let owed = out.outstanding_principal.value() + out.outstanding_interest.value() + out.outstanding_compensation.value();
        prop_assert_eq!(out.total_due.value(), owed);
    }

    #[test]
    fn splitting_a_period_never_changes_the_unrounded_total(
        cents in 1i64..100_000_000, days in 2i64..2_000, cut in 1i64..2_000, rate_bp in 0i64..3_000,
    ) {
        let cut = cut.min(days - 1);
        let rate = Decimal::new(rate_bp, 2).to_string();
        let input = |rows: Value| json!({
            "currency": "EUR", "principal": Decimal::new(cents, 2).to_string(),
            "dueDate": day(0), "asOf": day(days), "regime": "custom", "rateTable": rows,
        });
        let whole = run(&input(json!([{"from": day(0), "ratePercent": rate}]))).unwrap();
        let split = run(&input(json!([{"from": day(0), "ratePercent": rate}, {"from": day(cut + 1), "ratePercent": rate}]))).unwrap();
        prop_assert_eq!(whole.interest_unrounded, split.interest_unrounded);
        // Rounding each piece moves the total by at most one cent per extra segment.
        prop_assert!((whole.interest.value() - split.interest.value()).abs() <= Decimal::new(1, 2));
    }

    #[test]
    fn more_days_never_mean_less_interest(input in arb_input(), more in 1i64..400) {
        let mut input = input;
        input["payments"] = json!([]);
        let later_as_of = cobro::Date::parse(input["asOf"].as_str().unwrap(), "d").unwrap().add_days(more, "d").unwrap();
        let Ok(now) = run(&input) else { return Ok(()) };
        input["asOf"] = json!(later_as_of.to_string());
        if let Ok(later) = run(&input) {
            prop_assert!(later.interest.value() >= now.interest.value(), "{} → {}", now.interest, later.interest);
        }
    }
}
