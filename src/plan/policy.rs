//! The creditor's limits for a debtor's plan. A plan outside them is still
//! computed; each broken limit becomes a [`Violation`] in words.

use super::{Frequency, Installment, PlanInput, MAX_INSTALLMENTS};
use crate::error::{Code, Error, Result};
use crate::input::Obj;
use crate::money::{round_half_up, Currency};
use crate::texts;
use rust_decimal::Decimal;
use serde::Serialize;

/// The creditor's limits. Every one is optional.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Policy {
    /// At most this many installments.
    pub max_installments: Option<u32>,
    /// Every installment but the last at least this much.
    pub min_installment_amount: Option<Decimal>,
    /// Down payment at least this percent of the debt.
    pub min_down_payment_percent: Option<Decimal>,
    /// The last installment at most this many days after the start.
    pub max_term_days: Option<u32>,
    /// The first installment at most this many days after the start.
    pub max_first_payment_days: Option<u32>,
    /// Only these frequencies.
    pub allowed_frequencies: Option<Vec<Frequency>>,
}

/// One broken limit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
pub struct Violation {
    /// Stable id: the policy field that is broken, in snake_case
    /// (`max_installments`, `min_installment_amount`,
    /// `min_down_payment_percent`, `max_term_days`,
    /// `max_first_payment_days`, `allowed_frequencies`).
    pub code: &'static str,
    /// The plan input a debtor would change to comply.
    pub field: &'static str,
    /// What breaks the limit, in the requested language.
    pub message: String,
}

impl Policy {
    /// Reads the `policy` object.
    pub(crate) fn from_json(o: &Obj<'_>, currency: &Currency) -> Result<Policy> {
        o.only(&[&[
            "maxInstallments",
            "minInstallmentAmount",
            "minDownPaymentPercent",
            "maxTermDays",
            "maxFirstPaymentDays",
            "allowedFrequencies",
        ]])?;
        let mut allowed = None;
        if let Some(items) = o.array("allowedFrequencies")? {
            let mut list = Vec::new();
            for (path, v) in items {
                let id = v.as_str().unwrap_or_default();
                let f = Frequency::OPTIONS
                    .iter()
                    .find(|(text, _)| *text == id)
                    .map(|(_, f)| *f)
                    .ok_or_else(|| {
                        let all: Vec<&str> = Frequency::OPTIONS.iter().map(|(t, _)| *t).collect();
                        Error::new(Code::InvalidOption, path, all.join(", "))
                    })?;
                list.push(f);
            }
            allowed = Some(list);
        }
        let percent = o.decimal("minDownPaymentPercent")?;
        if let Some(p) = percent {
            if p.is_sign_negative() || p > Decimal::ONE_HUNDRED {
                return Err(Error::new(
                    Code::OutOfRange,
                    o.path("minDownPaymentPercent"),
                    format!("{p}; 0–100"),
                ));
            }
        }
        Ok(Policy {
            max_installments: o.count("maxInstallments", 1, MAX_INSTALLMENTS)?,
            min_installment_amount: o.amount("minInstallmentAmount", currency)?,
            min_down_payment_percent: percent,
            max_term_days: o.count("maxTermDays", 1, 365 * 300)?,
            max_first_payment_days: o.count("maxFirstPaymentDays", 1, 365 * 300)?,
            allowed_frequencies: allowed,
        })
    }

