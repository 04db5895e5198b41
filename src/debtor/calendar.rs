//! `planCalendar`: the payments of a plan as an iCalendar file (RFC 5545):
//! one all-day VEVENT per payment, down payment included, each with a
//! reminder the day before.
//!
//! Text is escaped (§3.3.11), control characters are dropped, lines end in
//! CRLF and are folded at 75 octets without splitting a character
//! (§3.1). UIDs are stable: the same plan gives the same UIDs, so
//! importing it again updates the events instead of doubling them.

use super::offer::{self, MAX_NAME, MAX_REFERENCE};
use super::proposal::Proposal;
use super::texts as t;
use crate::date::Date;
use crate::error::Result;
use crate::input::Obj;
use crate::json::Json;
use crate::locale::Lang;
use crate::plan::payment_plan;
use crc::{Crc, NoTable, CRC_32_ISO_HDLC};
use serde::Serialize;

/// Longest event title, in characters.
pub const MAX_TITLE: usize = 120;

/// What `planCalendar` returns.
#[derive(Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
pub struct Calendar {
    /// The `.ics` text.
    pub ics: String,
}

/// One payment of the calendar.
struct Payment {
    date: Date,
    summary: String,
    description: String,
    /// A reminder the day before; not for the agreement day itself, whose
    /// eve has passed when the plan is made.
    alarm: bool,
}

/// `planCalendar(paymentPlanInput + {title, creditorName, reference, lang})`.
///
/// # Errors
/// The field errors of `paymentPlan`; `out_of_range` for a title, name or
/// reference too long.
///
/// # Example
/// ```
/// let out = cobro::api::plan_calendar_json(
///     r#"{"amount": "300", "currency": "EUR", "startDate": "2027-01-10", "installments": 3, "creditorName": "Ana"}"#,
/// ).map_err(|e| e.message)?;
/// assert!(out.contains(r"DTSTART;VALUE=DATE:20270210\r\n"));
/// # Ok::<(), String>(())
/// ```
pub fn plan_calendar(value: &Json) -> Result<Calendar> {
    let o = Obj::root(value)?;
    let proposal = Proposal::read(value, &["title"])?;
    let creditor = offer::text(&o, "creditorName", MAX_NAME)?;
    let title = offer::text(&o, "title", MAX_TITLE)?;
    offer::text(&o, "reference", MAX_REFERENCE)?;
    let input = proposal.plan_input()?;
    let plan = payment_plan(&input)?;
    let (lang, locale, cur) = (input.lang, input.locale, input.currency);
    let money = |v: rust_decimal::Decimal| locale.format_money(v, &cur);
    let creditor = creditor.unwrap_or_else(|| lang.pick("el acreedor", "the creditor").to_string());
    let title = title.unwrap_or_else(|| t::DEFAULT_TITLE.render(lang, &[("creditor", &creditor)]));
    let reference = proposal.reference.as_deref().map_or_else(String::new, |r| {
        t::REFERENCE.render(lang, &[("reference", r)])
    });
    let describe = |amount: &str, balance: &str| {
        t::EVENT_DESCRIPTION.render(
            lang,
            &[
                ("amount", amount),
                ("creditor", &creditor),
                ("ref", &reference),
                ("balance", balance),
            ],
        )
    };
    let mut payments = Vec::with_capacity(plan.schedule.len() + 1);
    // What is paid on the agreement day: down payment and opening fee.
    let (down, fee) = (plan.down_payment.value(), plan.totals.fees.value());
    if !(down + fee).is_zero() {
        let amount = money(down + fee);
        let text = match (down.is_zero(), fee.is_zero()) {
            (false, true) => t::EVENT_DOWN_PAYMENT,
            (true, false) => t::EVENT_FEE,
            _ => t::EVENT_DOWN_PAYMENT_AND_FEE,
        };
        payments.push(Payment {
            date: input.start_date,
            summary: text.render(lang, &[("amount", &amount), ("title", &title)]),
            description: describe(&amount, &money(plan.financed.value())),
            alarm: false,
        });
    }
    let count = plan.count.to_string();
    for row in &plan.schedule {
        let amount = money(row.payment.value());
        payments.push(Payment {
            date: row.due_date,
            summary: if proposal.settlement.is_some() {
                t::EVENT_SINGLE.render(lang, &[("amount", &amount), ("title", &title)])
            } else {
                t::EVENT_INSTALLMENT.render(
                    lang,
                    &[
                        ("number", &row.number.to_string()),
                        ("count", &count),
                        ("amount", &amount),
                        ("title", &title),
                    ],
                )
            },
            description: describe(&amount, &money(row.balance.value())),
            alarm: true,
        });
    }
    let plan_id = format!("{:08x}", CRC32.checksum(proposal.to_code().as_bytes()));
    Ok(Calendar {
        ics: write(&payments, &plan_id, input.start_date, lang),
    })
}

