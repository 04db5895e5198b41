//! Binary fixed-point arithmetic (i128 with 50 fraction bits, ≈ 1e−15)
//! for the few places that need a fractional power: the APR's discount
//! factors and the compound cost of a missed discount. Deterministic
//! integer arithmetic, no floating point; a product is a multiply and a
//! shift, fast in wasm, which has no native 128-bit division.

use rust_decimal::prelude::*;

/// Fraction bits of the fixed-point numbers.
pub(crate) const BITS: u32 = 50;
/// 1.0 in fixed point.
pub(crate) const SCALE: i128 = 1 << BITS;
/// ln 2 × 2^50, rounded (Python: Decimal(2).ln() * 2**50).
const LN_2: i128 = 780_414_346_020_670;

/// `a × b` in fixed point, rounded toward −∞.
pub(crate) fn mul(a: i128, b: i128) -> Option<i128> {
    // Figures near 1 (2^50) fit in i64, and a product of two i64 cannot
    // overflow i128: the same product without the overflow check, which
    // in wasm is a call to `__muloti4`, several times `__multi3`'s cost.
    if let (Ok(x), Ok(y)) = (i64::try_from(a), i64::try_from(b)) {
        return Some((i128::from(x) * i128::from(y)) >> BITS);
    }
    Some(a.checked_mul(b)? >> BITS)
}

/// `a / b` in fixed point, from the exact integer mantissas of two amounts.
pub(crate) fn ratio(a: Decimal, b: Decimal) -> Option<i128> {
    let scale = a.scale().max(b.scale());
    let (mut a, mut b) = (a, b);
    a.rescale(scale);
    b.rescale(scale);
    let den = b.mantissa();
    if den == 0 {
        return None;
    }
    a.mantissa().checked_mul(SCALE)?.checked_div(den)
}

pub(crate) fn to_fixed(d: Decimal) -> Option<i128> {
    d.checked_mul(Decimal::from_i128_with_scale(SCALE, 0))?
        .round()
        .to_i128()
}

/// e^x by its Taylor series (|x| stays below a few units here).
pub(crate) fn exp(x: i128) -> Option<i128> {
    let (mut sum, mut term) = (SCALE, SCALE);
    for n in 1..60 {
        term = mul(term, x)? / n;
        if term == 0 {
            break;
        }
        sum = sum.checked_add(term)?;
    }
    Some(sum)
}

/// ln y for y > 0: y = 2^k × m with m in [0.75, 1.5], then
/// ln m = 2 atanh((m − 1) / (m + 1)).
pub(crate) fn ln(y: i128) -> Option<i128> {
    if y <= 0 {
        return None;
    }
    let (mut m, mut k) = (y, 0i128);
    while m > SCALE * 3 / 2 {
        m /= 2;
        k += 1;
    }
    while m < SCALE * 3 / 4 {
        m = m.checked_mul(2)?;
        k -= 1;
    }
    let z = ((m - SCALE) << BITS) / (m + SCALE);
    let z2 = mul(z, z)?;
    let (mut sum, mut power) = (0i128, z);
    for n in (1..200).step_by(2) {
        let term = power / n;
        if term == 0 {
            break;
        }
        sum += term;
        power = mul(power, z2)?;
    }
    Some(2 * sum + k * LN_2)
}

/// A fixed-point number as a decimal (exact: 2^−50 has a finite decimal form,
/// rounded to 28 significant digits by the division).
pub(crate) fn to_decimal(x: i128) -> Option<Decimal> {
    Decimal::from_i128_with_scale(x, 0).checked_div(Decimal::from_i128_with_scale(SCALE, 0))
}

/// `base^exponent` for a positive base, via e^(exponent × ln base).
pub(crate) fn powf(base: i128, exponent: i128) -> Option<i128> {
    exp(mul(ln(base)?, exponent)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_point_exp_and_ln() {
        // × 2^50, from Python's decimal module: e → 3060513257434037,
        // ln 10 → 2592480341699211. Truncation loses at most a few units
        // of 2^−50 per series term.
        let e = exp(SCALE).unwrap();
        assert!((e - 3_060_513_257_434_037).abs() <= 20, "{e}");
        let l = ln(10 * SCALE).unwrap();
        assert!((l - 2_592_480_341_699_211).abs() <= 20, "{l}");
        assert!((ln(SCALE / 2).unwrap() + LN_2).abs() <= 5);
        assert_eq!(ln(SCALE), Some(0));
    }

    #[test]
    fn fractional_powers() {
        // 1.020408163…^18.25 = 1.445853… (2/10 net 30: 44.59 % a year).
        let base = ratio(Decimal::from(100), Decimal::from(98)).unwrap();
        let exponent = ratio(Decimal::from(365), Decimal::from(20)).unwrap();
        let got = to_decimal(powf(base, exponent).unwrap()).unwrap();
        assert_eq!(got.round_dp(6), Decimal::new(1_445_853, 6));
    }
}
