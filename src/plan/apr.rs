//! The annual percentage rate (APR, TAE) of the EU Consumer Credit
//! Directive 2008/48/EC, Annex I:
//!
//! Σ drawdowns × (1 + X)^−s = Σ payments × (1 + X)^−t,
//!
//! with times in years from the drawdown. Here the only drawdown is the
//! amount financed on the start date, the opening fee is a payment at
//! t = 0, and a payment's time is whole months / 12 (an equal month is
//! 1/12 of a year) plus the remaining days / 365 — whole weeks / 52 for
//! weekly and two-weekly plans (Annex I, "52 weeks").
//!
//! Solved by Newton's method in binary fixed point (i128 with 50 fraction
//! bits, ≈ 1e−15): deterministic integer arithmetic with no floating
//! point, where a product is a multiply and a shift — fast in wasm, which
//! has no native 128-bit division. Amounts enter as fractions of the amount received, so
//! every figure stays near 1. The discount factor of a payment is
//! a^m × b^d with a = (1 + X)^−1/12 (or ^−1/52) and b = (1 + X)^−1/365.

use super::Frequency;
use crate::date::Date;
use crate::fixed::{exp, ln, mul, ratio, to_fixed, BITS, SCALE};
use rust_decimal::prelude::*;

/// Newton stops when the step is below 2^−40 ≈ 9e−13 in X (times X when
/// X is above 1).
const TOLERANCE: i128 = 1 << 10;
const MAX_STEPS: usize = 60;

/// One payment's time from the start (`units` whole months or weeks and
/// `days` more) and its amount as a fraction of the amount received.
struct Flow {
    units: u32,
    days: usize,
    /// amount / (financed − fee), fixed point.
    share: i128,
    /// t × share, for the derivative.
    weighted: i128,
}

/// The APR in percent, unrounded, or `None` when it cannot be solved.
pub(super) fn apr_percent(
    start: Date,
    financed: Decimal,
    fee: Decimal,
    payments: &[(Date, Decimal)],
    frequency: Frequency,
    annual_rate_percent: Decimal,
) -> Option<Decimal> {
    let weekly = matches!(frequency, Frequency::Weekly | Frequency::Biweekly);
    let units_per_year: i128 = if weekly { 52 } else { 12 };
    let received = financed.checked_sub(fee)?;
    if received <= Decimal::ZERO || payments.is_empty() {
        return None;
    }
    // Most payments are the same installment: its share is computed once
    // (the same exact quotient; `ratio` divides 128-bit integers).
    let mut last_share: Option<(Decimal, i128)> = None;
    let scale = i64::try_from(SCALE).ok()?;
    let per_year = i64::try_from(units_per_year).ok()?;
    let flows = payments
        .iter()
        .map(|(date, amount)| {
            let (units, days) = if weekly {
                weeks_and_days(start, *date)
            } else {
                months_and_days(start, *date)
            };
            let share = match last_share {
                Some((a, share)) if a == *amount => share,
                _ => ratio(*amount, received)?,
            };
            last_share = Some((*amount, share));
            // units × 2^50 fits in i64 below 8,192 units (a weekly plan can
            // have more, up to 2200): native divisions then, i128 beyond.
            let whole = match i64::from(units).checked_mul(scale) {
                Some(u) => i128::from(u / per_year),
                None => i128::from(units) * SCALE / units_per_year,
            };
            let t = whole + i128::from(days.checked_mul(scale)? / 365);
            Some(Flow {
                units,
                days: usize::try_from(days).ok()?,
                share,
                weighted: mul(t, share)?,
            })
        })
        .collect::<Option<Vec<Flow>>>()?;
    // Start from the effective rate of the nominal one, (1 + r/k)^k − 1:
    // without fees that is the answer up to rounding, and Newton needs
    // one or two steps.
    let k = i128::from(frequency.per_year());
    let periodic = to_fixed(annual_rate_percent.checked_div(Decimal::ONE_HUNDRED)?)? / k;
    let guess = exp(ln(SCALE.checked_add(periodic)?)?.checked_mul(k)?)? - SCALE;
    let x = solve(&flows, units_per_year, guess.max(SCALE / 100))?;
    Decimal::from_i128_with_scale(x, 0)
        .checked_mul(Decimal::ONE_HUNDRED)?
        .checked_div(Decimal::from_i128_with_scale(SCALE, 0))
}

