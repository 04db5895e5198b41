//! Late-payment interest under real legal regimes (SPEC §3): segments at
//! every rate change and payment, payments applied to compensation, then
//! interest, then principal, and rate tables that refuse to guess past
//! their coverage.

mod data;
mod effective;
mod engine;
pub mod regimes;
mod table;

use crate::date::{Date, DayCount};
use crate::error::{Code, Error, Result};
use crate::input::{check_amount, Obj};
use crate::json::Json;
use crate::locale::{Lang, Locale};
use crate::money::Currency;
use crate::serial::Amount;
use regimes::{Regime, REGIMES};
use rust_decimal::Decimal;
use serde::Serialize;

pub use data::{row_source, RowSource};
pub use engine::late_interest;
pub(crate) use engine::late_interest_figures;
pub use table::{data_date, shipped_rows};

/// At most this many partial payments or rate-table rows in one input.
pub const MAX_ROWS: usize = 1000;

/// A rate in force from a day on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RateRow {
    /// First day of the rate.
    pub from: Date,
    /// Annual rate, percent.
    pub rate_percent: Decimal,
}

/// A partial payment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Payment {
    /// Day paid.
    pub date: Date,
    /// Amount paid.
    pub amount: Decimal,
}

/// Which compensation for recovery costs to add.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompensationChoice {
    /// The regime's own rule.
    Auto,
    /// None.
    None,
    /// EUR 40 (Directive 2011/7/EU).
    Eu,
    /// The UK fixed sum by debt size.
    Uk,
    /// A given amount in the invoice's currency.
    Amount(Decimal),
}

/// What to do past the last day a shipped rate table covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PastCoverage {
    /// `rate_unknown`, naming the first day without a rate (the default).
    Error,
    /// The last known rate carries on; the result is `provisional`, with
    /// a note naming the first uncovered day and the rate assumed.
    AssumeLastRate,
}

impl PastCoverage {
    /// The API's names.
    pub const OPTIONS: &'static [(&'static str, PastCoverage)] = &[
        ("error", PastCoverage::Error),
        ("assumeLastRate", PastCoverage::AssumeLastRate),
    ];
}

/// Everything a late-interest calculation needs.
#[derive(Clone, Debug)]
pub struct InterestInput {
    /// Currency of the invoice.
    pub currency: Currency,
    /// The unpaid amount on the due date.
    pub principal: Decimal,
    /// The due date; interest runs from the next day.
    pub due_date: Date,
    /// Calculate up to and including this day.
    pub as_of: Date,
    /// The legal regime.
    pub regime: &'static Regime,
    /// The contract rate, for `fixed`.
    pub annual_rate_percent: Option<Decimal>,
    /// Caller rows: a custom table, or rows extending a statutory one.
    pub rate_table: Vec<RateRow>,
    /// Day-count convention.
    pub day_count: DayCount,
    /// Partial payments, in any order.
    pub payments: Vec<Payment>,
    /// Compensation for recovery costs.
    pub compensation: CompensationChoice,
    /// Past the shipped table's last day: an error, or the last rate.
    pub past_coverage: PastCoverage,
    /// Language of texts.
    pub lang: Lang,
    /// Locale of amounts and dates inside texts.
    pub locale: Locale,
}

/// Finds a regime by id.
///
/// # Errors
/// `unknown_regime` about `field`.
pub fn find_regime(id: &str, field: &str) -> Result<&'static Regime> {
    REGIMES
        .iter()
        .find(|r| r.id == id)
        .ok_or_else(|| Error::new(Code::UnknownRegime, field, crate::error::quote(id)))
}

