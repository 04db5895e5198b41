//! The late-interest engine: walks the days from the day after the due
//! date to `asOf` in segments of equal rate and base, applies payments in
//! legal order, and capitalises yearly where the regime says so.

use super::effective::{period_rate, DAILY_DP};
use super::regimes::{Compensation, RateRule};
use super::table::{data_date, RateTable};
use super::{
    AppliedPayment, CompensationChoice, InterestInput, LateInterest, Payment, RegimeInfo, Segment,
};
use crate::date::{is_leap_year, Date, DayCount};
use crate::error::{Code, Error, Result};
use crate::money::{Checked, Currency};
use crate::plan::Note;
use crate::serial::amount;
use crate::texts;
use rust_decimal::Decimal;

const FIELD: &str = "principal";

/// What is owed at a point of the walk. Capitalised interest (Dutch
/// yearly compounding) is kept apart so payments can say what they paid.
#[derive(Default)]
struct Owed {
    principal: Decimal,
    capitalised: Decimal,
    interest: Decimal,
    compensation: Decimal,
}

/// The parts one payment paid.
struct Parts {
    compensation: Decimal,
    interest: Decimal,
    principal: Decimal,
}

impl Owed {
    /// What interest runs on.
    fn base(&self) -> Result<Decimal> {
        if self.capitalised.is_zero() {
            return Ok(self.principal);
        }
        self.principal.add(self.capitalised, FIELD)
    }

    fn total(&self) -> Result<Decimal> {
        self.base()?
            .add(self.interest, FIELD)?
            .add(self.compensation, FIELD)
    }

    /// Compensation first, then interest (capitalised interest included),
    /// then principal: Código Civil art. 1173, BGB §367, BW 6:44. `index`
    /// names the payment in an error (`payments[index].amount`), which
    /// shows both figures with the currency's decimals, as outputs do
    /// (whatever scale the arithmetic left them in).
    fn pay(&mut self, amount: Decimal, index: usize, cur: &Currency) -> Result<Parts> {
        let owed = self.total()?;
        if amount > owed {
            return Err(Error::new(
                Code::Overpayment,
                format!("payments[{index}].amount"),
                format!(
                    "{} > {}",
                    crate::serial::amount(amount, cur),
                    crate::serial::amount(owed, cur)
                ),
            ));
        }
        let mut left = amount;
        let mut take = |slot: &mut Decimal| -> Result<Decimal> {
            let part = left.min(*slot);
            *slot = slot.sub(part, FIELD)?;
            left = left.sub(part, FIELD)?;
            Ok(part)
        };
        let compensation = take(&mut self.compensation)?;
        let interest = take(&mut self.interest)?.add(take(&mut self.capitalised)?, FIELD)?;
        let principal = take(&mut self.principal)?;
        Ok(Parts {
            compensation,
            interest,
            principal,
        })
    }

    /// Adds the interest accrued so far to what interest runs on.
    fn capitalise(&mut self) -> Result<()> {
        self.capitalised = self.capitalised.add(self.interest, FIELD)?;
        self.interest = Decimal::ZERO;
        Ok(())
    }
}

/// Computes the late interest of one invoice.
///
/// # Errors
/// `rate_unknown` for a day no table covers, `payment_after_as_of`,
/// `overpayment` (a payment above everything owed on its day), `overflow`.
///
/// # Panics
/// Never.
///
/// # Example
/// ```
/// use cobro::interest::{late_interest, InterestInput};
/// let input = cobro::json::parse(r#"{
///     "currency": "EUR", "principal": "1000", "dueDate": "2025-01-31",
///     "asOf": "2025-03-02", "regime": "fixed", "annualRatePercent": "10"
/// }"#).ok_or("invalid JSON")?;
/// let out = late_interest(&InterestInput::from_json(&input)?)?;
/// // 30 days at 10 %: 1000 × 0.10 × 30 / 365 = 8.219… → 8.22.
/// assert_eq!((out.days_late, out.interest.to_string()), (30, "8.22".to_string()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn late_interest(input: &InterestInput) -> Result<LateInterest> {
    compute(input, true)
}

