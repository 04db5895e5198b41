//! Early-payment discounts (SPEC §4): what paying now saves, what a
//! discount really costs a year, and, past the net date, the late interest.

mod terms;

pub use terms::{parse_terms, validate, Terms, Tier, DEFAULT_EOM_NET_DAYS};

use crate::date::Date;
use crate::error::{Code, Error, Result};
use crate::fixed;
use crate::input::Obj;
use crate::interest::{late_interest, InterestInput, LateInterest};
use crate::json::Json;
use crate::locale::{Lang, Locale};
use crate::money::{round_half_up, Checked, Currency};
use crate::plan::Note;
use crate::serial::{amount, Amount};
use crate::texts;
use rust_decimal::Decimal;
use serde::Serialize;
use std::borrow::Cow;

/// Everything a discount calculation needs.
#[derive(Clone, Debug)]
pub struct DiscountInput {
    /// Invoice amount.
    pub amount: Decimal,
    /// Its currency.
    pub currency: Currency,
    /// Invoice date: days count from here (or from its month end with EOM).
    pub invoice_date: Date,
    /// The terms.
    pub terms: Terms,
    /// When the debtor pays; default the invoice date.
    pub payment_date: Date,
    /// Late-interest settings (SPEC §3 fields) for a payment after the net
    /// date, as the JSON object the caller gave.
    pub late_interest: Option<Json<'static>>,
    /// Language of texts.
    pub lang: Lang,
    /// Locale of amounts and dates in texts.
    pub locale: Locale,
}

impl DiscountInput {
    /// Reads the JS API input (SPEC §4 field names).
    ///
    /// # Errors
    /// `invalid_terms`, `invalid_discount`, `discount_after_net` about
    /// `terms`; `date_order` when the payment date is before the invoice
    /// date; the usual field errors.
    pub fn from_json(value: &Json) -> Result<DiscountInput> {
        let o = Obj::root(value)?;
        o.only(&[&[
            "amount",
            "currency",
            "invoiceDate",
            "terms",
            "paymentDate",
            "lateInterest",
            "lang",
            "locale",
        ]])?;
        let lang = o.lang()?;
        let locale = o.locale(lang)?;
        let currency = Currency::find(o.required("currency", o.str("currency"))?, "currency")?;
        let amount = o.required("amount", o.amount("amount", &currency))?;
        if amount.is_zero() {
            return Err(crate::input::not_positive("amount"));
        }
        let invoice_date = o.required("invoiceDate", o.date("invoiceDate"))?;
        let terms = read_terms(&o)?;
        let payment_date = o.date("paymentDate")?.unwrap_or(invoice_date);
        if payment_date < invoice_date {
            return Err(Error::new(
                Code::DateOrder,
                "paymentDate",
                invoice_date.to_string(),
            ));
        }
        let late_interest = match value.get("lateInterest") {
            None | Some(Json::Null) => None,
            Some(v @ Json::Object(_)) => {
                // Checked now, not only once the invoice is late: a typo there is never silent.
                Obj::nested(v, "lateInterest")?.only(&[crate::interest::INTEREST_FIELDS])?;
                Some(v.clone().into_owned())
            }
            Some(_) => {
                return Err(Error::localized(
                    Code::InvalidType,
                    "lateInterest",
                    "un objeto",
                    "an object",
                ))
            }
        };
        Ok(DiscountInput {
            amount,
            currency,
            invoice_date,
            terms,
            payment_date,
            late_interest,
            lang,
            locale,
        })
    }
}

