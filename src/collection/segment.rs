//! Customer segments from payment history: punctual, mild arrears,
//! critical arrears, high risk — with a score, the metrics behind it and
//! the reasons in words. Thresholds are documented defaults a caller can
//! override.

use crate::date::Date;
use crate::error::Result;
use crate::input::Obj;
use crate::json::Json;
use crate::locale::{Lang, Locale};
use crate::money::{Checked, Currency};
use crate::serial::{amount, Amount};
use crate::texts::Text;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::Serialize;

/// The four segments; their ids are part of the API.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
#[cfg_attr(feature = "typegen", ts(rename = "CustomerSegment"))]
#[serde(rename_all = "snake_case")]
pub enum Segment {
    /// "pagador puntual"
    Punctual,
    /// "moroso leve"
    MildArrears,
    /// "moroso crítico"
    CriticalArrears,
    /// "riesgo elevado"
    HighRisk,
}

impl Segment {
    /// Input spellings.
    pub const OPTIONS: &'static [(&'static str, Segment)] = &[
        ("punctual", Segment::Punctual),
        ("mild_arrears", Segment::MildArrears),
        ("critical_arrears", Segment::CriticalArrears),
        ("high_risk", Segment::HighRisk),
    ];

    /// The segment's name in `lang`.
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            Segment::Punctual => lang.pick("pagador puntual", "punctual payer"),
            Segment::MildArrears => lang.pick("moroso leve", "mild arrears"),
            Segment::CriticalArrears => lang.pick("moroso crítico", "critical arrears"),
            Segment::HighRisk => lang.pick("riesgo elevado", "high risk"),
        }
    }
}

/// Where the segments begin. Defaults in [`Thresholds::default`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Thresholds {
    /// Punctual: at least this score… (default 80)
    pub punctual_min_score: u32,
    /// …and no delay longer than this (default 7 days).
    pub punctual_max_delay_days: i64,
    /// Mild arrears: at least this score (default 55); below, critical.
    pub mild_min_score: u32,
    /// Critical arrears: at least this score (default 30); below, high risk.
    pub critical_min_score: u32,
    /// A delay this long makes at least critical (default 45 days).
    pub critical_delay_days: i64,
    /// A delay this long makes high risk (default 90 days).
    pub high_risk_delay_days: i64,
    /// This many broken promises make high risk (default 2).
    pub high_risk_broken_promises: u32,
}

impl Default for Thresholds {
    fn default() -> Thresholds {
        Thresholds {
            punctual_min_score: 80,
            punctual_max_delay_days: 7,
            mild_min_score: 55,
            critical_min_score: 30,
            critical_delay_days: 45,
            high_risk_delay_days: 90,
            high_risk_broken_promises: 2,
        }
    }
}

/// One past or open invoice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryItem {
    /// Invoice amount.
    pub amount: Decimal,
    /// Due date.
    pub due_date: Date,
    /// When it was paid, if it was.
    pub paid_date: Option<Date>,
}

/// A payment promise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Promise {
    /// Promised payment date.
    pub date: Date,
    /// Promised amount, if given.
    pub amount: Option<Decimal>,
    /// `Some(true)` kept, `Some(false)` broken, `None` not known yet.
    pub kept: Option<bool>,
}

impl Promise {
    /// Broken: marked so, or its date has passed without being marked kept.
    pub fn is_broken(&self, as_of: Date) -> bool {
        self.kept == Some(false) || (self.kept.is_none() && self.date < as_of)
    }
}

/// The metrics behind a segment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Metrics {
    /// Invoices considered (paid, or unpaid and already due).
    pub invoices: u32,
    /// Share paid on or before the due date, percent.
    #[serde(serialize_with = "crate::serial::decimal")]
    #[cfg_attr(feature = "typegen", ts(as = "crate::typegen::DecimalText"))]
    pub on_time_percent: Decimal,
    /// Days late weighted by amount (unpaid invoices count until `asOf`).
    #[serde(serialize_with = "crate::serial::decimal")]
    #[cfg_attr(feature = "typegen", ts(as = "crate::typegen::DecimalText"))]
    pub weighted_days_late: Decimal,
    /// The longest delay, days.
    pub worst_delay_days: i64,
    /// Promises broken.
    pub broken_promises: u32,
    /// Promises kept.
    pub kept_promises: u32,
    /// Unpaid and past due on `asOf`.
    pub overdue_amount: Amount,
    /// How many invoices that is.
    pub overdue_invoices: u32,
}

/// The result of `classifyCustomer`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Classification {
    /// Stable id.
    pub segment: Segment,
    /// Its name in the requested language.
    pub segment_name: &'static str,
    /// 0 (worst) to 100 (best).
    pub score: u32,
    /// The figures.
    pub metrics: Metrics,
    /// Why, in words.
    pub reasons: Vec<String>,
    /// The thresholds used.
    pub thresholds: Thresholds,
}

