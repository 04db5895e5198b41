//! Civil dates (no time zone), month arithmetic without drift, business
//! days and day counts.

use crate::error::{Code, Error, Result};
use std::fmt;

/// Earliest year accepted in any input.
pub const MIN_YEAR: i32 = 1900;
/// Latest year accepted in any input.
pub const MAX_YEAR: i32 = 2200;

/// A civil date in the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u32,
    day: u32,
}

/// Day of the week.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weekday {
    /// Monday.
    Mon,
    /// Tuesday.
    Tue,
    /// Wednesday.
    Wed,
    /// Thursday.
    Thu,
    /// Friday.
    Fri,
    /// Saturday.
    Sat,
    /// Sunday.
    Sun,
}

impl Date {
    /// Builds a date from its parts.
    ///
    /// # Errors
    /// `invalid_date` about `field` when the day does not exist (2025-02-30),
    /// `out_of_range` when the year is outside 1900–2200.
    ///
    /// # Example
    /// ```
    /// let d = cobro::Date::new(2024, 2, 29, "startDate")?;
    /// assert_eq!(d.to_string(), "2024-02-29");
    /// assert!(cobro::Date::new(2025, 2, 29, "startDate").is_err());
    /// # Ok::<(), cobro::Error>(())
    /// ```
    pub fn new(year: i32, month: u32, day: u32, field: &str) -> Result<Date> {
        let text = || format!("{year:04}-{month:02}-{day:02}");
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(Error::new(Code::InvalidDate, field, text()));
        }
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(Error::localized(
                Code::OutOfRange,
                field,
                format!("{} (se admiten los años {MIN_YEAR}–{MAX_YEAR})", text()),
                format!("{} (years {MIN_YEAR}–{MAX_YEAR} are accepted)", text()),
            ));
        }
        Ok(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    ///
    /// # Errors
    /// `invalid_date` for any other form or a day that does not exist;
    /// `out_of_range` for a year outside 1900–2200.
    pub fn parse(text: &str, field: &str) -> Result<Date> {
        let bad = || Error::new(Code::InvalidDate, field, crate::error::quote(text));
        let b = text.as_bytes();
        let shape = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape {
            return Err(bad());
        }
        let num = |r: std::ops::Range<usize>| text.get(r).and_then(|s| s.parse::<u32>().ok());
        let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
            return Err(bad());
        };
        let year = i32::try_from(y).map_err(|_| bad())?;
        Date::new(year, m, d, field)
    }

    /// The year.
    pub fn year(&self) -> i32 {
        self.year
    }
    /// The month, 1–12.
    pub fn month(&self) -> u32 {
        self.month
    }
    /// The day of the month, 1–31.
    pub fn day(&self) -> u32 {
        self.day
    }

    /// Days since 1970-01-01 (negative before). Howard Hinnant's
    /// `days_from_civil`.
    pub fn to_days(&self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let mp = if m > 2 { m - 3 } else { m + 9 };
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01 (Hinnant's `civil_from_days`).
    ///
    /// # Errors
    /// `out_of_range` about `field` outside years 1900–2200.
    pub fn from_days(days: i64, field: &str) -> Result<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        let out = || beyond(field);
        let year = i32::try_from(year).map_err(|_| out())?;
        let month = u32::try_from(month).map_err(|_| out())?;
        let day = u32::try_from(day).map_err(|_| out())?;
        Date::new(year, month, day, field)
    }

    /// The date `n` days later (earlier when negative).
    ///
    /// # Errors
    /// `out_of_range` when the result leaves years 1900–2200.
    pub fn add_days(&self, n: i64, field: &str) -> Result<Date> {
        Date::from_days(self.to_days() + n, field)
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(&self, later: Date) -> i64 {
        later.to_days() - self.to_days()
    }

    /// The same day `n` months later, clamped to the month's end; the
    /// `anchor_day` is kept so a series never drifts: Jan 31 → Feb 28 →
    /// Mar 31.
    ///
    /// # Errors
    /// `out_of_range` when the result leaves years 1900–2200.
    pub fn add_months(&self, n: i64, anchor_day: u32, field: &str) -> Result<Date> {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1 + n;
        let out = || beyond(field);
        let year = i32::try_from(index.div_euclid(12)).map_err(|_| out())?;
        let month = u32::try_from(index.rem_euclid(12) + 1).map_err(|_| out())?;
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(out());
        }
        Date::new(
            year,
            month,
            anchor_day.min(days_in_month(year, month)),
            field,
        )
    }

    /// The last day of this date's month.
    pub fn month_end(&self) -> Date {
        Date {
            day: days_in_month(self.year, self.month),
            ..*self
        }
    }

    /// True on the last day of its month.
    pub fn is_month_end(&self) -> bool {
        self.day == days_in_month(self.year, self.month)
    }

    /// The day of the week (1970-01-01 was a Thursday).
    pub fn weekday(&self) -> Weekday {
        const DAYS: [Weekday; 7] = [
            Weekday::Thu,
            Weekday::Fri,
            Weekday::Sat,
            Weekday::Sun,
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
        ];
        let i = usize::try_from(self.to_days().rem_euclid(7)).unwrap_or(0);
        DAYS.get(i).copied().unwrap_or(Weekday::Thu)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// True for Gregorian leap years.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in a month of a year (0 for a month outside 1–12).
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// How a date that falls on a weekend or holiday moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BusinessDayRule {
    /// Keep the date.
    None,
    /// The next business day.
    Following,
    /// The next business day, unless that is in the next month: then the
    /// previous one (ISDA 2006 §4.12).
    ModifiedFollowing,
    /// The previous business day.
    Preceding,
}

/// Weekends (Saturday, Sunday) and a caller's holiday list.
#[derive(Clone, Debug, Default)]
pub struct Calendar {
    holidays: Vec<Date>,
}

impl Calendar {
    /// A calendar with these holidays besides weekends.
    pub fn new(mut holidays: Vec<Date>) -> Calendar {
        holidays.sort_unstable();
        holidays.dedup();
        Calendar { holidays }
    }

    /// True on Monday–Friday that is not a holiday.
    pub fn is_business_day(&self, d: Date) -> bool {
        !matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
            && self.holidays.binary_search(&d).is_err()
    }

    /// Moves `d` by `rule`.
    ///
    /// # Errors
    /// `out_of_range` when the move leaves years 1900–2200.
    pub fn adjust(&self, d: Date, rule: BusinessDayRule, field: &str) -> Result<Date> {
        match rule {
            BusinessDayRule::None => Ok(d),
            BusinessDayRule::Following => self.step(d, 1, field),
            BusinessDayRule::Preceding => self.step(d, -1, field),
            BusinessDayRule::ModifiedFollowing => {
                let next = self.step(d, 1, field)?;
                if next.month() == d.month() {
                    Ok(next)
                } else {
                    self.step(d, -1, field)
                }
            }
        }
    }

    fn step(&self, mut d: Date, dir: i64, field: &str) -> Result<Date> {
        // A run of non-business days is finite: at most the holiday list
        // plus the weekends around it.
        let limit = self.holidays.len() + 8;
        for _ in 0..=limit {
            if self.is_business_day(d) {
                return Ok(d);
            }
            d = d.add_days(dir, field)?;
        }
        Err(Error::new(Code::OutOfRange, field, d.to_string()))
    }
}

/// `out_of_range` for a date computed from `field` (a due date, a
/// reminder) that leaves the supported years.
fn beyond(field: &str) -> Error {
    Error::localized(
        Code::OutOfRange,
        field,
        format!("una fecha calculada a partir de este dato sale de los años admitidos ({MIN_YEAR}–{MAX_YEAR})"),
        format!("a date computed from it falls outside the supported years ({MIN_YEAR}–{MAX_YEAR})"),
    )
}

/// Day-count conventions: how days become a fraction of a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayCount {
    /// Actual days / 365, leap years included.
    Act365,
    /// Actual days / 360.
    Act360,
    /// Actual/actual (ISDA): each day counts over the length of its own
    /// year, 365 or 366.
    ActAct,
}