const CRC32: Crc<u32, NoTable> = Crc::<u32, NoTable>::new(&CRC_32_ISO_HDLC);

fn write(payments: &[Payment], plan_id: &str, stamp: Date, lang: Lang) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        format!(
            "PRODID:-//Cobro//Cobro {}//{}",
            env!("CARGO_PKG_VERSION"),
            lang.pick("ES", "EN")
        ),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
    ];
    // No clock in the core: the stamp is the agreement date, fixed per plan.
    let stamp = format!("{}T000000Z", compact(stamp));
    for (i, p) in payments.iter().enumerate() {
        let next = p.date.add_days(1, "startDate").unwrap_or(p.date);
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:cobro-{plan_id}-{i:04}@cobro.invalid"),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", compact(p.date)),
            format!("DTEND;VALUE=DATE:{}", compact(next)),
            format!("SUMMARY:{}", escape(&p.summary)),
            format!("DESCRIPTION:{}", escape(&p.description)),
            "TRANSP:TRANSPARENT".to_string(),
        ]);
        if p.alarm {
            lines.extend([
                "BEGIN:VALARM".to_string(),
                "ACTION:DISPLAY".to_string(),
                "TRIGGER:-P1D".to_string(),
                format!(
                    "DESCRIPTION:{}",
                    escape(&t::EVENT_ALARM.render(lang, &[("summary", &p.summary)]))
                ),
                "END:VALARM".to_string(),
            ]);
        }
        lines.push("END:VEVENT".to_string());
    }
    lines.push("END:VCALENDAR".to_string());
    let mut out = String::new();
    for line in &lines {
        fold(line, &mut out);
    }
    out
}

/// `YYYYMMDD`.
fn compact(d: Date) -> String {
    d.to_string().replace('-', "")
}

/// TEXT escaping (RFC 5545 §3.3.11): `\ ; ,` and line breaks; other
/// control characters cannot appear in a TEXT value and are dropped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded at 75 octets (continuations start with a space,
/// which counts), never inside a UTF-8 character, then CRLF.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_and_folding() {
        assert_eq!(
            escape("a;b,c\\d\r\ne\rf\ng\u{7}h"),
            "a\\;b\\,c\\\\d\\ne\\nf\\ng".to_string() + "h"
        );
        let mut out = String::new();
        fold(&"é".repeat(80), &mut out);
        let lines: Vec<&str> = out.trim_end_matches("\r\n").split("\r\n").collect();
        // 37 two-byte characters fill 74 octets; a 38th would make 76.
        assert_eq!(lines[0].len(), 74);
        assert!(lines.iter().all(|l| l.len() <= 75));
        assert_eq!(lines[1].len(), 75);
        let joined: String = lines
            .iter()
            .enumerate()
            .map(|(i, l)| if i == 0 { *l } else { &l[1..] })
            .collect();
        assert_eq!(joined, "é".repeat(80));
    }
}