/// Reads `history` items.
pub(crate) fn read_history(o: &Obj<'_>, currency: &Currency) -> Result<Vec<HistoryItem>> {
    let mut out = Vec::new();
    for (path, v) in o.array("history")?.unwrap_or_default() {
        let h = Obj::nested(v, &path)?;
        h.only(&[&["invoiceId", "amount", "dueDate", "paidDate"]])?;
        let due_date = h.required("dueDate", h.date("dueDate"))?;
        let paid_date = h.date("paidDate")?;
        let amount = h.required("amount", h.amount("amount", currency))?;
        out.push(HistoryItem {
            amount,
            due_date,
            paid_date,
        });
    }
    Ok(out)
}

/// Reads `promises`.
pub(crate) fn read_promises(o: &Obj<'_>, currency: &Currency) -> Result<Vec<Promise>> {
    let mut out = Vec::new();
    for (path, v) in o.array("promises")?.unwrap_or_default() {
        let p = Obj::nested(v, &path)?;
        p.only(&[&["date", "amount", "kept"]])?;
        let date = p.required("date", p.date("date"))?;
        out.push(Promise {
            date,
            amount: p.amount("amount", currency)?,
            kept: p.boolean("kept")?,
        });
    }
    Ok(out)
}

fn read_thresholds(o: &Obj<'_>) -> Result<Thresholds> {
    let mut t = Thresholds::default();
    let Some(th) = o.object("thresholds")? else {
        return Ok(t);
    };
    th.only(&[&[
        "punctualMinScore",
        "mildMinScore",
        "criticalMinScore",
        "punctualMaxDelayDays",
        "criticalDelayDays",
        "highRiskDelayDays",
        "highRiskBrokenPromises",
    ]])?;
    let score = |name: &str| th.count(name, 0, 100);
    let days = |name: &str| th.count(name, 0, 3650).map(|d| d.map(i64::from));
    t.punctual_min_score = score("punctualMinScore")?.unwrap_or(t.punctual_min_score);
    t.mild_min_score = score("mildMinScore")?.unwrap_or(t.mild_min_score);
    t.critical_min_score = score("criticalMinScore")?.unwrap_or(t.critical_min_score);
    t.punctual_max_delay_days = days("punctualMaxDelayDays")?.unwrap_or(t.punctual_max_delay_days);
    t.critical_delay_days = days("criticalDelayDays")?.unwrap_or(t.critical_delay_days);
    t.high_risk_delay_days = days("highRiskDelayDays")?.unwrap_or(t.high_risk_delay_days);
    t.high_risk_broken_promises = th
        .count("highRiskBrokenPromises", 1, 100)?
        .unwrap_or(t.high_risk_broken_promises);
    Ok(t)
}

/// `classifyCustomer({history, promises, asOf, currency?, thresholds?, lang, locale})`.
///
/// # Errors
/// Field errors with their paths (`history[2].dueDate`).
pub fn classify_customer(value: &Json) -> Result<Classification> {
    let o = Obj::root(value)?;
    o.only(&[&[
        "history",
        "promises",
        "asOf",
        "currency",
        "thresholds",
        "lang",
        "locale",
    ]])?;
    let lang = o.lang()?;
    let locale = o.locale(lang)?;
    let currency = Currency::find(o.str("currency")?.unwrap_or("EUR"), "currency")?;
    let as_of = o.required("asOf", o.date("asOf"))?;
    let history = read_history(&o, &currency)?;
    let promises = read_promises(&o, &currency)?;
    let thresholds = read_thresholds(&o)?;
    classify(
        &history, &promises, as_of, thresholds, lang, locale, currency,
    )
}