impl DayCount {
    /// Input spellings.
    pub const OPTIONS: &'static [(&'static str, DayCount)] = &[
        ("act/365", DayCount::Act365),
        ("act/360", DayCount::Act360),
        ("act/act", DayCount::ActAct),
    ];

    /// The days after `from` up to and including `to`, grouped by the year
    /// length they count over: `[(days, 365)]`, `[(days, 360)]`, or for
    /// act/act up to one group per calendar year. Empty when `to <= from`.
    /// Callers multiply by each group's days and divide by its basis once,
    /// so no rounding happens before the final amount.
    ///
    /// # Example
    /// ```
    /// use cobro::date::{Date, DayCount};
    /// let from = Date::parse("2023-12-01", "from")?;
    /// let to = Date::parse("2024-01-31", "to")?;
    /// // 2–31 Dec 2023: 30 days over 365; 1–31 Jan 2024 (leap year): 31 over 366.
    /// assert_eq!(DayCount::ActAct.periods(from, to), [(30, 365), (31, 366)]);
    /// assert_eq!(DayCount::Act360.periods(from, to), [(61, 360)]);
    /// # Ok::<(), cobro::Error>(())
    /// ```
    pub fn periods(self, from: Date, to: Date) -> Vec<(i64, u32)> {
        let days = from.days_until(to);
        if days <= 0 {
            return Vec::new();
        }
        match self {
            DayCount::Act365 => vec![(days, 365)],
            DayCount::Act360 => vec![(days, 360)],
            DayCount::ActAct => {
                let mut out = Vec::new();
                let mut start = from;
                while start < to {
                    // The group holds the days of the year of `start + 1`.
                    let year = if start.month == 12 && start.day == 31 {
                        start.year + 1
                    } else {
                        start.year
                    };
                    let end = Date {
                        year,
                        month: 12,
                        day: 31,
                    }
                    .min(to);
                    let basis = if is_leap_year(year) { 366 } else { 365 };
                    out.push((start.days_until(end), basis));
                    start = end;
                }
                out
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s, "d").unwrap()
    }

    #[test]
    fn parse_rejects_impossible_and_malformed_dates() {
        for bad in [
            "2025-02-30",
            "2025-13-01",
            "2025-00-10",
            "2025-1-01",
            "20250101",
            "2025-02-3x",
            "",
        ] {
            assert_eq!(
                Date::parse(bad, "f").unwrap_err().code(),
                "invalid_date",
                "{bad}"
            );
        }
        assert_eq!(
            Date::parse("1899-12-31", "f").unwrap_err().code(),
            "out_of_range"
        );
        assert_eq!(
            Date::parse("2201-01-01", "f").unwrap_err().code(),
            "out_of_range"
        );
        assert_eq!(d("2024-02-29").to_string(), "2024-02-29");
    }

    #[test]
    fn day_numbers_round_trip() {
        // 1970-01-01 is day 0; 2000-03-01 is day 11017 (date -d 2000-03-01 +%s / 86400).
        assert_eq!(d("1970-01-01").to_days(), 0);
        assert_eq!(d("2000-03-01").to_days(), 11_017);
        for n in [-25_567, -1, 0, 59, 11_016, 20_000, 84_000] {
            assert_eq!(Date::from_days(n, "x").unwrap().to_days(), n);
        }
    }

    #[test]
    fn months_clamp_without_drift() {
        let jan31 = d("2025-01-31");
        let got: Vec<String> = (0..4)
            .map(|n| jan31.add_months(n, 31, "x").unwrap().to_string())
            .collect();
        assert_eq!(
            got,
            ["2025-01-31", "2025-02-28", "2025-03-31", "2025-04-30"]
        );
        assert_eq!(
            d("2024-01-31").add_months(1, 31, "x").unwrap(),
            d("2024-02-29")
        );
        assert_eq!(
            d("2025-11-15").add_months(3, 15, "x").unwrap(),
            d("2026-02-15")
        );
    }

    #[test]
    fn weekdays() {
        // 2026-11-26 is a Thursday; 2025-03-01 a Saturday.
        assert_eq!(d("2026-11-26").weekday(), Weekday::Thu);
        assert_eq!(d("2025-03-01").weekday(), Weekday::Sat);
        assert_eq!(d("2025-03-02").weekday(), Weekday::Sun);
    }

    #[test]
    fn day_counts() {
        // (from, to, convention, expected groups). Days are (from, to].
        let cases = [
            // 2024 is a leap year: 31 Dec 2023 → 31 Dec 2024 is 366 days.
            (
                "2023-12-31",
                "2024-12-31",
                DayCount::Act365,
                vec![(366, 365)],
            ),
            (
                "2023-12-31",
                "2024-12-31",
                DayCount::Act360,
                vec![(366, 360)],
            ),
            (
                "2023-12-31",
                "2024-12-31",
                DayCount::ActAct,
                vec![(366, 366)],
            ),
            // Across a year end: Dec 2024 (leap) then Jan–Feb 2025.
            (
                "2024-12-15",
                "2025-02-01",
                DayCount::ActAct,
                vec![(16, 366), (32, 365)],
            ),
            // Three calendar years.
            (
                "2023-06-30",
                "2025-01-10",
                DayCount::ActAct,
                vec![(184, 365), (366, 366), (10, 365)],
            ),
            ("2025-03-01", "2025-03-01", DayCount::ActAct, vec![]),
            ("2025-03-02", "2025-03-01", DayCount::Act365, vec![]),
        ];
        for (from, to, dc, expected) in cases {
            assert_eq!(dc.periods(d(from), d(to)), expected, "{from} {to} {dc:?}");
        }
    }

    #[test]
    fn business_day_rules() {
        let cal = Calendar::new(vec![d("2025-06-02")]);
        // Saturday 2025-05-31: following → Tue 3 June (Mon 2 June is a
        // holiday); modified following stays in May → Fri 30 May.
        let sat = d("2025-05-31");
        let cases = [
            (BusinessDayRule::None, "2025-05-31"),
            (BusinessDayRule::Following, "2025-06-03"),
            (BusinessDayRule::ModifiedFollowing, "2025-05-30"),
            (BusinessDayRule::Preceding, "2025-05-30"),
        ];
        for (rule, expected) in cases {
            assert_eq!(cal.adjust(sat, rule, "x").unwrap(), d(expected), "{rule:?}");
        }
        // Sunday 2025-03-02 → modified following Monday 3 March.
        let got = cal.adjust(d("2025-03-02"), BusinessDayRule::ModifiedFollowing, "x");
        assert_eq!(got.unwrap(), d("2025-03-03"));
    }
}
