//! The due dates of a plan: the regular series, the irregular first
//! period, and business-day adjustment.

use super::{Frequency, PlanInput};
use crate::date::{Calendar, Date};
use crate::error::{Code, Error, Result};
use crate::money::Checked;
use rust_decimal::Decimal;

/// The nominal (unadjusted) due-date series of a plan.
pub(super) struct Series {
    first: Date,
    /// One regular period after the start: the first due date when the
    /// caller gives none.
    regular_first: Date,
    /// Monthly series keep this day of the month, clamped to month ends.
    anchor_day: u32,
    frequency: Frequency,
}

/// The odd days of an irregular first period and their interest.
pub(super) struct OddDays {
    pub regular_due_date: Date,
    pub days: i64,
    pub interest: Decimal,
}

/// The due dates after the business-day rule.
pub(super) struct Adjusted {
    pub dates: Vec<Date>,
    pub nominal_first: Date,
    /// How many dates the rule moved.
    pub moved: usize,
}

impl Series {
    pub(super) fn new(input: &PlanInput) -> Result<Series> {
        let start = input.start_date;
        let regular_first = regular_first(start, input.frequency)?;
        let first = input.first_due_date.unwrap_or(regular_first);
        if first <= start {
            return Err(Error::new(
                Code::DateOrder,
                "firstDueDate",
                start.to_string(),
            ));
        }
        let anchor_day = match input.first_due_date {
            Some(d) => d.day(),
            None => start.day(),
        };
        Ok(Series {
            first,
            regular_first,
            anchor_day,
            frequency: input.frequency,
        })
    }

    /// The first `n` nominal due dates.
    fn nominal(&self, n: u32) -> Result<Vec<Date>> {
        let field = "installments";
        let mut out = Vec::with_capacity(usize::try_from(n).unwrap_or(0));
        let mut d = self.first;
        for k in 0..i64::from(n) {
            if k > 0 {
                d = match self.frequency {
                    Frequency::Weekly => self.first.add_days(7 * k, field)?,
                    Frequency::Biweekly => self.first.add_days(14 * k, field)?,
                    Frequency::Semimonthly => next_semimonthly(d, field)?,
                    Frequency::Monthly => self.first.add_months(k, self.anchor_day, field)?,
                    Frequency::Bimonthly => self.first.add_months(2 * k, self.anchor_day, field)?,
                    Frequency::Quarterly => self.first.add_months(3 * k, self.anchor_day, field)?,
                };
            }
            out.push(d);
        }
        Ok(out)
    }

    /// The first `n` due dates after the business-day rule.
    ///
    /// # Errors
    /// `date_order` about `holidays` when the rule makes two due dates
    /// fall on the same day or out of order.
    pub(super) fn adjusted(&self, n: u32, input: &PlanInput) -> Result<Adjusted> {
        let nominal = self.nominal(n)?;
        let calendar = Calendar::with(&input.holidays);
        let mut dates = Vec::with_capacity(nominal.len());
        let mut moved = 0;
        for d in &nominal {
            let a = calendar.adjust(*d, input.business_days, "installments")?;
            if a != *d {
                moved += 1;
            }
            if let Some(prev) = dates.last() {
                if a <= *prev {
                    return Err(Error::new(Code::DateOrder, "holidays", prev.to_string()));
                }
            }
            if a <= input.start_date {
                return Err(Error::new(
                    Code::DateOrder,
                    "firstDueDate",
                    input.start_date.to_string(),
                ));
            }
            dates.push(a);
        }
        Ok(Adjusted {
            dates,
            nominal_first: self.first,
            moved,
        })
    }
}

/// One regular period after `start`. For twice-a-month plans: the first
/// 15th or month end at least 13 days after the start, so an agreement on
/// the 15th falls due at the month end and one on the 1st on the 15th.
fn regular_first(start: Date, frequency: Frequency) -> Result<Date> {
    let field = "startDate";
    match frequency {
        Frequency::Weekly => start.add_days(7, field),
        Frequency::Biweekly => start.add_days(14, field),
        Frequency::Monthly => start.add_months(1, start.day(), field),
        Frequency::Bimonthly => start.add_months(2, start.day(), field),
        Frequency::Quarterly => start.add_months(3, start.day(), field),
        Frequency::Semimonthly => {
            let earliest = start.add_days(13, field)?;
            if earliest.day() <= 15 {
                Date::new(earliest.year(), earliest.month(), 15, field)
            } else {
                Ok(earliest.month_end())
            }
        }
    }
}

/// The next 15th or month end after `d`.
fn next_semimonthly(d: Date, field: &str) -> Result<Date> {
    if d.day() < 15 {
        Date::new(d.year(), d.month(), 15, field)
    } else if !d.is_month_end() {
        Ok(d.month_end())
    } else {
        d.add_months(1, 15, field)
    }
}

/// The interest of the odd days between the regular first due date and
/// the caller's: financed × annual rate × odd days / 365, simple,
/// half-up to the minor unit (SPEC §2). `None` for a regular first period.
pub(super) fn odd_days_interest(
    input: &PlanInput,
    series: &Series,
    financed: Decimal,
) -> Result<Option<OddDays>> {
    let days = series.regular_first.days_until(series.first);
    if days == 0 {
        return Ok(None);
    }
    let field = "firstDueDate";
    let interest = financed
        .mul(input.annual_rate_percent, field)?
        .mul(Decimal::from(days), field)?
        .div(Decimal::from(36_500), field)?;
    Ok(Some(OddDays {
        regular_due_date: series.regular_first,
        days,
        interest: input.currency.round(interest),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s, "d").unwrap()
    }

    #[test]
    fn semimonthly_first_dates() {
        let cases = [
            ("2025-01-01", "2025-01-15"),
            ("2025-01-15", "2025-01-31"),
            ("2025-01-31", "2025-02-15"),
            ("2025-02-15", "2025-02-28"),
            ("2024-02-15", "2024-02-29"),
            ("2025-01-10", "2025-01-31"),
        ];
        for (start, expected) in cases {
            let got = regular_first(d(start), Frequency::Semimonthly).unwrap();
            assert_eq!(got, d(expected), "{start}");
        }
    }

    #[test]
    fn semimonthly_series_alternates_15th_and_month_end() {
        let mut x = d("2025-01-15");
        let mut got = Vec::new();
        for _ in 0..4 {
            x = next_semimonthly(x, "f").unwrap();
            got.push(x.to_string());
        }
        assert_eq!(
            got,
            ["2025-01-31", "2025-02-15", "2025-02-28", "2025-03-15"]
        );
    }
}