/// Solves Σ share × (1 + X)^−t = 1 for X.
fn solve(flows: &[Flow], units_per_year: i128, guess: i128) -> Option<i128> {
    let max_days = flows.iter().map(|f| f.days).max().unwrap_or(0);
    let mut x = guess;
    for _ in 0..MAX_STEPS {
        let one_x = SCALE.checked_add(x)?;
        let ln = ln(one_x)?;
        let a = exp(-ln / units_per_year)?;
        let b = exp(-ln / 365)?;
        let mut b_pow = Vec::with_capacity(max_days + 1);
        let mut p = SCALE;
        for _ in 0..=max_days {
            b_pow.push(p);
            p = mul(p, b)?;
        }
        let (mut value, mut slope) = (0i128, 0i128);
        let (mut a_pow, mut at) = (SCALE, 0u32);
        for f in flows {
            while at < f.units {
                a_pow = mul(a_pow, a)?;
                at += 1;
            }
            // b^0 is 1: a_pow × 1 in fixed point is a_pow, the same integer,
            // and the same refusal where a_pow × 2^50 would overflow.
            let factor = if f.days == 0 {
                if a_pow >= 1 << 77 {
                    return None;
                }
                a_pow
            } else {
                mul(a_pow, *b_pow.get(f.days)?)?
            };
            value = value.checked_add(mul(f.share, factor)?)?;
            slope = slope.checked_add(mul(f.weighted, factor)?)?;
        }
        if slope <= 0 {
            return None;
        }
        // g(X) = value − 1; g'(X) = −slope / (1 + X).
        let step = (mul(value - SCALE, one_x)? << BITS) / slope;
        x = x.checked_add(step)?;
        if x <= -SCALE + SCALE / 100 {
            return None;
        }
        // Relative to X above 1: at an APR of several hundred percent the
        // fixed-point rounding of the discount factors alone moves X by a
        // few units of 2^−50 times X, and Newton would step back and forth
        // around the root until MAX_STEPS.
        if step.abs() < TOLERANCE.max(x.abs() >> 40) {
            return Some(x);
        }
    }
    None
}

/// Whole calendar months from `start` to `date` (clamped to month ends,
/// so Jan 31 → Feb 28 is one month) and the days left over.
fn months_and_days(start: Date, date: Date) -> (u32, i64) {
    let month = |d: Date| i32::try_from(d.month()).unwrap_or(1);
    let mut months = (date.year() - start.year()) * 12 + month(date) - month(start);
    let at = |m: i32| start.add_months(i64::from(m), start.day(), "").ok();
    while months > 0 {
        match at(months) {
            Some(d) if d <= date => {
                return (
                    u32::try_from(months).unwrap_or(0),
                    d.days_until(date).max(0),
                )
            }
            _ => months -= 1,
        }
    }
    let days = at(months).map_or(0, |d| d.days_until(date)).max(0);
    (u32::try_from(months.max(0)).unwrap_or(0), days)
}

fn weeks_and_days(start: Date, date: Date) -> (u32, i64) {
    let days = start.days_until(date).max(0);
    (u32::try_from(days / 7).unwrap_or(0), days % 7)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::dec;

    fn d(s: &str) -> Date {
        Date::parse(s, "d").unwrap()
    }

    #[test]
    fn one_payment_a_year_later_is_its_plain_rate() {
        // 1000 lent, 1100 repaid 12 months later: 1000 = 1100 / (1 + X) → X = 10 %.
        let x = apr_percent(
            d("2025-01-15"),
            dec("1000").unwrap(),
            Decimal::ZERO,
            &[(d("2026-01-15"), dec("1100").unwrap())],
            Frequency::Monthly,
            Decimal::ZERO,
        )
        .unwrap();
        assert_eq!(x.round_dp(6), dec("10").unwrap());
    }

    #[test]
    fn fee_paid_upfront_raises_the_rate() {
        // 1000 financed, fee 50 at t = 0, 1000 repaid a year later:
        // 950 = 1000 / (1 + X) → X = 1000/950 − 1 = 5.263157…%.
        let x = apr_percent(
            d("2025-03-01"),
            dec("1000").unwrap(),
            dec("50").unwrap(),
            &[(d("2026-03-01"), dec("1000").unwrap())],
            Frequency::Monthly,
            Decimal::ZERO,
        )
        .unwrap();
        assert_eq!(x.round_dp(4), dec("5.2632").unwrap());
    }

    #[test]
    fn month_counting_clamps_month_ends() {
        assert_eq!(months_and_days(d("2025-01-31"), d("2025-02-28")), (1, 0));
        assert_eq!(months_and_days(d("2025-01-31"), d("2025-03-31")), (2, 0));
        assert_eq!(months_and_days(d("2025-01-15"), d("2025-03-20")), (2, 5));
        assert_eq!(months_and_days(d("2025-01-15"), d("2025-02-10")), (0, 26));
        assert_eq!(weeks_and_days(d("2025-01-01"), d("2025-01-17")), (2, 2));
    }
}