impl InterestInput {
    /// Reads the JS API input object (SPEC §3 field names).
    ///
    /// # Errors
    /// One error per wrong field, with its code and path, e.g.
    /// `payments[1].amount`.
    pub fn from_json(value: &Json) -> Result<InterestInput> {
        let o = Obj::root(value)?;
        o.only(&[INTEREST_FIELDS])?;
        let lang = o.lang()?;
        let locale = o.locale(lang)?;
        let code = o.required("currency", o.str("currency"))?;
        let currency = Currency::find(code, "currency")?;
        let principal = o.required("principal", o.amount("principal", &currency))?;
        let due_date = o.required("dueDate", o.date("dueDate"))?;
        let as_of = o.required("asOf", o.date("asOf"))?;
        let regime = find_regime(o.required("regime", o.str("regime"))?, "regime")?;
        let annual_rate_percent = match o.decimal("annualRatePercent")? {
            Some(r) => Some(check_rate(r, "annualRatePercent")?),
            None => None,
        };
        if regime.rule == regimes::RateRule::CallerRate && annual_rate_percent.is_none() {
            return Err(Error::new(Code::MissingField, "annualRatePercent", ""));
        }
        // A statutory regime has its own rate: a rate given with it would be
        // ignored. Colombia's is a ceiling, below which the agreed rate runs.
        if !matches!(
            regime.rule,
            regimes::RateRule::CallerRate | regimes::RateRule::EffectiveAnnualCeiling
        ) && annual_rate_percent.is_some()
        {
            return Err(Error::new(
                Code::ConflictingFields,
                "annualRatePercent",
                "regime",
            ));
        }
        let rate_table = read_rate_table(&o)?;
        if regime.rule == regimes::RateRule::CallerTable && rate_table.is_empty() {
            return Err(Error::new(Code::MissingField, "rateTable", ""));
        }
        let day_count = o
            .choice("dayCount", DayCount::OPTIONS)?
            .unwrap_or(DayCount::Act365);
        // An effective annual rate has its own day basis: (1 + EA)^(1/365).
        if regime.rule == regimes::RateRule::EffectiveAnnualCeiling && day_count != DayCount::Act365
        {
            return Err(Error::new(Code::ConflictingFields, "dayCount", "regime"));
        }
        let payments = read_payments(&o, &currency)?;
        let compensation = read_compensation(&o, &currency)?;
        let past_coverage = o
            .choice("pastCoverage", PastCoverage::OPTIONS)?
            .unwrap_or(PastCoverage::Error);
        Ok(InterestInput {
            currency,
            principal,
            due_date,
            as_of,
            regime,
            annual_rate_percent,
            rate_table,
            day_count,
            payments,
            compensation,
            past_coverage,
            lang,
            locale,
        })
    }
}

/// The fields of `lateInterest`'s input (and of each batch item).
pub(crate) const INTEREST_FIELDS: &[&str] = &[
    "currency",
    "principal",
    "dueDate",
    "asOf",
    "regime",
    "annualRatePercent",
    "rateTable",
    "dayCount",
    "payments",
    "compensation",
    "pastCoverage",
    "lang",
    "locale",
];

/// Rates a caller gives (a fixed rate, table rows): from 0 to 1000 % a
/// year. A negative rate would turn interest owed into money returned.
fn check_rate(rate: Decimal, field: &str) -> Result<Decimal> {
    let limit = Decimal::from(1000);
    if rate.is_sign_negative() && !rate.is_zero() || rate > limit {
        return Err(Error::localized(
            Code::OutOfRange,
            field,
            format!("{rate}; debe estar entre 0 y {limit}"),
            format!("{rate}; it must be between 0 and {limit}"),
        ));
    }
    Ok(rate)
}

fn object_at<'a>(path: &str, v: &'a Json) -> Result<Obj<'a>> {
    Obj::nested(v, path)
}

fn too_many(field: &str) -> Error {
    Error::localized(
        Code::OutOfRange,
        field,
        format!("como mucho {MAX_ROWS} filas"),
        format!("at most {MAX_ROWS} rows"),
    )
}

fn read_rate_table(o: &Obj<'_>) -> Result<Vec<RateRow>> {
    let Some(items) = o.array("rateTable")? else {
        return Ok(Vec::new());
    };
    if items.len() > MAX_ROWS {
        return Err(too_many("rateTable"));
    }
    let mut rows: Vec<RateRow> = Vec::with_capacity(items.len());
    for (path, v) in items {
        let row = object_at(&path, v)?;
        row.only(&[&["from", "ratePercent"]])?;
        let from = row.required("from", row.date("from"))?;
        let rate = row.required("ratePercent", row.decimal("ratePercent"))?;
        let rate_percent = check_rate(rate, &row.path("ratePercent"))?;
        if let Some(prev) = rows.last() {
            if from == prev.from {
                return Err(Error::new(
                    Code::RateTableDuplicate,
                    row.path("from"),
                    from.to_string(),
                ));
            }
            if from < prev.from {
                return Err(Error::new(
                    Code::RateTableUnsorted,
                    row.path("from"),
                    format!("{from} < {}", prev.from),
                ));
            }
        }
        rows.push(RateRow { from, rate_percent });
    }
    Ok(rows)
}

fn read_payments(o: &Obj<'_>, currency: &Currency) -> Result<Vec<Payment>> {
    let Some(items) = o.array("payments")? else {
        return Ok(Vec::new());
    };
    if items.len() > MAX_ROWS {
        return Err(too_many("payments"));
    }
    let mut payments = Vec::with_capacity(items.len());
    for (path, v) in items {
        let p = object_at(&path, v)?;
        p.only(&[&["date", "amount"]])?;
        let date = p.required("date", p.date("date"))?;
        let amount = p.required("amount", p.amount("amount", currency))?;
        if amount.is_zero() {
            return Err(crate::input::not_positive(p.path("amount")));
        }
        payments.push(Payment { date, amount });
    }
    Ok(payments)
}