/// The segment of a customer with this history and these promises.
///
/// Score: 100, minus up to 40 for invoices not paid on time, up to 25 for
/// the amount-weighted delay (full at 60 days), up to 15 for the worst
/// delay (full at 120 days), 10 per broken promise (up to 20); rounded
/// half-up. Then: high risk from `high_risk_*` or a score under
/// `critical_min_score`; critical from `critical_delay_days` or a score
/// under `mild_min_score`; punctual when the score reaches
/// `punctual_min_score` with no delay over `punctual_max_delay_days`;
/// otherwise mild arrears.
///
/// # Errors
/// `overflow` on absurd sums.
pub fn classify(
    history: &[HistoryItem],
    promises: &[Promise],
    as_of: Date,
    t: Thresholds,
    lang: Lang,
    locale: Locale,
    currency: Currency,
) -> Result<Classification> {
    const F: &str = "history";
    let (mut considered, mut on_time) = (0u32, 0u32);
    let (mut weight, mut weighted) = (Decimal::ZERO, Decimal::ZERO);
    let mut worst = 0i64;
    let (mut overdue, mut overdue_count) = (Decimal::ZERO, 0u32);
    for h in history {
        let late = match h.paid_date {
            Some(paid) => h.due_date.days_until(paid).max(0),
            None if h.due_date < as_of => {
                overdue = overdue.add(h.amount, F)?;
                overdue_count += 1;
                h.due_date.days_until(as_of)
            }
            None => continue, // not due yet: says nothing
        };
        considered += 1;
        if late == 0 {
            on_time += 1;
        }
        worst = worst.max(late);
        weight = weight.add(h.amount, F)?;
        weighted = weighted.add(h.amount.mul(Decimal::from(late), F)?, F)?;
    }
    let broken =
        u32::try_from(promises.iter().filter(|p| p.is_broken(as_of)).count()).unwrap_or(u32::MAX);
    let kept =
        u32::try_from(promises.iter().filter(|p| p.kept == Some(true)).count()).unwrap_or(u32::MAX);
    let on_time_share = if considered == 0 {
        Decimal::ONE
    } else {
        Decimal::from(on_time).div(Decimal::from(considered), F)?
    };
    let weighted_days = if weight.is_zero() {
        Decimal::ZERO
    } else {
        weighted.div(weight, F)?
    };
    let capped = |v: Decimal, cap: i64| v.min(Decimal::from(cap)).div(Decimal::from(cap), F);
    let penalty = (Decimal::ONE - on_time_share).mul(Decimal::from(40), F)?
        + capped(weighted_days, 60)?.mul(Decimal::from(25), F)?
        + capped(Decimal::from(worst), 120)?.mul(Decimal::from(15), F)?
        + Decimal::from(10 * broken.min(2));
    let score = (Decimal::ONE_HUNDRED - penalty)
        .max(Decimal::ZERO)
        .round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
        .to_u32()
        .unwrap_or(0);
    let segment = if broken >= t.high_risk_broken_promises
        || worst >= t.high_risk_delay_days
        || score < t.critical_min_score
    {
        Segment::HighRisk
    } else if worst >= t.critical_delay_days || score < t.mild_min_score {
        Segment::CriticalArrears
    } else if score >= t.punctual_min_score && worst <= t.punctual_max_delay_days {
        Segment::Punctual
    } else {
        Segment::MildArrears
    };
    let metrics = Metrics {
        invoices: considered,
        on_time_percent: crate::money::round_half_up(on_time_share * Decimal::ONE_HUNDRED, 2),
        weighted_days_late: crate::money::round_half_up(weighted_days, 1),
        worst_delay_days: worst,
        broken_promises: broken,
        kept_promises: kept,
        overdue_amount: amount(overdue, &currency),
        overdue_invoices: overdue_count,
    };
    let reasons = reasons(&metrics, on_time, lang, locale, currency);
    Ok(Classification {
        segment,
        segment_name: segment.name(lang),
        score,
        metrics,
        reasons,
        thresholds: t,
    })
}

const ON_TIME: Text = Text {
    es: "Pagó a tiempo {onTime} de {total} facturas ({percent}).",
    en: "Paid {onTime} of {total} invoices on time ({percent}).",
};
const NO_HISTORY: Text = Text {
    es: "Aún no hay facturas vencidas con las que juzgar.",
    en: "No due invoices to judge by yet.",
};
const WEIGHTED: Text = Text {
    es: "Retraso medio, ponderado por importe: {days} días.",
    en: "Average delay, weighted by amount: {days} days.",
};
const WORST: Text = Text {
    es: "Su mayor retraso: {days} días.",
    en: "Longest delay: {days} days.",
};
const BROKEN: Text = Text {
    es: "Promesas de pago incumplidas: {broken} (cumplidas: {kept}).",
    en: "Payment promises broken: {broken} (kept: {kept}).",
};
const OVERDUE: Text = Text {
    es: "Hoy tiene {amount} vencidos en {count} facturas.",
    en: "Owes {amount} overdue today, over {count} invoices.",
};

fn reasons(
    m: &Metrics,
    on_time: u32,
    lang: Lang,
    locale: Locale,
    currency: Currency,
) -> Vec<String> {
    let mut out = Vec::new();
    if m.invoices == 0 {
        out.push(NO_HISTORY.render(lang, &[]));
        return out;
    }
    out.push(ON_TIME.render(
        lang,
        &[
            ("onTime", &on_time.to_string()),
            ("total", &m.invoices.to_string()),
            (
                "percent",
                &locale.format_percent(crate::money::round_half_up(m.on_time_percent, 0)),
            ),
        ],
    ));
    if m.worst_delay_days > 0 {
        out.push(WEIGHTED.render(
            lang,
            &[("days", &locale.format_number(m.weighted_days_late, 0))],
        ));
        out.push(WORST.render(lang, &[("days", &m.worst_delay_days.to_string())]));
    }
    if m.broken_promises + m.kept_promises > 0 {
        out.push(BROKEN.render(
            lang,
            &[
                ("broken", &m.broken_promises.to_string()),
                ("kept", &m.kept_promises.to_string()),
            ],
        ));
    }
    if m.overdue_invoices > 0 {
        out.push(OVERDUE.render(
            lang,
            &[
                (
                    "amount",
                    &locale.format_money(m.overdue_amount.value(), &currency),
                ),
                ("count", &m.overdue_invoices.to_string()),
            ],
        ));
    }
    out
}
