//! Effective rates (Colombia's EA): the daily and monthly rates equivalent
//! to an effective annual one, `(1 + EA)^(1/n) − 1`.

use crate::error::{Code, Error, Result};
use crate::money::{pow, Checked};
use rust_decimal::Decimal;

/// Decimals kept of a daily rate: with principal and days each below
/// 10^9 and 10^5, an error of 10^−18 in the rate moves the interest by
/// less than 10^−4, far below the half cent the result is rounded to.
pub(super) const DAILY_DP: u32 = 18;

/// `(1 + ea_percent / 100)^(1/n) − 1`, the rate of one of `n` equal
/// compounding periods, rounded half-up to `dp` decimals: the `n`-th root
/// by Newton's method in 28-digit decimals (each step doubles the exact
/// digits; five steps from `1 + EA/n` reach the 28th for any EA below
/// 1000 %).
///
/// # Errors
/// `overflow` about `field` (an EA in the thousands of percent).
pub(super) fn period_rate(ea_percent: Decimal, n: u32, dp: u32, field: &str) -> Result<Decimal> {
    let a = Decimal::ONE.add(ea_percent.div(Decimal::ONE_HUNDRED, field)?, field)?;
    if n <= 1 || a == Decimal::ONE {
        return Ok(a.sub(Decimal::ONE, field)?.round_dp(dp));
    }
    if a <= Decimal::ZERO {
        return Err(Error::new(Code::OutOfRange, field, ea_percent.to_string()));
    }
    let nd = Decimal::from(n);
    let mut x = Decimal::ONE.add(a.sub(Decimal::ONE, field)?.div(nd, field)?, field)?;
    let tiny = Decimal::new(1, 27);
    for _ in 0..40 {
        let p = pow(x, n - 1, field)?;
        let f = p.mul(x, field)?.sub(a, field)?;
        let step = f.div(nd.mul(p, field)?, field)?;
        x = x.sub(step, field)?;
        if step.abs() <= tiny {
            break;
        }
    }
    Ok(x.sub(Decimal::ONE, field)?
        .round_dp_with_strategy(dp, rust_decimal::RoundingStrategy::MidpointAwayFromZero))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn daily_and_monthly_rates_of_an_effective_annual_one() {
        // Python's decimal module at 50 digits: Decimal("1.2639") **
        // (Decimal(1) / 365) - 1 = 0.00064185570585026697404…, and
        // ** (Decimal(1) / 12) - 1 = 0.01970854699249570351…
        let ea = Decimal::new(2639, 2);
        let daily = period_rate(ea, 365, DAILY_DP, "t").unwrap();
        assert_eq!(daily.to_string(), "0.000641855705850267");
        let monthly = period_rate(ea, 12, 6, "t").unwrap();
        assert_eq!(monthly.to_string(), "0.019709");
        assert_eq!(
            period_rate(Decimal::ZERO, 365, DAILY_DP, "t").unwrap(),
            Decimal::ZERO
        );
    }
}