fn read_compensation(o: &Obj<'_>, currency: &Currency) -> Result<CompensationChoice> {
    let field = "compensation";
    let wrong_currency = |needed: &str| {
        Error::localized(
            Code::InvalidOption,
            field,
            format!(
                "«{needed}» solo para facturas en {needed}; indique un importe en {}",
                currency.code
            ),
            format!(
                "“{needed}” only for invoices in {needed}; give an amount in {}",
                currency.code
            ),
        )
    };
    match o.str(field) {
        Ok(None) => Ok(CompensationChoice::Auto),
        Ok(Some("auto")) => Ok(CompensationChoice::Auto),
        Ok(Some("none")) => Ok(CompensationChoice::None),
        Ok(Some("eu")) if currency.code == "EUR" => Ok(CompensationChoice::Eu),
        Ok(Some("eu")) => Err(wrong_currency("EUR")),
        Ok(Some("uk")) if currency.code == "GBP" => Ok(CompensationChoice::Uk),
        Ok(Some("uk")) => Err(wrong_currency("GBP")),
        // A number written as a string, or a JSON number: an amount.
        _ => match o.amount(field, currency) {
            Ok(Some(v)) => check_amount(v, currency, field).map(CompensationChoice::Amount),
            Ok(None) => Ok(CompensationChoice::Auto),
            Err(_) => Err(Error::new(
                Code::InvalidOption,
                field,
                "auto, none, eu, uk, 40.00",
            )),
        },
    }
}

/// One stretch of days with one rate and one base.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
#[cfg_attr(feature = "typegen", ts(rename = "InterestSegment"))]
#[serde(rename_all = "camelCase")]
pub struct Segment {
    /// First day, included.
    pub from: Date,
    /// Last day, included.
    pub to: Date,
    /// Days in the segment (≥ 1).
    pub days: i64,
    /// Annual rate, percent (an effective annual rate under
    /// `co-moratorio`).
    #[serde(serialize_with = "crate::serial::decimal")]
    #[cfg_attr(feature = "typegen", ts(as = "crate::typegen::DecimalText"))]
    pub rate_percent: Decimal,
    /// The effective monthly rate equivalent to `ratePercent`, percent
    /// with four decimals: `((1 + EA)^(1/12) − 1) × 100`. Only for
    /// effective annual rates (`co-moratorio`).
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::serial::optional_decimal"
    )]
    #[cfg_attr(
        feature = "typegen",
        ts(as = "Option<crate::typegen::DecimalText>", optional)
    )]
    pub monthly_rate_percent: Option<Decimal>,
    /// The amount interest runs on.
    pub base: Amount,
    /// base × rate × days / year basis, half-up to the minor unit.
    pub interest: Amount,
}

/// How one payment was applied.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct AppliedPayment {
    /// Day paid.
    pub date: Date,
    /// Amount paid.
    pub amount: Amount,
    /// Part that paid compensation.
    pub to_compensation: Amount,
    /// Part that paid accrued interest.
    pub to_interest: Amount,
    /// Part that paid principal.
    pub to_principal: Amount,
}

/// The regime, as the output names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RegimeInfo {
    /// Stable id.
    pub id: &'static str,
    /// Name in the requested language.
    pub name: &'static str,
    /// The law and where its figures come from, in the requested language.
    pub source: &'static str,
    /// Last day the shipped table covers; `None`: no end.
    pub covered_until: Option<Date>,
}

/// The result of `lateInterest`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct LateInterest {
    /// ISO 4217 code.
    pub currency: &'static str,
    /// Days from the day after the due date to `asOf`, inclusive (≥ 0).
    pub days_late: i64,
    /// The stretches of equal rate and base.
    pub segments: Vec<Segment>,
    /// Σ segment interest.
    pub interest: Amount,
    /// Compensation for recovery costs.
    pub compensation: Amount,
    /// Σ payments.
    pub paid: Amount,
    /// How each payment was applied, in date order.
    pub payments: Vec<AppliedPayment>,
    /// Principal still unpaid.
    pub outstanding_principal: Amount,
    /// Interest still unpaid.
    pub outstanding_interest: Amount,
    /// Compensation still unpaid.
    pub outstanding_compensation: Amount,
    /// Everything still owed on `asOf`.
    pub total_due: Amount,
    /// What one more day adds now; `None` when tomorrow's rate is unknown.
    pub daily_interest: Option<Amount>,
    /// True when a figure rests on a rate assumed past the shipped table's
    /// end (`pastCoverage: "assumeLastRate"`); a note says from which day.
    pub provisional: bool,
    /// The regime.
    pub regime: RegimeInfo,
    /// Explanations (rate fixed at the start, compensation not in this
    /// currency, yearly capitalisation).
    pub notes: Vec<crate::plan::Note>,
    /// Σ of the segments' unrounded interest (for tests and audits).
    #[serde(skip)]
    pub interest_unrounded: Decimal,
}