    /// The limits `schedule` breaks.
    pub(super) fn check(
        &self,
        input: &PlanInput,
        down: Decimal,
        regular: Decimal,
        schedule: &[Installment],
    ) -> Vec<Violation> {
        let mut out = Vec::new();
        let (lang, locale, cur) = (input.lang, input.locale, input.currency);
        let count = u32::try_from(schedule.len()).unwrap_or(u32::MAX);
        let count_field = match input.term {
            super::Term::Installments(_) => "installments",
            super::Term::InstallmentAmount(_) => "installmentAmount",
        };
        if let Some(max) = self.max_installments.filter(|m| count > *m) {
            out.push(Violation {
                code: "max_installments",
                field: count_field,
                message: texts::MAX_INSTALLMENTS.render(
                    lang,
                    &[("count", &count.to_string()), ("max", &max.to_string())],
                ),
            });
        }
        if let Some(min) = self.min_installment_amount {
            // The last installment may be smaller: it is the residue.
            let smallest = schedule
                .iter()
                .take(schedule.len().saturating_sub(1).max(1))
                .map(|r| r.payment.value())
                .min()
                .unwrap_or(regular);
            if smallest < min {
                out.push(Violation {
                    code: "min_installment_amount",
                    field: count_field,
                    message: texts::MIN_INSTALLMENT.render(
                        lang,
                        &[
                            ("amount", &locale.format_money(smallest, &cur)),
                            ("min", &locale.format_money(min, &cur)),
                        ],
                    ),
                });
            }
        }
        if let Some(min) = self.min_down_payment_percent {
            let percent = down
                .checked_mul(Decimal::ONE_HUNDRED)
                .and_then(|v| v.checked_div(input.amount))
                .unwrap_or_default();
            if percent < min {
                let field = if matches!(input.down_payment, super::DownPayment::Percent(_)) {
                    "downPaymentPercent"
                } else {
                    "downPayment"
                };
                out.push(Violation {
                    code: "min_down_payment_percent",
                    field,
                    message: texts::MIN_DOWN_PAYMENT.render(
                        lang,
                        &[
                            ("percent", &locale.format_percent(round_half_up(percent, 2))),
                            ("min", &locale.format_percent(min)),
                        ],
                    ),
                });
            }
        }
        // A limit of N days ends on start + N, or, when due dates move off
        // weekends and holidays, on the working day that day moves to: a
        // date moved past the limit only by days off keeps to it.
        let calendar = crate::date::Calendar::with(&input.holidays);
        let beyond = |max: u32, due: crate::date::Date| -> bool {
            let Ok(limit) = input.start_date.add_days(i64::from(max), "policy") else {
                return false;
            };
            let limit = match input.business_days {
                crate::date::BusinessDayRule::None => limit,
                _ => calendar
                    .adjust(limit, crate::date::BusinessDayRule::Following, "policy")
                    .unwrap_or(limit),
            };
            due > limit
        };
        if let (Some(max), Some(last)) = (self.max_term_days, schedule.last()) {
            let days = input.start_date.days_until(last.due_date);
            if beyond(max, last.due_date) {
                out.push(Violation {
                    code: "max_term_days",
                    field: count_field,
                    message: texts::MAX_TERM.render(
                        lang,
                        &[
                            ("last", &locale.format_date(last.due_date)),
                            ("days", &days.to_string()),
                            ("max", &max.to_string()),
                        ],
                    ),
                });
            }
        }
        if let (Some(max), Some(first)) = (self.max_first_payment_days, schedule.first()) {
            let days = input.start_date.days_until(first.due_date);
            if beyond(max, first.due_date) {
                out.push(Violation {
                    code: "max_first_payment_days",
                    field: "firstDueDate",
                    message: texts::MAX_FIRST_PAYMENT.render(
                        lang,
                        &[
                            ("first", &locale.format_date(first.due_date)),
                            ("days", &days.to_string()),
                            ("max", &max.to_string()),
                        ],
                    ),
                });
            }
        }
        if let Some(allowed) = self
            .allowed_frequencies
            .as_ref()
            .filter(|a| !a.contains(&input.frequency))
        {
            let names: Vec<String> = allowed.iter().map(|f| f.name(lang)).collect();
            out.push(Violation {
                code: "allowed_frequencies",
                field: "frequency",
                message: texts::FREQUENCY_NOT_ALLOWED.render(
                    lang,
                    &[
                        ("frequency", &input.frequency.name(lang)),
                        ("allowed", &names.join(", ")),
                    ],
                ),
            });
        }
        out
    }
}
