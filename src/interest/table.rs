//! The rate in force on each day: a regime's shipped rows, the caller's
//! rows, and where what is known ends.

use super::regimes::{margin_of, RateRule, Regime};
use super::{InterestInput, PastCoverage};
use crate::date::Date;
use crate::error::{Code, Error, Result};
use crate::locale::{Lang, Locale};
use rust_decimal::Decimal;
use std::cell::RefCell;
use std::rc::Rc;

/// Rate rows, `(first day, annual rate %)`, shared.
type Rows = Rc<[(Date, Decimal)]>;

/// The merged rate rows of one calculation.
pub(super) struct RateTable {
    /// `(first day, annual rate %)`, sorted by day: a regime's shipped rows
    /// are built once per thread and shared (a batch of 10,000 invoices
    /// would otherwise rebuild them 10,000 times).
    rows: Rows,
    /// Last day the shipped rows are known for (`None`: no end).
    shipped_until: Option<Date>,
    /// First day of the caller's rows, which run without end.
    caller_from: Option<Date>,
    /// The last shipped rate carries on past `shipped_until`.
    assume_last: bool,
    /// The regime's name for messages.
    regime: &'static Regime,
}

/// A `YYYYMMDD` constant of the data tables as a date.
pub fn data_date(ymd: u32) -> Option<Date> {
    let year = i32::try_from(ymd / 10_000).ok()?;
    Date::new(year, ymd / 100 % 100, ymd % 100, "").ok()
}

impl RateTable {
    pub(super) fn new(input: &InterestInput) -> RateTable {
        let regime = input.regime;
        let caller_from = input.rate_table.first().map(|r| r.from);
        let base: Rows = match regime.rule {
            RateRule::CallerRate => {
                let rate = input.annual_rate_percent.unwrap_or_default();
                Date::new(crate::date::MIN_YEAR, 1, 1, "")
                    .map(|d| vec![(d, rate)])
                    .unwrap_or_default()
                    .into()
            }
            RateRule::CallerTable => Rc::from([]),
            _ => shared_rows(regime),
        };
        // The caller's rows replace everything from their first day on.
        let rows = match caller_from {
            None => base,
            Some(first) => base
                .iter()
                .copied()
                .filter(|(from, _)| *from < first)
                .chain(input.rate_table.iter().map(|r| (r.from, r.rate_percent)))
                .collect(),
        };
        let shipped_until = match regime.rule {
            RateRule::CallerRate | RateRule::CallerTable => None,
            _ => regime.covered_until.and_then(data_date),
        };
        RateTable {
            rows,
            shipped_until,
            caller_from,
            assume_last: input.past_coverage == PastCoverage::AssumeLastRate,
            regime,
        }
    }

    /// The last day of the shipped rows, when day `d` is past it and its
    /// rate is only assumed (the last known one carried on).
    pub(super) fn assumed(&self, d: Date) -> Option<Date> {
        let until = self.shipped_until?;
        let caller = self.caller_from.is_some_and(|from| d >= from);
        (self.assume_last && d > until && !caller && self.regime.rule != RateRule::CallerTable)
            .then_some(until)
    }

    /// True when the rate of day `d` is known.
    fn covers(&self, d: Date) -> bool {
        let shipped = match self.regime.rule {
            RateRule::CallerTable => false,
            _ => self.shipped_until.is_none_or(|until| d <= until),
        };
        shipped || self.caller_from.is_some_and(|from| d >= from) || self.assumed(d).is_some()
    }

    /// The rate in force on `d`, or `None` when it is not known.
    pub(super) fn rate_on(&self, d: Date) -> Option<Decimal> {
        if !self.covers(d) {
            return None;
        }
        let i = self.rows.partition_point(|(from, _)| *from <= d);
        i.checked_sub(1)
            .and_then(|i| self.rows.get(i))
            .map(|(_, r)| *r)
    }

    /// The rate of `d`, or the `rate_unknown` error naming it: about
    /// `asOf` past the table's end, about `dueDate` before its first row.
    pub(super) fn require(&self, d: Date) -> Result<Decimal> {
        self.rate_on(d).ok_or_else(|| self.unknown(d))
    }

    /// The days in `(after, to]` on which a new row starts.
    pub(super) fn changes(&self, after: Date, to: Date) -> impl Iterator<Item = Date> + '_ {
        let mut out: Vec<Date> = self
            .rows
            .iter()
            .map(|(from, _)| *from)
            .filter(|d| *d > after && *d <= to)
            .collect();
        // Where the known rows end, the next day must start a segment of its own.
        if let Some(until) = self.shipped_until {
            if let Ok(next) = until.add_days(1, "") {
                if next > after && next <= to {
                    out.push(next);
                }
            }
        }
        out.into_iter()
    }

    fn unknown(&self, d: Date) -> Error {
        let (es, en) = (Locale::for_lang(Lang::Es), Locale::for_lang(Lang::En));
        let name = |lang: Lang| lang.pick(self.regime.name_es, self.regime.name_en);
        match self.shipped_until.filter(|until| d > *until) {
            Some(until) => Error::localized(
                Code::RateUnknown,
                "asOf",
                format!(
                    "el {} (la tabla «{}» llega hasta el {})",
                    es.format_date(d),
                    name(Lang::Es),
                    es.format_date(until)
                ),
                format!(
                    "{} (the “{}” table runs until {})",
                    en.format_date(d),
                    name(Lang::En),
                    en.format_date(until)
                ),
            ),
            None => Error::localized(
                Code::RateUnknown,
                "dueDate",
                format!(
                    "el {} (ninguna fila de la tabla «{}» empieza antes)",
                    es.format_date(d),
                    name(Lang::Es)
                ),
                format!(
                    "{} (no row of the “{}” table starts before it)",
                    en.format_date(d),
                    name(Lang::En)
                ),
            ),
        }
    }
}

thread_local! {
    /// Each regime's shipped rows, built on first use.
    static SHIPPED: RefCell<Vec<(&'static str, Rows)>> =
        const { RefCell::new(Vec::new()) };
}

/// [`shipped_rows`] of `regime`, built once per thread.
fn shared_rows(regime: &Regime) -> Rows {
    SHIPPED.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some((_, rows)) = cache.iter().find(|(id, _)| *id == regime.id) {
            return Rc::clone(rows);
        }
        let rows: Rows = shipped_rows(regime).into();
        cache.push((regime.id, Rc::clone(&rows)));
        rows
    })
}

/// A regime's shipped rows as dates and percentages, margin included.
pub fn shipped_rows(regime: &Regime) -> Vec<(Date, Decimal)> {
    let (rows, add) = match margin_of(regime.id) {
        Some(m) => (m.base, m.add),
        None => (regime.rows, 0),
    };
    rows.iter()
        .filter_map(|(ymd, hundredths)| {
            Some((
                data_date(*ymd)?,
                Decimal::new(hundredths.checked_add(add)?, 2),
            ))
        })
        .collect()
}
