//! Civil dates (no time zone), month arithmetic without drift, business
//! days and day counts.
//!
//! The calendar is chrono's [`NaiveDate`]; this module adds what chrono
//! leaves to its users: a strict `YYYY-MM-DD` reader (chrono's format
//! parser would add ~10 KB of wasm and accepts forms the API must refuse),
//! the 1900–2200 range of every input, errors with field paths, and month
//! series that keep their anchor day.

use crate::error::{Code, Error, Result};
use chrono::{Datelike, Days, NaiveDate};
use std::fmt;

/// Earliest year accepted in any input.
pub const MIN_YEAR: i32 = 1900;
/// Latest year accepted in any input.
pub const MAX_YEAR: i32 = 2200;

/// `NaiveDate::num_days_from_ce` of 1970-01-01.
const UNIX_EPOCH_FROM_CE: i64 = 719_163;

/// A civil date in the proleptic Gregorian calendar, within years
/// [`MIN_YEAR`]–[`MAX_YEAR`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(NaiveDate);

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
        let Some(date) = NaiveDate::from_ymd_opt(year, month, day) else {
            return Err(Error::new(Code::InvalidDate, field, text()));
        };
        Date::within_range(date).ok_or_else(|| {
            Error::localized(
                Code::OutOfRange,
                field,
                format!("{} (se admiten los años {MIN_YEAR}–{MAX_YEAR})", text()),
                format!("{} (years {MIN_YEAR}–{MAX_YEAR} are accepted)", text()),
            )
        })
    }

    /// `date` when its year is within 1900–2200.
    fn within_range(date: NaiveDate) -> Option<Date> {
        (MIN_YEAR..=MAX_YEAR)
            .contains(&date.year())
            .then_some(Date(date))
    }

    /// `date` within range, else `out_of_range` about `field`.
    fn checked(date: Option<NaiveDate>, field: &str) -> Result<Date> {
        date.and_then(Date::within_range)
            .ok_or_else(|| beyond(field))
    }

    /// Parses `YYYY-MM-DD`.
    ///
    /// # Errors
    /// `invalid_date` for any other form or a day that does not exist;
    /// `out_of_range` for a year outside 1900–2200.
    pub fn parse(text: &str, field: &str) -> Result<Date> {
        let bad = || Error::new(Code::InvalidDate, field, crate::error::quote(text));
        let b = text.as_bytes();
        if b.len() != 10 {
            return Err(bad());
        }
        // Ten bytes: four digits, '-', two digits, '-', two digits.
        let mut parts = [0u32; 3];
        let mut part = 0;
        for (i, &c) in b.iter().enumerate() {
            match (i, c) {
                (4 | 7, b'-') => part += 1,
                (4 | 7, _) => return Err(bad()),
                (_, b'0'..=b'9') => {
                    let slot = parts.get_mut(part).ok_or_else(bad)?;
                    *slot = *slot * 10 + u32::from(c - b'0');
                }
                _ => return Err(bad()),
            }
        }
        let [y, m, d] = parts;
        let year = i32::try_from(y).map_err(|_| bad())?;
        Date::new(year, m, d, field)
    }

    /// The year.
    pub fn year(&self) -> i32 {
        self.0.year()
    }
    /// The month, 1–12.
    pub fn month(&self) -> u32 {
        self.0.month()
    }
    /// The day of the month, 1–31.
    pub fn day(&self) -> u32 {
        self.0.day()
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(&self) -> i64 {
        i64::from(self.0.num_days_from_ce()) - UNIX_EPOCH_FROM_CE
    }

    /// The date `days` after 1970-01-01.
    ///
    /// # Errors
    /// `out_of_range` about `field` outside years 1900–2200.
    pub fn from_days(days: i64, field: &str) -> Result<Date> {
        let from_ce = days
            .checked_add(UNIX_EPOCH_FROM_CE)
            .and_then(|d| i32::try_from(d).ok());
        Date::checked(
            from_ce.and_then(NaiveDate::from_num_days_from_ce_opt),
            field,
        )
    }

    /// The date `n` days later (earlier when negative).
    ///
    /// # Errors
    /// `out_of_range` when the result leaves years 1900–2200.
    pub fn add_days(&self, n: i64, field: &str) -> Result<Date> {
        let days = Days::new(n.unsigned_abs());
        let date = if n >= 0 {
            self.0.checked_add_days(days)
        } else {
            self.0.checked_sub_days(days)
        };
        Date::checked(date, field)
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(&self, later: Date) -> i64 {
        later.0.signed_duration_since(self.0).num_days()
    }

    /// The same day `n` months later, clamped to the month's end; the
    /// `anchor_day` is kept so a series never drifts: Jan 31 → Feb 28 →
    /// Mar 31.
    ///
    /// # Errors
    /// `out_of_range` when the result leaves years 1900–2200.
    pub fn add_months(&self, n: i64, anchor_day: u32, field: &str) -> Result<Date> {
        // Month arithmetic on (year, month), then the anchor day clamped to
        // that month's length: one chrono date built per call (a 360-row
        // plan makes 360 of them).
        let index = i64::from(self.year()) * 12 + i64::from(self.month()) - 1;
        let target = index.checked_add(n).ok_or_else(|| beyond(field))?;
        let year = i32::try_from(target.div_euclid(12)).map_err(|_| beyond(field))?;
        let month = u32::try_from(target.rem_euclid(12) + 1).map_err(|_| beyond(field))?;
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(beyond(field));
        }
        let day = anchor_day.clamp(1, days_in_month(year, month));
        Date::checked(NaiveDate::from_ymd_opt(year, month, day), field)
    }

    /// Days in this date's month.
    fn days_in_month(&self) -> u32 {
        days_in_month(self.year(), self.month())
    }

    /// The last day of this date's month.
    pub fn month_end(&self) -> Date {
        let end = self.0.with_day(self.days_in_month());
        Date(end.unwrap_or(self.0))
    }

    /// True on the last day of its month.
    pub fn is_month_end(&self) -> bool {
        self.day() == self.days_in_month()
    }

    /// The day of the week.
    pub fn weekday(&self) -> Weekday {
        match self.0.weekday() {
            chrono::Weekday::Mon => Weekday::Mon,
            chrono::Weekday::Tue => Weekday::Tue,
            chrono::Weekday::Wed => Weekday::Wed,
            chrono::Weekday::Thu => Weekday::Thu,
            chrono::Weekday::Fri => Weekday::Fri,
            chrono::Weekday::Sat => Weekday::Sat,
            chrono::Weekday::Sun => Weekday::Sun,
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.year(),
            self.month(),
            self.day()
        )
    }
}