/// `terms` as text, or as `{tiers: [{percent, days}], netDays, endOfMonth?}`.
fn read_terms(o: &Obj<'_>) -> Result<Terms> {
    if let Some(Json::String(_)) = o.map_value("terms") {
        let text = o.required("terms", o.str("terms"))?;
        return parse_terms(text, "terms");
    }
    let t = o.required("terms", o.object("terms"))?;
    t.only(&[&["tiers", "netDays", "endOfMonth"]])?;
    let mut tiers = Vec::new();
    for (path, v) in t.array("tiers")?.unwrap_or_default() {
        let row = Obj::nested(v, &path)?;
        row.only(&[&["percent", "days"]])?;
        let percent = row.required("percent", row.decimal("percent"))?;
        let days = row.required("days", row.count("days", 0, terms::MAX_TERM_DAYS))?;
        tiers.push(Tier { percent, days });
    }
    let net_days = t.required("netDays", t.count("netDays", 1, terms::MAX_TERM_DAYS))?;
    let end_of_month = match t.map_value("endOfMonth") {
        None | Some(Json::Null) => false,
        Some(Json::Bool(b)) => *b,
        Some(_) => {
            return Err(Error::localized(
                Code::InvalidType,
                t.path("endOfMonth"),
                "verdadero o falso",
                "true or false",
            ))
        }
    };
    validate(
        Terms {
            tiers,
            net_days,
            end_of_month,
        },
        "terms",
    )
}

/// One tier, computed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TierResult {
    /// Discount, percent.
    #[serde(serialize_with = "crate::serial::decimal")]
    #[cfg_attr(feature = "typegen", ts(as = "crate::typegen::DecimalText"))]
    pub percent: Decimal,
    /// Days of the tier.
    pub days: u32,
    /// Last day that earns it (included).
    pub deadline: Date,
    /// amount × percent, half-up.
    pub discount: Amount,
    /// amount − discount.
    pub amount_to_pay: Amount,
    /// Cost of not taking it, simple: d/(1−d) × 365/(N−D), percent.
    #[serde(serialize_with = "crate::serial::decimal")]
    #[cfg_attr(feature = "typegen", ts(as = "crate::typegen::DecimalText"))]
    pub annual_cost_simple_percent: Decimal,
    /// Compound: (1 + d/(1−d))^(365/(N−D)) − 1, percent.
    #[serde(serialize_with = "crate::serial::decimal")]
    #[cfg_attr(feature = "typegen", ts(as = "crate::typegen::DecimalText"))]
    pub annual_cost_compound_percent: Decimal,
}

/// The result of `earlyPayDiscount`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Discount {
    /// ISO 4217 code.
    pub currency: &'static str,
    /// The invoice amount.
    pub amount: Amount,
    /// Invoice date.
    pub invoice_date: Date,
    /// The payment date used.
    pub payment_date: Date,
    /// Every tier.
    pub tiers: Vec<TierResult>,
    /// Index of the tier that applies on the payment date, or `None`.
    pub applied: Option<usize>,
    /// Discount on the payment date.
    pub discount: Amount,
    /// What to pay on the payment date (late interest not included).
    pub amount_to_pay: Amount,
    /// The day the full amount is due.
    pub net_due_date: Date,
    /// Net days of the terms.
    pub net_days: u32,
    /// Whether days count from the month end.
    pub end_of_month: bool,
    /// Days after the net date, 0 when on time.
    pub days_late: i64,
    /// Late interest for a payment after the net date, when settings were
    /// given.
    pub late_interest: Option<LateInterest>,
    /// The terms in words, in the requested language.
    pub terms_text: String,
    /// What the numbers mean, in words.
    pub notes: Vec<Note>,
}

