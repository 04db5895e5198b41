//! The amortization schedule: how each installment splits into interest
//! and principal, by method (SPEC §2).

use super::{Method, PlanInput, Term, MAX_INSTALLMENTS};
use crate::error::{Code, Error, Result};
use crate::money::{pow, round_up_to, Checked, Currency};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

/// One computed row, before dates are attached.
#[derive(Clone, Copy, Debug)]
pub(super) struct Row {
    pub payment: Decimal,
    pub interest: Decimal,
    pub principal: Decimal,
    pub balance: Decimal,
}

/// The rows and the regular installment.
pub(super) struct Built {
    pub rows: Vec<Row>,
    pub regular: Decimal,
}

/// How each row's principal part is set.
#[derive(Clone, Copy, Debug)]
enum Rule {
    /// Equal payments: principal = installment − interest (French, zero rate).
    Fixed { installment: Decimal },
    /// Equal principal parts (German).
    EqualPrincipal { principal: Decimal },
    /// Equal payments with an equal share of add-on interest (flat).
    Flat {
        installment: Decimal,
        share: Decimal,
        total_interest: Decimal,
    },
}

/// The numbers every row needs.
struct Ctx {
    financed: Decimal,
    /// Periodic rate: annual / 100 / periods per year, unrounded.
    rate: Decimal,
    currency: Currency,
    odd_interest: Decimal,
}

const FIELD: &str = "amount";

/// Builds the schedule of `input` for `financed`.
pub(super) fn build(
    input: &PlanInput,
    financed: Decimal,
    round_to: Decimal,
    odd_interest: Option<Decimal>,
) -> Result<Built> {
    let annual = input.annual_rate_percent.div(Decimal::ONE_HUNDRED, FIELD)?;
    let ctx = Ctx {
        financed,
        rate: annual.div(Decimal::from(input.frequency.per_year()), FIELD)?,
        currency: input.currency,
        odd_interest: odd_interest.unwrap_or_default(),
    };
    match input.term {
        Term::Installments(n) => by_count(input.method, &ctx, n, annual, input, round_to),
        Term::InstallmentAmount(amount) => {
            by_installment(input.method, &ctx, amount, annual, input)
        }
    }
}

fn by_count(
    method: Method,
    ctx: &Ctx,
    n: u32,
    annual: Decimal,
    input: &PlanInput,
    round_to: Decimal,
) -> Result<Built> {
    let nd = Decimal::from(n);
    let f = ctx.financed;
    if ctx.rate.is_zero() || method == Method::French {
        let exact = if ctx.rate.is_zero() {
            f.div(nd, FIELD)?
        } else {
            annuity(f, ctx.rate, n)?
        };
        // Rounded up so the last installment is never the larger one; one
        // more increment when per-row interest rounding still leaves a
        // larger residue.
        let mut installment = round_up_to(exact, round_to, "roundTo")?;
        for _ in 0..MAX_INSTALLMENTS {
            let rows = run(ctx, Rule::Fixed { installment }, n, false)?;
            // A one-row plan's only payment also carries the odd days: compare without them.
            let odd = if rows.len() == 1 {
                ctx.odd_interest
            } else {
                Decimal::ZERO
            };
            if rows
                .last()
                .is_none_or(|r| r.payment.checked_sub(odd).unwrap_or(r.payment) <= installment)
            {
                return Ok(Built {
                    rows,
                    regular: installment,
                });
            }
            installment = installment.add(round_to, "roundTo")?;
        }
        return Err(Error::new(Code::Overflow, "roundTo", ""));
    }
    match method {
        Method::German => {
            let part = f.div(nd, FIELD)?;
            let principal = if round_to == ctx.currency.minor_unit() {
                ctx.currency.round(part)
            } else {
                round_up_to(part, round_to, "roundTo")?
            };
            let rows = run(ctx, Rule::EqualPrincipal { principal }, n, false)?;
            let regular = first_regular(&rows, ctx);
            Ok(Built { rows, regular })
        }
        _ => {
            let rule = flat_rule(ctx, n, annual, input, round_to)?;
            let rows = run(ctx, rule, n, false)?;
            let regular = match rule {
                Rule::Flat { installment, .. } => installment,
                _ => first_regular(&rows, ctx),
            };
            Ok(Built { rows, regular })
        }
    }
}

fn by_installment(
    method: Method,
    ctx: &Ctx,
    amount: Decimal,
    annual: Decimal,
    input: &PlanInput,
) -> Result<Built> {
    let f = ctx.financed;
    let first_interest = ctx.currency.round(f.mul(ctx.rate, FIELD)?);
    if amount <= first_interest {
        return Err(too_small(ctx, first_interest));
    }
    if ctx.rate.is_zero() || method == Method::French {
        let rows = run(
            ctx,
            Rule::Fixed {
                installment: amount,
            },
            MAX_INSTALLMENTS,
            true,
        )?;
        return Ok(Built {
            rows,
            regular: amount,
        });
    }
    let minor = ctx.currency.minor_unit();
    match method {
        Method::German => {
            // The first (largest) payment fits: principal part ≤ amount − first interest.
            let n = ceil_count(f.div(amount.sub(first_interest, FIELD)?, FIELD)?)?;
            let principal = ctx.currency.round(f.div(Decimal::from(n), FIELD)?);
            let rows = run(ctx, Rule::EqualPrincipal { principal }, n, false)?;
            let regular = first_regular(&rows, ctx);
            Ok(Built { rows, regular })
        }
        _ => {
            // Flat: f/n + f × periodic rate ≤ amount.
            let exact_interest = f.mul(ctx.rate, FIELD)?;
            let mut n = ceil_count(f.div(amount.sub(exact_interest, FIELD)?, FIELD)?)?;
            loop {
                let rule = flat_rule(ctx, n, annual, input, minor)?;
                if let Rule::Flat { installment, .. } = rule {
                    if installment <= amount {
                        let rows = run(ctx, rule, n, false)?;
                        return Ok(Built {
                            rows,
                            regular: installment,
                        });
                    }
                }
                n = n
                    .checked_add(1)
                    .filter(|n| *n <= MAX_INSTALLMENTS)
                    .ok_or_else(too_many)?;
            }
        }
    }
}