/// [`late_interest`]'s figures only, for `lateInterestBatch`'s summary:
/// no segments, applied payments, notes or unrounded total (empty or
/// zero), every figure and every failure the same, computed by the same
/// code (`tests/native` compares both on generated invoices).
pub(crate) fn late_interest_figures(input: &InterestInput) -> Result<LateInterest> {
    compute(input, false)
}

/// Notes, rendered only when the result carries them.
struct Notes {
    full: bool,
    list: Vec<Note>,
}

impl Notes {
    fn add(&mut self, make: impl FnOnce() -> Note) {
        if self.full {
            self.list.push(make());
        }
    }
}

fn compute(input: &InterestInput, full: bool) -> Result<LateInterest> {
    let cur = input.currency;
    let table = RateTable::new(input);
    let start = input.due_date.add_days(1, "dueDate")?;
    let payments = sorted_payments(input)?;
    let mut owed = Owed {
        principal: input.principal,
        ..Owed::default()
    };
    let mut applied = Vec::with_capacity(payments.len());
    let mut apply = |owed: &mut Owed, (i, p): &(usize, Payment)| -> Result<()> {
        let parts = owed.pay(p.amount, *i, &cur)?;
        if !full {
            return Ok(());
        }
        applied.push(AppliedPayment {
            date: p.date,
            amount: amount(p.amount, &cur),
            to_compensation: amount(parts.compensation, &cur),
            to_interest: amount(parts.interest, &cur),
            to_principal: amount(parts.principal, &cur),
        });
        Ok(())
    };
    // Paid on or before the due date: nothing was late yet.
    let mut pending = payments.iter().peekable();
    while let Some(p) = pending.next_if(|(_, p)| p.date < start) {
        apply(&mut owed, p)?;
    }
    let days_late = input.due_date.days_until(input.as_of).max(0);
    let mut notes = Notes {
        full,
        list: Vec::new(),
    };
    owed.compensation = if days_late > 0 {
        compensation(input, &mut notes)
    } else {
        Decimal::ZERO
    };
    let compensation_total = owed.compensation;

    let fixed_rate = match input.regime.rule {
        RateRule::FixedAtStart if days_late > 0 => Some(table.require(start)?),
        _ => None,
    };
    let mut segments = Vec::new();
    let mut segment_starts = Vec::new();
    let mut total = Decimal::ZERO;
    // Σ base × rate × days per year basis (360, 365, 366): exact sums, so
    // splitting a stretch of days never changes the unrounded total.
    let mut numerators = [
        (360, Decimal::ZERO),
        (365, Decimal::ZERO),
        (366, Decimal::ZERO),
    ];
    // Colombia: Σ base × daily rate × days, unrounded, and the months whose
    // ceiling was below the agreed rate.
    let mut effective_unrounded = Decimal::ZERO;
    let mut capped: Vec<(Date, Decimal)> = Vec::new();
    for (from, to) in segment_bounds(input, &table, start, &payments, fixed_rate.is_some())? {
        let rate = match fixed_rate {
            Some(r) => r,
            None => table.require(from)?,
        };
        let (rate, ceiling_applies) = agreed_or_ceiling(input, rate);
        if ceiling_applies && full {
            capped.push((from, rate));
        }
        let base = owed.base()?;
        let days = from.days_until(to) + 1;
        segment_starts.push(from);
        if base > Decimal::ZERO && !rate.is_zero() {
            let (interest, monthly) = if input.regime.rule == RateRule::EffectiveAnnualCeiling {
                let daily = period_rate(rate, 365, DAILY_DP, FIELD)?;
                let exact = base.mul(daily, FIELD)?.mul(Decimal::from(days), FIELD)?;
                effective_unrounded = effective_unrounded.add(exact, FIELD)?;
                let monthly = period_rate(rate, 12, 6, FIELD)?.mul(Decimal::ONE_HUNDRED, FIELD)?;
                (cur.round(exact), Some(monthly.round_dp(4)))
            } else {
                let year = basis(input.day_count, from);
                let numerator = base.mul(rate, FIELD)?.mul(Decimal::from(days), FIELD)?;
                if full {
                    if let Some(slot) = numerators.iter_mut().find(|(b, _)| *b == year) {
                        slot.1 = slot.1.add(numerator, FIELD)?;
                    }
                }
                (divide_and_round(numerator, 100 * year, &cur)?, None)
            };
            total = total.add(interest, FIELD)?;
            owed.interest = owed.interest.add(interest, FIELD)?;
            if full {
                segments.push(Segment {
                    from,
                    to,
                    days,
                    rate_percent: rate,
                    monthly_rate_percent: monthly,
                    base: amount(base, &cur),
                    interest: amount(interest, &cur),
                });
            }
        }
        while let Some(p) = pending.next_if(|(_, p)| p.date == to) {
            apply(&mut owed, p)?;
        }
        if input.regime.rule == RateRule::TableCompoundedYearly && is_anniversary(start, to)? {
            owed.capitalise()?;
        }
    }
    if input.regime.rule == RateRule::EffectiveAnnualCeiling && days_late > 0 {
        notes.add(|| {
            note(
                input,
                "effective_annual_rate",
                &texts::EFFECTIVE_ANNUAL,
                &[],
            )
        });
    }
    if let Some(agreed) = input.annual_rate_percent.filter(|_| !capped.is_empty()) {
        if input.regime.rule == RateRule::EffectiveAnnualCeiling {
            notes.add(|| {
                let months: Vec<String> = capped
                    .iter()
                    .map(|(d, r)| {
                        format!(
                            "{} ({})",
                            input.locale.format_month(*d),
                            input.locale.format_rate(*r)
                        )
                    })
                    .collect();
                note(
                    input,
                    "agreed_rate_capped",
                    &texts::AGREED_RATE_CAPPED,
                    &[
                        ("agreed", &input.locale.format_rate(agreed)),
                        ("months", &months.join(", ")),
                    ],
                )
            });
        }
    }
    if input.regime.rule == RateRule::TableCompoundedYearly && days_late > 365 {
        notes.add(|| note(input, "yearly_capitalisation", &texts::CAPITALISED, &[]));
    }
    if let Some(rate) = fixed_rate {
        notes.add(|| {
            let rate_text = input.locale.format_percent(rate);
            note(
                input,
                "rate_fixed_at_start",
                &texts::RATE_FIXED,
                &[("rate", &rate_text)],
            )
        });
    }
    let daily = daily_interest(input, &table, fixed_rate, &owed, start)?;
    // A figure past the shipped table's end rests on an assumed rate: the
    // first such day is the first of a segment (they split there), or the
    // start (a rate fixed then), or tomorrow (what one more day adds).
    let tomorrow = input.as_of.add_days(1, "asOf")?.max(start);
    let first_assumed = match input.regime.rule {
        RateRule::FixedAtStart => (days_late > 0 || daily.is_some()).then_some(start),
        _ => segment_starts
            .iter()
            .copied()
            .find(|d| table.assumed(*d).is_some())
            .or_else(|| daily.is_some().then_some(tomorrow)),
    }
    .and_then(|d| table.assumed(d).map(|until| (d, until)));
    if let Some((from, until)) = first_assumed {
        let rate = fixed_rate
            .or_else(|| table.rate_on(from))
            .unwrap_or_default();
        notes.add(|| {
            let regime = input.lang.pick(input.regime.name_es, input.regime.name_en);
            note(
                input,
                "provisional_rate",
                &texts::PROVISIONAL_RATE,
                &[
                    ("regime", regime),
                    ("until", &input.locale.format_date(until)),
                    ("from", &input.locale.format_date(from)),
                    ("rate", &input.locale.format_rate(rate)),
                ],
            )
        });
    }
    let unrounded = if full {
        numerators
            .iter()
            .try_fold(Decimal::ZERO, |acc, (b, n)| {
                acc.add(n.div(Decimal::from(100 * b), FIELD)?, FIELD)
            })?
            .add(effective_unrounded, FIELD)?
    } else {
        Decimal::ZERO
    };
    let paid = payments
        .iter()
        .try_fold(Decimal::ZERO, |acc, (_, p)| acc.add(p.amount, FIELD))?;
    let regime = input.regime;
    Ok(LateInterest {
        currency: cur.code,
        days_late,
        segments,
        interest: amount(total, &cur),
        compensation: amount(compensation_total, &cur),
        paid: amount(paid, &cur),
        payments: applied,
        outstanding_principal: amount(owed.principal, &cur),
        outstanding_interest: amount(owed.interest.add(owed.capitalised, FIELD)?, &cur),
        outstanding_compensation: amount(owed.compensation, &cur),
        total_due: amount(owed.total()?, &cur),
        daily_interest: daily.map(|d| amount(d, &cur)),
        provisional: first_assumed.is_some(),
        regime: RegimeInfo {
            id: regime.id,
            name: input.lang.pick(regime.name_es, regime.name_en),
            source: input.lang.pick(regime.source_es, regime.source_en),
            covered_until: match regime.rule {
                RateRule::CallerRate | RateRule::CallerTable => None,
                _ => regime.covered_until.and_then(data_date),
            },
        },
        notes: notes.list,
        interest_unrounded: unrounded,
    })
}