/// Computes the discount on the payment date and the cost of every tier.
///
/// # Errors
/// Errors of the nested late-interest settings, with their path under
/// `lateInterest` (e.g. `lateInterest.regime`); `overflow`.
///
/// # Panics
/// Never.
///
/// # Example
/// ```
/// use cobro::discount::{early_pay_discount, DiscountInput};
/// let input = cobro::json::parse(r#"{
///     "amount": "1000", "currency": "EUR", "invoiceDate": "2025-03-03",
///     "terms": "2/10 net 30", "paymentDate": "2025-03-13"
/// }"#).ok_or("invalid JSON")?;
/// let d = early_pay_discount(&DiscountInput::from_json(&input)?)?;
/// assert_eq!(d.amount_to_pay.to_string(), "980.00"); // the 10th day still earns it
/// assert_eq!(d.tiers[0].annual_cost_compound_percent.to_string(), "44.59");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn early_pay_discount(input: &DiscountInput) -> Result<Discount> {
    let cur = input.currency;
    let base = if input.terms.end_of_month {
        input.invoice_date.month_end()
    } else {
        input.invoice_date
    };
    let net_due_date = base.add_days(i64::from(input.terms.net_days), "terms")?;
    let mut tiers = Vec::with_capacity(input.terms.tiers.len());
    for t in &input.terms.tiers {
        let discount = cur.round(
            input
                .amount
                .mul(t.percent, "amount")?
                .div(Decimal::ONE_HUNDRED, "amount")?,
        );
        let (simple, compound) = annual_cost(t.percent, input.terms.net_days - t.days)
            .ok_or_else(|| Error::new(Code::Overflow, "terms", ""))?;
        tiers.push(TierResult {
            percent: t.percent,
            days: t.days,
            deadline: base.add_days(i64::from(t.days), "terms")?,
            discount: amount(discount, &cur),
            amount_to_pay: amount(input.amount.sub(discount, "amount")?, &cur),
            annual_cost_simple_percent: simple,
            annual_cost_compound_percent: compound,
        });
    }
    // The tier with the largest discount still open on the payment date.
    let applied = tiers
        .iter()
        .enumerate()
        .filter(|(_, t)| input.payment_date <= t.deadline)
        .max_by_key(|(_, t)| t.discount)
        .map(|(i, _)| i);
    let discount = applied
        .and_then(|i| tiers.get(i))
        .map_or(Decimal::ZERO, |t| t.discount.value());
    let days_late = net_due_date.days_until(input.payment_date).max(0);
    let late = match (&input.late_interest, days_late > 0) {
        (Some(settings), true) => Some(late_interest_for(input, settings, net_due_date)?),
        _ => None,
    };
    let notes = notes(input, &tiers, applied, net_due_date, days_late);
    Ok(Discount {
        currency: cur.code,
        amount: amount(input.amount, &cur),
        invoice_date: input.invoice_date,
        payment_date: input.payment_date,
        applied,
        discount: amount(discount, &cur),
        amount_to_pay: amount(input.amount.sub(discount, "amount")?, &cur),
        net_due_date,
        net_days: input.terms.net_days,
        end_of_month: input.terms.end_of_month,
        days_late,
        late_interest: late,
        terms_text: describe(&input.terms, input.lang, input.locale),
        tiers,
        notes,
    })
}

/// The annualised cost of not taking a `percent` discount to pay
/// `extra_days` later: simple d/(1−d) × 365/extra and compound
/// (1 + d/(1−d))^(365/extra) − 1, in percent, half-up to 2 decimals.
fn annual_cost(percent: Decimal, extra_days: u32) -> Option<(Decimal, Decimal)> {
    let d = percent.checked_div(Decimal::ONE_HUNDRED)?;
    let rate = d.checked_div(Decimal::ONE.checked_sub(d)?)?;
    let periods = Decimal::from(365).checked_div(Decimal::from(extra_days))?;
    let simple = rate
        .checked_mul(periods)?
        .checked_mul(Decimal::ONE_HUNDRED)?;
    let base = fixed::to_fixed(Decimal::ONE.checked_add(rate)?)?;
    let exponent = fixed::ratio(Decimal::from(365), Decimal::from(extra_days))?;
    let grown = fixed::to_decimal(fixed::powf(base, exponent)?)?;
    let compound = grown
        .checked_sub(Decimal::ONE)?
        .checked_mul(Decimal::ONE_HUNDRED)?;
    let two = |v: Decimal| {
        let mut r = round_half_up(v, 2);
        r.rescale(2);
        r
    };
    Some((two(simple), two(compound)))
}

