//! The fast paths against the exact ones they replace, byte for byte.

use cobro::money::round_half_up;
use proptest::prelude::*;
use rust_decimal::{Decimal, RoundingStrategy};

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
    #![proptest_config(ProptestConfig { cases: 200_000, .. ProptestConfig::default() })]

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