/// True for Gregorian leap years.
pub fn is_leap_year(year: i32) -> bool {
    NaiveDate::from_ymd_opt(year, 2, 29).is_some()
}

/// Days in a month of a year (0 for a month outside 1–12).
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
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

/// Weekends (Saturday, Sunday), the public holidays of some countries and
/// a caller's own holiday list.
#[derive(Clone, Debug, Default)]
pub struct Calendar {
    holidays: Vec<Date>,
    countries: Vec<crate::holidays::Country>,
    /// The countries' holidays of the years looked at so far.
    years: std::cell::RefCell<Vec<(i32, Vec<Date>)>>,
}

impl Calendar {
    /// A calendar with these holidays besides weekends.
    pub fn new(mut holidays: Vec<Date>) -> Calendar {
        holidays.sort_unstable();
        holidays.dedup();
        Calendar {
            holidays,
            countries: Vec::new(),
            years: std::cell::RefCell::new(Vec::new()),
        }
    }

    /// A calendar with the public holidays of `holidays.countries` and
    /// the days of `holidays.dates`.
    pub fn with(holidays: &crate::holidays::Holidays) -> Calendar {
        let mut c = Calendar::new(holidays.dates.clone());
        c.countries = holidays.countries.clone();
        c
    }

    /// True on Monday–Friday that is not a holiday.
    ///
    /// # Errors
    /// `out_of_range` about `field` for a year before a country's
    /// holiday rule.
    pub fn is_business_day(&self, d: Date, field: &str) -> Result<bool> {
        if matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
            || self.holidays.binary_search(&d).is_ok()
        {
            return Ok(false);
        }
        if self.countries.is_empty() {
            return Ok(true);
        }
        let mut years = self.years.borrow_mut();
        let index = match years.iter().position(|(y, _)| *y == d.year()) {
            Some(i) => i,
            None => {
                let mut days = Vec::new();
                for c in &self.countries {
                    let list = crate::holidays::public_holidays(*c, d.year(), field)
                        .map_err(|e| e.at(field.to_string()))?;
                    days.extend(list.iter().map(|h| h.date));
                }
                days.sort_unstable();
                years.push((d.year(), days));
                years.len() - 1
            }
        };
        Ok(years
            .get(index)
            .is_none_or(|(_, days)| days.binary_search(&d).is_err()))
    }

    /// Moves `d` by `rule`.
    ///
    /// # Errors
    /// `out_of_range` when the move leaves years 1900–2200, or reaches a
    /// year before a country's holiday rule.
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
        // plus the weekends around it; a country adds at most a few days
        // in a row (Easter, Christmas).
        let limit = self.holidays.len() + 8 + 8 * self.countries.len();
        for _ in 0..=limit {
            if self.is_business_day(d, field)? {
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
                    let year = if start.month() == 12 && start.day() == 31 {
                        start.year() + 1
                    } else {
                        start.year()
                    };
                    // 31 December of a year chrono holds (dates stay within 1900–2200).
                    let end = NaiveDate::from_ymd_opt(year, 12, 31).map_or(to, |e| Date(e).min(to));
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