/// The payments with their input index, by date; none after `asOf`.
fn sorted_payments(input: &InterestInput) -> Result<Vec<(usize, Payment)>> {
    let mut payments: Vec<(usize, Payment)> = input.payments.iter().copied().enumerate().collect();
    if let Some((i, p)) = payments.iter().find(|(_, p)| p.date > input.as_of) {
        return Err(Error::new(
            Code::PaymentAfterAsOf,
            format!("payments[{i}].date"),
            format!("{} > {}", p.date, input.as_of),
        ));
    }
    payments.sort_unstable_by_key(|(i, p)| (p.date, *i));
    Ok(payments)
}

/// The `[from, to]` day ranges (both included) that share one rate and
/// one base: split at rate changes, after each payment day, at each
/// 1 January for act/act, and at each anniversary when compounding.
fn segment_bounds(
    input: &InterestInput,
    table: &RateTable,
    start: Date,
    payments: &[(usize, Payment)],
    fixed_rate: bool,
) -> Result<Vec<(Date, Date)>> {
    let end = input.as_of;
    if end < start {
        return Ok(Vec::new());
    }
    let mut cuts: Vec<Date> = Vec::new();
    if !fixed_rate {
        cuts.extend(table.changes(start, end));
    }
    for (_, p) in payments {
        let next = p.date.add_days(1, "payments")?;
        if next > start && next <= end {
            cuts.push(next);
        }
    }
    if input.day_count == DayCount::ActAct {
        for year in start.year() + 1..=end.year() {
            cuts.push(Date::new(year, 1, 1, "asOf")?);
        }
    }
    if input.regime.rule == RateRule::TableCompoundedYearly {
        let mut k = 1;
        loop {
            let anniversary = start.add_months(12 * k, start.day(), "asOf")?;
            if anniversary > end {
                break;
            }
            cuts.push(anniversary);
            k += 1;
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut bounds = Vec::with_capacity(cuts.len() + 1);
    let mut from = start;
    for cut in cuts {
        bounds.push((from, cut.add_days(-1, "asOf")?));
        from = cut;
    }
    bounds.push((from, end));
    Ok(bounds)
}

/// True when the day after `to` is an anniversary of `start`.
fn is_anniversary(start: Date, to: Date) -> Result<bool> {
    let next = to.add_days(1, "asOf")?;
    let years = i64::from(next.year() - start.year());
    Ok(years > 0 && start.add_months(12 * years, start.day(), "asOf")? == next)
}

/// The year basis of a day under a convention.
fn basis(day_count: DayCount, day: Date) -> i64 {
    match day_count {
        DayCount::Act365 => 365,
        DayCount::Act360 => 360,
        DayCount::ActAct if is_leap_year(day.year()) => 366,
        DayCount::ActAct => 365,
    }
}

/// The compensation for recovery costs, by the caller's choice or the
/// regime's rule.
fn compensation(input: &InterestInput, notes: &mut Notes) -> Decimal {
    let cur = input.currency;
    let eu = |notes: &mut Notes| {
        if cur.code == "EUR" {
            Decimal::from(40)
        } else {
            notes.add(|| {
                note(
                    input,
                    "compensation_in_eur",
                    &texts::COMPENSATION_EUR,
                    &[("currency", cur.code)],
                )
            });
            Decimal::ZERO
        }
    };
    match input.compensation {
        CompensationChoice::None => Decimal::ZERO,
        CompensationChoice::Amount(v) => v,
        CompensationChoice::Eu => eu(notes),
        CompensationChoice::Uk => uk_fixed_sum(input.principal),
        CompensationChoice::Auto => match input.regime.compensation {
            Compensation::None => Decimal::ZERO,
            Compensation::Eu40 { from } => {
                if data_date(from).is_some_and(|d| input.due_date >= d) {
                    eu(notes)
                } else {
                    Decimal::ZERO
                }
            }
            Compensation::UkFixedSum if cur.code == "GBP" => uk_fixed_sum(input.principal),
            Compensation::UkFixedSum => {
                notes.add(|| {
                    note(
                        input,
                        "compensation_in_gbp",
                        &texts::COMPENSATION_GBP,
                        &[("currency", cur.code)],
                    )
                });
                Decimal::ZERO
            }
        },
    }
}

/// Late Payment of Commercial Debts (Interest) Act 1998 s. 5A: £40 for a
/// debt under £1,000, £70 under £10,000, £100 from £10,000.
fn uk_fixed_sum(debt: Decimal) -> Decimal {
    if debt < Decimal::from(1_000) {
        Decimal::from(40)
    } else if debt < Decimal::from(10_000) {
        Decimal::from(70)
    } else {
        Decimal::from(100)
    }
}

/// What the next day adds: base × rate / basis, half-up. `None` when the
/// next day's rate is not known.
fn daily_interest(
    input: &InterestInput,
    table: &RateTable,
    fixed_rate: Option<Decimal>,
    owed: &Owed,
    start: Date,
) -> Result<Option<Decimal>> {
    let next = input.as_of.add_days(1, "asOf")?.max(start);
    let rate = match fixed_rate {
        Some(r) => Some(r),
        None if input.regime.rule == RateRule::FixedAtStart => table.rate_on(start),
        None => table.rate_on(next),
    };
    let Some(rate) = rate else {
        return Ok(None);
    };
    if input.regime.rule == RateRule::EffectiveAnnualCeiling {
        let (rate, _) = agreed_or_ceiling(input, rate);
        let daily = period_rate(rate, 365, DAILY_DP, FIELD)?;
        let one_day = input.currency.round(owed.base()?.mul(daily, FIELD)?);
        return Ok(Some(one_day.max(Decimal::ZERO)));
    }
    let numerator = owed.base()?.mul(rate, FIELD)?;
    let daily = divide_and_round(
        numerator,
        100 * basis(input.day_count, next),
        &input.currency,
    )?;
    Ok(Some(daily.max(Decimal::ZERO)))
}

/// Under an effective-annual ceiling (Colombia), the agreed rate where it
/// is lower than the month's ceiling, else the ceiling, and whether the
/// ceiling cut an agreed rate; any other regime keeps `rate`.
fn agreed_or_ceiling(input: &InterestInput, rate: Decimal) -> (Decimal, bool) {
    match input.annual_rate_percent {
        Some(agreed) if input.regime.rule == RateRule::EffectiveAnnualCeiling => {
            if agreed > rate {
                (rate, true)
            } else {
                (agreed, false)
            }
        }
        _ => (rate, false),
    }
}

/// `numerator / divisor` half-up to the currency's minor unit: in integers
/// where that is provably the same ([`crate::money::div_round_half_up`]),
/// else through rust_decimal's quotient.
fn divide_and_round(numerator: Decimal, divisor: i64, cur: &Currency) -> Result<Decimal> {
    let fast = u64::try_from(divisor)
        .ok()
        .filter(|_| !numerator.is_sign_negative())
        .and_then(|d| crate::money::div_round_half_up(numerator, d, cur.minor_units));
    match fast {
        Some(v) => Ok(v),
        None => Ok(cur.round(numerator.div(Decimal::from(divisor), FIELD)?)),
    }
}

fn note(
    input: &InterestInput,
    code: &'static str,
    text: &texts::Text,
    slots: &[(&str, &str)],
) -> Note {
    Note {
        code,
        message: text.render(input.lang, slots),
    }
}