/// Flat (add-on) interest: financed × annual rate × n / periods per year,
/// half-up; the installment is (financed + interest) / n rounded up. Each
/// row carries the interest / n truncated to the minor unit, and the last
/// row the rest, so no row's interest is ever negative.
fn flat_rule(
    ctx: &Ctx,
    n: u32,
    annual: Decimal,
    input: &PlanInput,
    round_to: Decimal,
) -> Result<Rule> {
    let nd = Decimal::from(n);
    let per_year = Decimal::from(input.frequency.per_year());
    let total_interest = ctx.currency.round(
        ctx.financed
            .mul(annual, FIELD)?
            .mul(nd, FIELD)?
            .div(per_year, FIELD)?,
    );
    let installment = round_up_to(
        ctx.financed.add(total_interest, FIELD)?.div(nd, FIELD)?,
        round_to,
        "roundTo",
    )?;
    let share = total_interest
        .div(nd, FIELD)?
        .round_dp_with_strategy(ctx.currency.minor_units, RoundingStrategy::ToZero);
    Ok(Rule::Flat {
        installment,
        share,
        total_interest,
    })
}

/// Runs the rows. With `open_ended`, `limit` is only a ceiling: the plan
/// ends when the balance is paid, and an error says when it never is.
fn run(ctx: &Ctx, rule: Rule, limit: u32, open_ended: bool) -> Result<Vec<Row>> {
    let mut rows = Vec::with_capacity(usize::try_from(limit.min(MAX_INSTALLMENTS)).unwrap_or(0));
    let mut balance = ctx.financed;
    let mut interest_so_far = Decimal::ZERO;
    for k in 1..=limit {
        let periodic = ctx.currency.round(balance.mul(ctx.rate, FIELD)?);
        let (interest, target) = match rule {
            Rule::Fixed { installment } => (periodic, installment.sub(periodic, FIELD)?),
            Rule::EqualPrincipal { principal } => (periodic, principal),
            Rule::Flat {
                installment, share, ..
            } => (share, installment.sub(share, FIELD)?),
        };
        if target <= Decimal::ZERO {
            return Err(too_small(ctx, interest));
        }
        let last = target >= balance || (k == limit && !open_ended);
        if k == limit && open_ended && !last {
            return Err(too_many());
        }
        let (principal, mut interest) = match (last, rule) {
            (true, Rule::Flat { total_interest, .. }) => {
                (balance, total_interest.sub(interest_so_far, FIELD)?)
            }
            (true, _) => (balance, interest),
            (false, _) => (target, interest),
        };
        // The flat total covers the regular periods; odd-days interest is extra.
        interest_so_far = interest_so_far.add(interest, FIELD)?;
        if k == 1 {
            interest = interest.add(ctx.odd_interest, FIELD)?.max(Decimal::ZERO);
        }
        balance = balance.sub(principal, FIELD)?;
        rows.push(Row {
            payment: principal.add(interest, FIELD)?,
            interest,
            principal,
            balance,
        });
        if last {
            break;
        }
    }
    Ok(rows)
}

/// The annuity payment `f × i / (1 − (1 + i)^−n)`, unrounded.
fn annuity(f: Decimal, i: Decimal, n: u32) -> Result<Decimal> {
    let growth = pow(Decimal::ONE.add(i, FIELD)?, n, "installments")?;
    f.mul(i, FIELD)?
        .mul(growth, FIELD)?
        .div(growth.sub(Decimal::ONE, FIELD)?, FIELD)
}

fn ceil_count(x: Decimal) -> Result<u32> {
    x.round_dp_with_strategy(0, RoundingStrategy::ToPositiveInfinity)
        .to_u32()
        .filter(|n| (1..=MAX_INSTALLMENTS).contains(n))
        .ok_or_else(too_many)
}

/// The first row's payment without the odd-days interest.
fn first_regular(rows: &[Row], ctx: &Ctx) -> Decimal {
    rows.first().map_or(Decimal::ZERO, |r| {
        let without_odd = r
            .interest
            .checked_sub(ctx.odd_interest)
            .unwrap_or(r.interest)
            .max(Decimal::ZERO);
        r.principal.checked_add(without_odd).unwrap_or(r.payment)
    })
}

fn too_small(ctx: &Ctx, interest: Decimal) -> Error {
    let c = ctx.currency;
    Error::localized(
        Code::InstallmentTooSmall,
        "installmentAmount",
        format!(
            "solo los intereses de un periodo ya son {} {}",
            c.to_api_string(interest),
            c.code
        ),
        format!(
            "one period's interest alone is {} {}",
            c.to_api_string(interest),
            c.code
        ),
    )
}

fn too_many() -> Error {
    Error::localized(
        Code::OutOfRange,
        "installmentAmount",
        format!("harían falta más de {MAX_INSTALLMENTS} cuotas"),
        format!("it would take more than {MAX_INSTALLMENTS} installments"),
    )
}
