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
//! Solved by Newton's method in exact decimals: the discount factor of a
//! payment is a^m × b^d with a = (1 + X)^−1/12 (or ^−1/52) and
//! b = (1 + X)^−1/365, so each step needs two `exp` and a few products per
//! row instead of one `exp` per row.

use super::Frequency;
use crate::date::Date;
use rust_decimal::prelude::*;
use rust_decimal::MathematicalOps;

/// Payments stop when the step is below this (1e−12 in X).
const TOLERANCE: Decimal = Decimal::from_parts(1, 0, 0, false, 12);
const MAX_STEPS: usize = 60;
/// Intermediate products are kept to 18 decimals: far below a
/// basis point, and short enough to stay on rust_decimal's fast paths.
const WORK_DP: u32 = 18;

/// One payment's time from the start: `units` whole months (or weeks) and
/// `days` more.
struct Flow {
    units: u32,
    days: usize,
    amount: Decimal,
    /// t × amount, for the derivative.
    weighted: Decimal,
}

/// The APR in percent, unrounded, or `None` when it cannot be solved.
pub(super) fn apr_percent(
    start: Date,
    financed: Decimal,
    fee: Decimal,
    payments: &[(Date, Decimal)],
    frequency: Frequency,
) -> Option<Decimal> {
    let weekly = matches!(frequency, Frequency::Weekly | Frequency::Biweekly);
    let units_per_year = Decimal::from(if weekly { 52 } else { 12 });
    let flows = payments
        .iter()
        .map(|(date, amount)| {
            let (units, days) = if weekly { weeks_and_days(start, *date) } else { months_and_days(start, *date) };
            let t = Decimal::from(units).checked_div(units_per_year)?
                + Decimal::from(days).checked_div(Decimal::from(365))?;
            Some(Flow {
                units,
                days: usize::try_from(days).ok()?,
                amount: *amount,
                weighted: t.checked_mul(*amount)?,
            })
        })
        .collect::<Option<Vec<Flow>>>()?;
    let target = financed.checked_sub(fee)?;
    if target <= Decimal::ZERO || flows.is_empty() {
        return None;
    }
    solve(&flows, target, units_per_year).map(|x| x * Decimal::ONE_HUNDRED)
}

fn solve(flows: &[Flow], target: Decimal, units_per_year: Decimal) -> Option<Decimal> {
    let max_days = flows.iter().map(|f| f.days).max().unwrap_or(0);
    let mut x = Decimal::new(1, 1);
    for _ in 0..MAX_STEPS {
        let one_x = Decimal::ONE.checked_add(x)?;
        let ln = one_x.checked_ln()?;
        let a = (-ln.checked_div(units_per_year)?).checked_exp()?.round_dp(WORK_DP);
        let b = (-ln.checked_div(Decimal::from(365))?).checked_exp()?.round_dp(WORK_DP);
        let mut b_pow = Vec::with_capacity(max_days + 1);
        let mut p = Decimal::ONE;
        for _ in 0..=max_days {
            b_pow.push(p);
            p = p.checked_mul(b)?.round_dp(WORK_DP);
        }
        let (mut value, mut slope) = (Decimal::ZERO, Decimal::ZERO);
        let (mut a_pow, mut at) = (Decimal::ONE, 0u32);
        for f in flows {
            while at < f.units {
                a_pow = a_pow.checked_mul(a)?.round_dp(WORK_DP);
                at += 1;
            }
            let factor = a_pow.checked_mul(*b_pow.get(f.days)?)?.round_dp(WORK_DP);
            value = value.checked_add(f.amount.checked_mul(factor)?)?;
            slope = slope.checked_add(f.weighted.checked_mul(factor)?)?;
        }
        if slope.is_zero() {
            return None;
        }
        // f(X) = value − target; f'(X) = −slope / (1 + X).
        let step = value.checked_sub(target)?.checked_mul(one_x)?.checked_div(slope)?;
        x = x.checked_add(step)?.round_dp(WORK_DP);
        if x <= Decimal::new(-99, 2) {
            return None;
        }
        if step.abs() < TOLERANCE {
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
    while months > 0 && at(months).is_none_or(|d| d > date) {
        months -= 1;
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
        let x = apr_percent(d("2025-01-15"), dec("1000").unwrap(), Decimal::ZERO, &[(d("2026-01-15"), dec("1100").unwrap())], Frequency::Monthly).unwrap();
        assert_eq!(x.round_dp(6), dec("10").unwrap());
    }

    #[test]
    fn fee_paid_upfront_raises_the_rate() {
        // 1000 financed, fee 50 at t = 0, 1000 repaid a year later:
        // 950 = 1000 / (1 + X) → X = 1000/950 − 1 = 5.263157…%.
        let x = apr_percent(d("2025-03-01"), dec("1000").unwrap(), dec("50").unwrap(), &[(d("2026-03-01"), dec("1000").unwrap())], Frequency::Monthly).unwrap();
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