/// The late interest of a payment after the net date: the caller's §3
/// settings with this invoice's amount, net date and payment date.
fn late_interest_for(
    input: &DiscountInput,
    settings: &Json,
    net_due_date: Date,
) -> Result<LateInterest> {
    let given = match settings {
        Json::Object(pairs) => pairs.clone(),
        _ => Vec::new(),
    };
    let ours = [
        ("currency", input.currency.code.to_string()),
        ("principal", input.amount.to_string()),
        ("dueDate", net_due_date.to_string()),
        ("asOf", input.payment_date.to_string()),
        ("lang", input.lang.pick("es", "en").to_string()),
        ("locale", input.locale.tag.to_string()),
    ];
    // This invoice's figures win over anything the settings say.
    let mut pairs: Vec<(Cow<'_, str>, Json<'_>)> = ours
        .into_iter()
        .map(|(k, v)| (Cow::Borrowed(k), Json::String(v.into())))
        .collect();
    pairs.extend(given.into_iter().filter(|(k, _)| !ours_has(k)));
    let value = Json::Object(pairs);
    InterestInput::from_json(&value)
        .and_then(|i| late_interest(&i))
        .map_err(|e| e.within("lateInterest"))
}

fn ours_has(key: &str) -> bool {
    matches!(
        key,
        "currency" | "principal" | "dueDate" | "asOf" | "lang" | "locale"
    )
}

/// The terms in words: "2 % si se paga en 10 días; neto a 30 días".
pub fn describe(terms: &Terms, lang: Lang, locale: Locale) -> String {
    let mut parts: Vec<String> = terms
        .tiers
        .iter()
        .map(|t| {
            texts::TERMS_TIER.render(
                lang,
                &[
                    ("percent", &locale.format_percent(t.percent)),
                    ("days", &t.days.to_string()),
                ],
            )
        })
        .collect();
    let net = if terms.end_of_month {
        &texts::TERMS_NET_EOM
    } else {
        &texts::TERMS_NET
    };
    parts.push(net.render(lang, &[("days", &terms.net_days.to_string())]));
    parts.join("; ")
}

fn notes(
    input: &DiscountInput,
    tiers: &[TierResult],
    applied: Option<usize>,
    net_due: Date,
    days_late: i64,
) -> Vec<Note> {
    let (lang, locale, cur) = (input.lang, input.locale, input.currency);
    let money = |a: &Amount| locale.format_money(a.value(), &cur);
    let mut out = Vec::new();
    if let Some(t) = applied.and_then(|i| tiers.get(i)) {
        out.push(Note {
            code: "discount_applies",
            message: texts::DISCOUNT_APPLIES.render(
                lang,
                &[
                    ("date", &locale.format_date(input.payment_date)),
                    ("percent", &locale.format_percent(t.percent)),
                    ("discount", &money(&t.discount)),
                    ("pay", &money(&t.amount_to_pay)),
                    ("deadline", &locale.format_date(t.deadline)),
                ],
            ),
        });
    }
    for t in tiers {
        out.push(Note {
            code: "cost_of_forgoing",
            message: texts::COST_OF_FORGOING.render(
                lang,
                &[
                    ("percent", &locale.format_percent(t.percent)),
                    (
                        "compound",
                        &locale.format_percent(t.annual_cost_compound_percent),
                    ),
                    (
                        "simple",
                        &locale.format_percent(t.annual_cost_simple_percent),
                    ),
                ],
            ),
        });
    }
    if days_late > 0 {
        out.push(Note {
            code: "paid_late",
            message: texts::PAID_LATE.render(
                lang,
                &[
                    ("days", &days_late.to_string()),
                    ("net", &locale.format_date(net_due)),
                ],
            ),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::dec;

    #[test]
    fn textbook_annual_costs() {
        // (discount %, N − D days, simple %, compound %): d/(1−d) × 365/(N−D)
        // and (1 + d/(1−d))^(365/(N−D)) − 1, half-up to 2 decimals.
        let cases = [
            ("2", 20, "37.24", "44.59"), // 2/10 net 30 (Brigham & Ehrhardt)
            ("1", 20, "18.43", "20.13"), // 1/10 net 30
            ("2", 35, "21.28", "23.45"), // 2/10 net 45
            ("3", 50, "22.58", "24.90"), // 3/10 net 60
        ];
        for (p, days, simple, compound) in cases {
            let (s, c) = annual_cost(dec(p).unwrap(), days).unwrap();
            assert_eq!(
                (s.to_string(), c.to_string()),
                (simple.to_string(), compound.to_string()),
                "{p}/{days}"
            );
        }
    }
}
