//! `collectionAdvice`: for one customer's open invoices, the stage of the
//! ladder today, the next step and its date, the figures, the actions and
//! the messages to send (SPEC §5).

use super::ladder::{default_ladder, read_channels, read_ladder, shifted, Channel, Stage, Step};
use super::messages;
use super::segment::{classify, read_history, read_promises, Promise, Segment, Thresholds};
use super::template::{fold_to_gsm7, render, sms_length, SmsLength};
use crate::date::{BusinessDayRule, Calendar, Date};
use crate::error::{Code, Error, Result};
use crate::input::Obj;
use crate::interest::{late_interest, InterestInput};
use crate::json::Json;
use crate::locale::{Lang, Locale};
use crate::money::{Checked, Currency};
use crate::plan::Note;
use crate::serial::{amount, Amount};
use crate::texts::Text;
use rust_decimal::Decimal;
use serde::Serialize;
use std::borrow::Cow;

/// Days to pay after a firm notice or a demand.
pub const DEADLINE_DAYS: i64 = 7;

/// One open invoice.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Invoice {
    number: String,
    amount: Decimal,
    paid: Decimal,
    due_date: Date,
}

/// A figure per invoice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct InvoiceFigures {
    /// Invoice number.
    pub number: String,
    /// Still owed.
    pub amount_due: Amount,
    /// Due date.
    pub due_date: Date,
    /// Days late on `asOf` (negative: days to go).
    pub days_late: i64,
    /// Late interest to date; `None` when unknown.
    pub interest: Option<Amount>,
    /// Compensation for recovery costs.
    pub compensation: Amount,
}

/// The totals of the advice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Figures {
    /// ISO 4217 code.
    pub currency: &'static str,
    /// Days since the oldest due date (negative before it).
    pub days_late: i64,
    /// Principal still owed.
    pub amount_due: Amount,
    /// Late interest to date; `None` when it cannot be known.
    pub interest: Option<Amount>,
    /// Why the interest is unknown, when it is.
    pub interest_unknown_reason: Option<String>,
    /// Compensation (B2B regimes only).
    pub compensation: Amount,
    /// Everything owed today (interest counted when known).
    pub total_due: Amount,
    /// True when the interest rests on a rate assumed past a table's end
    /// (`pastCoverage: "assumeLastRate"`); a note says from which day.
    pub provisional: bool,
}

/// The next step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
pub struct NextStage {
    /// Its stage.
    pub stage: Stage,
    /// Its day, moved to a working day.
    pub date: Date,
}

/// Something to do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
pub struct Action {
    /// Stable id.
    pub code: &'static str,
    /// What to do, in words.
    pub text: String,
}

/// A message ready to send.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
pub struct Message {
    /// The channel.
    pub channel: Channel,
    /// Subject, for e-mail.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typegen", ts(optional))]
    pub subject: Option<String>,
    /// The text.
    pub body: String,
    /// SMS segments the text takes (SPEC §5 `segments`), for SMS.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typegen", ts(optional))]
    pub segments: Option<usize>,
    /// SMS encoding, length and segments, for SMS.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typegen", ts(optional))]
    pub sms: Option<SmsLength>,
}

/// A message beyond the stage's own: a payment-promise confirmation or a
/// payment-plan proposal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
pub struct ExtraMessage {
    /// `promise_confirmation` or `plan_proposal`.
    pub kind: &'static str,
    /// The message.
    #[serde(flatten)]
    pub message: Message,
}

/// The result of `collectionAdvice`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Advice {
    /// The stage today.
    pub stage: Stage,
    /// Its name in the customer's language.
    pub stage_name: &'static str,
    /// The day to make today's contact: `asOf`, or the next working day.
    pub contact_date: Date,
    /// The next step of the ladder, if any.
    pub next_stage: Option<NextStage>,
    /// The customer's segment, given or classified.
    pub segment: Option<Segment>,
    /// Why, when it was classified from a history.
    pub segment_reasons: Vec<String>,
    /// The figures.
    pub figures: Figures,
    /// Per invoice.
    pub invoices: Vec<InvoiceFigures>,
    /// What to do.
    pub actions: Vec<Action>,
    /// Messages for the suggested channels.
    pub messages: Vec<Message>,
    /// A promise confirmation (when a promise is pending) and a payment-plan
    /// proposal (from the second reminder to legal action).
    pub extra_messages: Vec<ExtraMessage>,
    /// The ladder used, after the segment's shift.
    pub ladder: Vec<Step>,
    /// Placeholder values the messages used (for `renderTemplate`).
    #[serde(serialize_with = "crate::serial::pairs_as_map")]
    #[cfg_attr(feature = "typegen", ts(type = "Record<string, string>"))]
    pub values: Vec<(String, String)>,
    /// Explanations.
    pub notes: Vec<Note>,
}

/// `collectionAdvice(input)`.
///
/// # Errors
/// `currency_mismatch` (`invoices[2].currency`), `overpaid`
/// (`invoices[1].paid`), `missing_field` (`promises[0].date`),
/// `unknown_stage` (`ladder[3].stage`), and the usual field errors.
pub fn collection_advice(value: &Json) -> Result<Advice> {
    let o = Obj::root(value)?;
    o.only(&[&[
        "invoices",
        "asOf",
        "customer",
        "promises",
        "disputed",
        "creditor",
        "regime",
        "annualRatePercent",
        "rateTable",
        "dayCount",
        "pastCoverage",
        "ladder",
        "contacts",
        "holidays",
        "lang",
        "locale",
    ]])?;
    let top_lang = o.lang()?;
    let customer = o.object("customer")?;
    if let Some(c) = &customer {
        c.only(&[&[
            "name", "segment", "history", "b2b", "channels", "lang", "locale",
        ]])?;
    }
    if let Some(c) = o.object("creditor")? {
        c.only(&[&["name", "paymentMethods", "paymentLink", "contact"]])?;
    }
    let lang = match customer.as_ref().map(|c| c.lang()).transpose()? {
        Some(l) if customer.as_ref().is_some_and(|c| c.has("lang")) => l,
        _ => top_lang,
    };
    let locale_tag = customer
        .as_ref()
        .and_then(|c| c.str("locale").ok().flatten())
        .or(o.str("locale")?);
    let locale = match locale_tag {
        Some(tag) => Locale::find(tag, "customer.locale")?,
        None => Locale::for_lang(lang),
    };
    let as_of = o.required("asOf", o.date("asOf"))?;
    let (invoices, currency) = read_invoices(&o)?;
    let promises = read_promises(&o, &currency)?;
    let disputed = o.boolean("disputed")?.unwrap_or(false);
    let b2b = customer
        .as_ref()
        .map(|c| c.boolean("b2b"))
        .transpose()?
        .flatten()
        .unwrap_or(true);
    let (segment, segment_reasons) =
        read_segment(customer.as_ref(), &currency, as_of, &promises, lang, locale)?;
    let ladder = shifted(&read_ladder(&o)?.unwrap_or_else(default_ladder), segment);
    let contacts = super::ladder::read_contacts(&o, as_of)?;
    let preferred: Vec<Channel> = match customer
        .as_ref()
        .map(|c| c.array("channels"))
        .transpose()?
        .flatten()
    {
        Some(list) => read_channels(list)?,
        None => Vec::new(),
    };
    let calendar = Calendar::with(&crate::holidays::Holidays::read(&o, "holidays")?);
    let mut contact_date = calendar.adjust(as_of, BusinessDayRule::Following, "asOf")?;
    let mut notes = Vec::new();

    let open: Vec<&Invoice> = invoices.iter().filter(|i| i.amount > i.paid).collect();
    let oldest_due = open.iter().map(|i| i.due_date).min();
    let days_late = oldest_due.map_or(0, |d| d.days_until(as_of));
    let pending = promises
        .iter()
        .filter(|p| p.date >= as_of && p.kept != Some(false) && p.kept != Some(true))
        .min_by_key(|p| p.date)
        .copied();
    let broken = promises.iter().any(|p| p.is_broken(as_of));

    let (stage, next_stage) = if open.is_empty() {
        (Stage::Paid, None)
    } else if disputed {
        (Stage::Disputed, None)
    } else if let Some(p) = pending {
        // Pause; a reminder the day before the promise, on a working day
        // before it (the previous one when that day is not).
        let reminder = calendar.adjust(
            p.date.add_days(-1, "promises")?,
            BusinessDayRule::Preceding,
            "promises",
        )?;
        // Today: wait, no contact. Next: the reminder, and once it is past,
        // the check the day after the promised date (a broken promise
        // moves to at least the firm notice).
        let next = if reminder >= as_of {
            contact_date = reminder;
            NextStage {
                stage: Stage::PromisePending,
                date: reminder,
            }
        } else {
            let check = calendar.adjust(
                p.date.add_days(1, "promises")?,
                BusinessDayRule::Following,
                "promises",
            )?;
            let by_days = ladder
                .iter()
                .rev()
                .find(|s| s.day <= oldest_due.map_or(0, |d| d.days_until(check)))
                .map_or(Stage::FirmNotice, |s| s.stage);
            NextStage {
                stage: by_days.max(Stage::FirmNotice),
                date: check,
            }
        };
        (Stage::PromisePending, Some(next))
    } else {
        let due = oldest_due.unwrap_or(as_of);
        let mut current = ladder
            .iter()
            .rev()
            .find(|s| s.day <= days_late)
            .map_or(Stage::NotDue, |s| s.stage);
        if broken && current < Stage::FirmNotice {
            current = Stage::FirmNotice;
            notes.push(Note {
                code: "broken_promise",
                message: BROKEN_NOTE.render(lang, &[]),
            });
        }
        // With a record of what was sent, the ladder advances from it.
        if let Some(contacts) = &contacts {
            let (step, date) =
                from_record(&ladder, contacts, current, due, contact_date, &calendar)?;
            current = step;
            contact_date = date;
        }
        let mut next = None;
        // With a record, the step after today's comes once today's is sent
        // and the ladder's gap has passed.
        if contacts.is_some() {
            let day_of = |s: Stage| ladder.iter().find(|x| x.stage == s).map(|x| x.day);
            if let Some(step) = ladder.iter().find(|s| s.stage > current) {
                let gap = step.day - day_of(current).unwrap_or(step.day - 1);
                let earliest = due
                    .add_days(step.day, "ladder")?
                    .max(contact_date.add_days(gap.max(1), "ladder")?);
                next = Some(NextStage {
                    stage: step.stage,
                    date: calendar.adjust(earliest, BusinessDayRule::Following, "ladder")?,
                });
            }
        }
        for step in ladder
            .iter()
            .filter(|s| s.stage > current && next.is_none())
        {
            let date = calendar.adjust(
                due.add_days(step.day, "ladder")?,
                BusinessDayRule::Following,
                "ladder",
            )?;
            if date > contact_date {
                next = Some(NextStage {
                    stage: step.stage,
                    date,
                });
                break;
            }
        }
        (current, next)
    };

    let (figures, per_invoice) =
        figures(&o, &open, as_of, currency, b2b, locale, lang, &mut notes)?;
    let deadline = calendar.adjust(
        contact_date.add_days(DEADLINE_DAYS, "asOf")?,
        BusinessDayRule::Following,
        "asOf",
    )?;
    let values = values(
        &o,
        &open,
        &figures,
        oldest_due,
        deadline,
        pending.or(promises.last().copied()),
        as_of,
        currency,
        lang,
        locale,
        contacts.as_deref(),
    )?;
    let step_channels = ladder
        .iter()
        .find(|s| s.stage == stage)
        .map(|s| s.channels.clone());
    let channels = channels_for(stage, step_channels, &preferred);
    let pairs: Vec<(&str, &str)> = values
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let mut messages_out = Vec::new();
    for channel in channels {
        if let Some(m) = built_in(stage.id(), channel, &pairs, lang)? {
            messages_out.push(m);
        }
    }
    let mut extra_messages = Vec::new();
    if pending.is_some() {
        if let Some(message) = built_in("promise_confirmation", Channel::Email, &pairs, lang)? {
            extra_messages.push(ExtraMessage {
                kind: "promise_confirmation",
                message,
            });
        }
    }
    if (Stage::SecondReminder..=Stage::LegalAction).contains(&stage) {
        if let Some(message) = built_in("plan_proposal", Channel::Email, &pairs, lang)? {
            extra_messages.push(ExtraMessage {
                kind: "plan_proposal",
                message,
            });
        }
    }
    Ok(Advice {
        stage,
        stage_name: stage_name(stage, lang),
        contact_date,
        next_stage,
        segment,
        segment_reasons,
        actions: actions(stage, broken, b2b, lang),
        figures,
        invoices: per_invoice,
        messages: messages_out,
        extra_messages,
        ladder,
        values,
        notes,
    })
}

/// A built-in message of `kind` on `channel`, rendered; SMS folded to GSM-7.
fn built_in(
    kind: &str,
    channel: Channel,
    pairs: &[(&str, &str)],
    lang: Lang,
) -> Result<Option<Message>> {
    let Some(text) = messages::find(kind, channel_id(channel)) else {
        return Ok(None);
    };
    let subject = match channel {
        Channel::Email => Some(render(
            lang.pick(text.subject_es, text.subject_en),
            pairs,
            "template",
        )?),
        _ => None,
    };
    let mut body = render(lang.pick(text.body_es, text.body_en), pairs, "template")?;
    if channel == Channel::Sms {
        body = fold_to_gsm7(&body);
    }
    let sms = (channel == Channel::Sms).then(|| sms_length(&body));
    Ok(Some(Message {
        channel,
        subject,
        body,
        segments: sms.map(|s| s.segments),
        sms,
    }))
}

fn read_invoices(o: &Obj<'_>) -> Result<(Vec<Invoice>, Currency)> {
    let items = o.required("invoices", o.array("invoices"))?;
    let mut currency: Option<Currency> = None;
    let mut out = Vec::with_capacity(items.len());
    for (path, v) in items {
        let i = Obj::nested(v, &path)?;
        i.only(&[&[
            "number",
            "amount",
            "currency",
            "issueDate",
            "dueDate",
            "paid",
        ]])?;
        let cur = Currency::find(
            i.required("currency", i.str("currency"))?,
            &i.path("currency"),
        )?;
        if let Some(first) = currency {
            if first.code != cur.code {
                return Err(Error::new(
                    Code::CurrencyMismatch,
                    i.path("currency"),
                    format!("{} ≠ {}", cur.code, first.code),
                ));
            }
        }
        currency = Some(cur);
        let number = i.required("number", i.scalar_text("number"))?;
        let amount = i.required("amount", i.amount("amount", &cur))?;
        let paid = i.amount("paid", &cur)?.unwrap_or_default();
        if paid > amount {
            return Err(Error::new(
                Code::Overpaid,
                i.path("paid"),
                format!("{paid} > {amount}"),
            ));
        }
        let due_date = i.required("dueDate", i.date("dueDate"))?;
        let _issue = i.date("issueDate")?;
        out.push(Invoice {
            number,
            amount,
            paid,
            due_date,
        });
    }
    let currency = currency.ok_or_else(|| Error::new(Code::MissingField, "invoices[0]", ""))?;
    Ok((out, currency))
}

fn read_segment(
    customer: Option<&Obj<'_>>,
    currency: &Currency,
    as_of: Date,
    promises: &[Promise],
    lang: Lang,
    locale: Locale,
) -> Result<(Option<Segment>, Vec<String>)> {
    let Some(c) = customer else {
        return Ok((None, Vec::new()));
    };
    if let Some(s) = c.choice("segment", Segment::OPTIONS)? {
        return Ok((Some(s), Vec::new()));
    }
    let history = read_history(c, currency)?;
    if history.is_empty() {
        return Ok((None, Vec::new()));
    }
    let classified = classify(
        &history,
        promises,
        as_of,
        Thresholds::default(),
        lang,
        locale,
        *currency,
    )?;
    Ok((Some(classified.segment), classified.reasons))
}

#[allow(clippy::too_many_arguments)]
fn figures(
    o: &Obj<'_>,
    open: &[&Invoice],
    as_of: Date,
    currency: Currency,
    b2b: bool,
    locale: Locale,
    lang: Lang,
    notes: &mut Vec<Note>,
) -> Result<(Figures, Vec<InvoiceFigures>)> {
    let asked = o.str("regime")?;
    // A consumer is never given a commercial-only regime: the country's
    // consumer regime applies, without compensation, and a note says so.
    let regime = match asked {
        Some(id) if !b2b => {
            let consumer = consumer_regime(id)?;
            if let Some(to) = consumer {
                let name = |id: &str| {
                    crate::interest::find_regime(id, "regime")
                        .map(|r| lang.pick(r.name_es, r.name_en))
                };
                let (from_name, to_name) = (name(id)?, name(to)?);
                notes.push(Note {
                    code: "consumer_regime",
                    message: CONSUMER_REGIME.render(lang, &[("from", from_name), ("to", to_name)]),
                });
            }
            Some(consumer.unwrap_or(id))
        }
        other => other,
    };
    let mut per = Vec::with_capacity(open.len());
    let (mut due, mut interest, mut compensation) =
        (Decimal::ZERO, Some(Decimal::ZERO), Decimal::ZERO);
    let mut unknown_reason = None;
    let mut provisional: Option<Note> = None;
    for inv in open {
        let outstanding = inv.amount.sub(inv.paid, "invoices")?;
        due = due.add(outstanding, "invoices")?;
        let (inv_interest, inv_comp) = match regime {
            None => (None, Decimal::ZERO),
            Some(id) => {
                let input =
                    interest_input(o, id, inv, outstanding, as_of, currency, b2b, lang, locale);
                match input.and_then(|i| late_interest(&i)) {
                    Ok(r) => {
                        if r.provisional && provisional.is_none() {
                            provisional = r
                                .notes
                                .iter()
                                .find(|n| n.code == "provisional_rate")
                                .cloned();
                        }
                        (Some(r.interest.value()), r.compensation.value())
                    }
                    Err(e) if e.kind() == Code::RateUnknown => {
                        unknown_reason = Some(e.message(lang));
                        // The compensation does not depend on the rate: it is
                        // owed from the first day late.
                        let first_day = inv.due_date.add_days(1, "invoices")?;
                        let comp = interest_input(
                            o,
                            id,
                            inv,
                            outstanding,
                            first_day,
                            currency,
                            b2b,
                            lang,
                            locale,
                        )
                        .and_then(|i| late_interest(&i))
                        .map_or(Decimal::ZERO, |r| r.compensation.value());
                        (None, comp)
                    }
                    Err(e) => return Err(e),
                }
            }
        };
        interest = match (interest, inv_interest) {
            (Some(a), Some(b)) => Some(a.add(b, "invoices")?),
            _ => None,
        };
        compensation = compensation.add(inv_comp, "invoices")?;
        per.push(InvoiceFigures {
            number: inv.number.clone(),
            amount_due: amount(outstanding, &currency),
            due_date: inv.due_date,
            days_late: inv.due_date.days_until(as_of),
            interest: inv_interest.map(|v| amount(v, &currency)),
            compensation: amount(inv_comp, &currency),
        });
    }
    if regime.is_none() && !open.is_empty() {
        unknown_reason = Some(NO_REGIME.render(lang, &[]));
        interest = None;
    }
    if let Some(reason) = &unknown_reason {
        notes.push(Note {
            code: "interest_unknown",
            message: reason.clone(),
        });
    }
    let is_provisional = provisional.is_some();
    notes.extend(provisional);
    let total = due
        .add(interest.unwrap_or_default(), "invoices")?
        .add(compensation, "invoices")?;
    let days_late = open
        .iter()
        .map(|i| i.due_date)
        .min()
        .map_or(0, |d| d.days_until(as_of));
    Ok((
        Figures {
            currency: currency.code,
            days_late,
            amount_due: amount(due, &currency),
            interest: interest.map(|v| amount(v, &currency)),
            interest_unknown_reason: unknown_reason,
            compensation: amount(compensation, &currency),
            total_due: amount(total, &currency),
            provisional: is_provisional,
        },
        per,
    ))
}

/// The §3 input of one invoice: the advice's regime fields, this
/// invoice's outstanding amount, due date and `asOf`; compensation only
/// for business customers.
#[allow(clippy::too_many_arguments)]
fn interest_input(
    o: &Obj<'_>,
    regime: &str,
    inv: &Invoice,
    outstanding: Decimal,
    as_of: Date,
    currency: Currency,
    b2b: bool,
    lang: Lang,
    locale: Locale,
) -> Result<InterestInput> {
    let mut pairs: Vec<(Cow<'_, str>, Json<'_>)> = vec![
        ("currency".into(), Json::String(currency.code.into())),
        (
            "principal".into(),
            Json::String(outstanding.to_string().into()),
        ),
        (
            "dueDate".into(),
            Json::String(inv.due_date.to_string().into()),
        ),
        ("asOf".into(), Json::String(as_of.to_string().into())),
        ("regime".into(), Json::String(regime.into())),
        ("lang".into(), Json::String(lang.pick("es", "en").into())),
        ("locale".into(), Json::String(locale.tag.into())),
    ];
    if !b2b {
        pairs.push(("compensation".into(), Json::String("none".into())));
    }
    for key in ["annualRatePercent", "rateTable", "dayCount", "pastCoverage"] {
        if let Some(v) = o.map_value(key) {
            pairs.push((key.into(), v.clone()));
        }
    }
    InterestInput::from_json(&Json::Object(pairs))
}

#[allow(clippy::too_many_arguments)]
fn values(
    o: &Obj<'_>,
    open: &[&Invoice],
    figures: &Figures,
    oldest_due: Option<Date>,
    deadline: Date,
    promise: Option<Promise>,
    as_of: Date,
    currency: Currency,
    lang: Lang,
    locale: Locale,
    contacts: Option<&[super::ladder::Contact]>,
) -> Result<Vec<(String, String)>> {
    let money = |a: &Amount| locale.format_money(a.value(), &currency);
    // What was sent, in words, only when it is on record.
    let mut sent: Vec<Date> = contacts
        .unwrap_or_default()
        .iter()
        .map(|c| c.date)
        .collect();
    sent.sort_unstable();
    sent.dedup();
    let previous = if sent.is_empty() {
        String::new()
    } else {
        let dates: Vec<String> = sent.iter().map(|d| locale.format_date(*d)).collect();
        PREVIOUS_CONTACTS.render(lang, &[("dates", &join_words(&dates, lang))])
    };
    let customer = o.object("customer")?;
    let creditor = o.object("creditor")?;
    let name = customer
        .as_ref()
        .map(|c| c.str("name"))
        .transpose()?
        .flatten()
        .unwrap_or_else(|| lang.pick("cliente", "customer"));
    let creditor_name = creditor
        .as_ref()
        .map(|c| c.str("name"))
        .transpose()?
        .flatten()
        .unwrap_or_default();
    let given_contact = creditor
        .as_ref()
        .map(|c| c.str("contact"))
        .transpose()?
        .flatten();
    let contact = given_contact.unwrap_or(creditor_name);
    let signature = match given_contact {
        Some(c) if !creditor_name.is_empty() => format!("{creditor_name} · {c}"),
        Some(c) => c.to_string(),
        None => creditor_name.to_string(),
    };
    let link = creditor
        .as_ref()
        .map(|c| c.str("paymentLink"))
        .transpose()?
        .flatten();
    let mut methods: Vec<String> = Vec::new();
    if let Some(c) = &creditor {
        match c.array("paymentMethods")? {
            Some(list) => methods.extend(
                list.into_iter()
                    .filter_map(|(_, v)| v.as_str().map(str::to_string)),
            ),
            None => methods.extend(c.str("paymentMethods")?.map(str::to_string)),
        }
    }
    let numbers: Vec<String> = open.iter().map(|i| i.number.clone()).collect();
    let list_words = join_words(&numbers, lang);
    let invoice_ref = match (numbers.len(), lang) {
        (1, Lang::Es) => format!("la factura {list_words}"),
        (_, Lang::Es) => format!("las facturas {list_words}"),
        (1, Lang::En) => format!("invoice {list_words}"),
        (_, Lang::En) => format!("invoices {list_words}"),
    };
    let lines: Vec<String> = open
        .iter()
        .map(|i| {
            let due = i.amount.checked_sub(i.paid).unwrap_or(i.amount);
            INVOICE_LINE.render(
                lang,
                &[
                    ("number", &i.number),
                    ("date", &locale.format_date(i.due_date)),
                    ("amount", &locale.format_money(due, &currency)),
                ],
            )
        })
        .collect();
    let payment = match (methods.is_empty(), link) {
        (true, None) => PAY_REPLY.render(lang, &[]),
        (true, Some(l)) => PAY_LINK.render(lang, &[("link", l)]),
        (false, None) => {
            PAY_METHODS.render(lang, &[("methods", &join_alternatives(&methods, lang))])
        }
        (false, Some(l)) => PAY_BOTH.render(
            lang,
            &[("methods", &join_alternatives(&methods, lang)), ("link", l)],
        ),
    };
    let interest = figures.interest.as_ref().map_or_else(
        || {
            lang.pick("pendiente de calcular", "to be calculated")
                .to_string()
        },
        money,
    );
    let date = |d: Option<Date>| d.map(|d| locale.format_date(d)).unwrap_or_default();
    // The compensation line only when some is owed (never for consumers).
    let mut figure_lines = vec![
        FIGURE_DUE.render(lang, &[("amount", &money(&figures.amount_due))]),
        FIGURE_INTEREST.render(lang, &[("amount", &interest)]),
    ];
    if !figures.compensation.value().is_zero() {
        figure_lines
            .push(FIGURE_COMPENSATION.render(lang, &[("amount", &money(&figures.compensation))]));
    }
    figure_lines.push(FIGURE_TOTAL.render(lang, &[("amount", &money(&figures.total_due))]));
    let v = vec![
        ("customerName", name.to_string()),
        ("invoiceNumbers", list_words),
        ("invoiceRef", invoice_ref),
        ("invoiceList", lines.join("\n")),
        ("amountDue", money(&figures.amount_due)),
        ("daysLate", figures.days_late.max(0).to_string()),
        ("dueDate", date(oldest_due)),
        ("interest", interest),
        ("compensation", money(&figures.compensation)),
        ("totalDue", money(&figures.total_due)),
        ("figures", figure_lines.join("\n")),
        ("newDeadline", locale.format_date(deadline)),
        ("paymentLink", link.unwrap_or_default().to_string()),
        ("paymentMethods", payment),
        ("creditorName", creditor_name.to_string()),
        ("creditorContact", contact.to_string()),
        ("signature", signature),
        ("promiseDate", date(promise.map(|p| p.date))),
        (
            "promiseAmount",
            promise.and_then(|p| p.amount).map_or_else(
                || money(&figures.amount_due),
                |a| locale.format_money(a, &currency),
            ),
        ),
        ("today", locale.format_date(as_of)),
        ("previousContacts", previous),
    ];
    Ok(v.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

/// "A, B y C" / "A, B and C" — or, for alternatives, "A, B o C" / "A, B or C".
fn join_words(items: &[String], lang: Lang) -> String {
    join_with(items, lang.pick("y", "and"))
}

fn join_alternatives(items: &[String], lang: Lang) -> String {
    join_with(items, lang.pick("o", "or"))
}

fn join_with(items: &[String], conjunction: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {conjunction} {last}", rest.join(", ")),
    }
}

/// The channels of a stage: the customer's preferred ones that the stage
/// uses, in the stage's order; all of the stage's when none match.
fn channels_for(stage: Stage, step: Option<Vec<Channel>>, preferred: &[Channel]) -> Vec<Channel> {
    let stage_channels = step.unwrap_or_else(|| match stage {
        Stage::PromisePending => vec![Channel::Email, Channel::Whatsapp, Channel::Sms],
        Stage::Disputed | Stage::Paid => vec![Channel::Email],
        _ => Vec::new(),
    });
    let both: Vec<Channel> = stage_channels
        .iter()
        .copied()
        .filter(|c| preferred.contains(c))
        .collect();
    if both.is_empty() {
        stage_channels
    } else {
        both
    }
}

fn channel_id(c: Channel) -> &'static str {
    Channel::OPTIONS
        .iter()
        .find(|(_, ch)| *ch == c)
        .map_or("email", |(id, _)| id)
}

const INVOICE_LINE: Text = Text {
    es: "• Factura {number} · vencimiento: {date} · {amount}",
    en: "• Invoice {number} · due: {date} · {amount}",
};
const FIGURE_DUE: Text = Text {
    es: "Importe pendiente: {amount}",
    en: "Amount outstanding: {amount}",
};
const FIGURE_INTEREST: Text = Text {
    es: "Intereses de demora hasta hoy: {amount}",
    en: "Late-payment interest to date: {amount}",
};
const FIGURE_COMPENSATION: Text = Text {
    es: "Indemnización por costes de cobro: {amount}",
    en: "Compensation for recovery costs: {amount}",
};
const FIGURE_TOTAL: Text = Text {
    es: "Total a la fecha: {amount}",
    en: "Total to date: {amount}",
};
const PAY_REPLY: Text = Text {
    es: "Para pagar, responda a este mensaje y le indicamos cómo.",
    en: "To pay, reply to this message and we will tell you how.",
};
const PAY_LINK: Text = Text {
    es: "Puede pagar aquí: {link}",
    en: "You can pay here: {link}",
};
const PAY_METHODS: Text = Text {
    es: "Puede pagar por {methods}.",
    en: "You can pay by {methods}.",
};
const PAY_BOTH: Text = Text {
    es: "Puede pagar por {methods}; si lo prefiere, también en línea: {link}",
    en: "You can pay by {methods}; or, if you prefer, online: {link}",
};
/// Today's step with `contacts` on record (SPEC §5): the days-based
/// `current`, but a suspension notice, formal demand, agency hand-over or
/// legal action only with the step before it on record, and at most one
/// step past the last recorded one; that step once the ladder's gap after
/// the last contact has passed (never the day of a contact). Returns the
/// step and its contact day.
fn from_record(
    ladder: &[super::ladder::Step],
    contacts: &[super::ladder::Contact],
    days_based: Stage,
    due: Date,
    today: Date,
    calendar: &Calendar,
) -> Result<(Stage, Date)> {
    let on_record = |s: Stage| contacts.iter().any(|c| c.stage == s);
    let before = |s: Stage| {
        ladder
            .iter()
            .take_while(|x| x.stage != s)
            .last()
            .map(|x| x.stage)
    };
    let after = |s: Stage| {
        ladder
            .iter()
            .skip_while(|x| x.stage != s)
            .nth(1)
            .map(|x| x.stage)
    };
    let day_of = |s: Stage| ladder.iter().find(|x| x.stage == s).map(|x| x.day);
    let gated = |s: Stage| (Stage::SuspensionNotice..=Stage::LegalAction).contains(&s);
    let mut step = days_based;
    while gated(step) && !before(step).is_some_and(on_record) {
        step = before(step).unwrap_or(Stage::NotDue);
    }
    let last = contacts
        .iter()
        .filter(|c| day_of(c.stage).is_some())
        .max_by_key(|c| (c.stage, c.date));
    let Some(last) = last else {
        return Ok((step, today));
    };
    // What was sent last is done: the next step is the one after it.
    let Some(next) = after(last.stage) else {
        return Ok((last.stage, today));
    };
    let gap = day_of(next).unwrap_or(0) - day_of(last.stage).unwrap_or(0);
    let latest = contacts.iter().map(|c| c.date).max().unwrap_or(last.date);
    let earliest = [
        due.add_days(day_of(next).unwrap_or(0), "contacts")?,
        last.date.add_days(gap.max(1), "contacts")?,
        latest.add_days(1, "contacts")?,
        today,
    ]
    .into_iter()
    .max()
    .unwrap_or(today);
    Ok((
        next,
        calendar.adjust(earliest, BusinessDayRule::Following, "contacts")?,
    ))
}

/// The consumer regime of a commercial-only one (`None`: the regime
/// applies to consumers too).
///
/// # Errors
/// `conflicting_fields` for a commercial-only regime whose country's
/// consumer rate Cobro does not ship (the UK, the Netherlands).
fn consumer_regime(id: &str) -> Result<Option<&'static str>> {
    match id {
        "es-commercial" => Ok(Some("es-legal")),
        "de-b2b" => Ok(Some("de-b2c")),
        "uk-commercial" | "nl-commercial" => Err(Error::localized(
            Code::ConflictingFields,
            "customer.b2b",
            format!("«{id}» es solo para deudas entre empresas, y Cobro no incluye el tipo legal para consumidores de ese país; indique un tipo («fixed») o ningún régimen"),
            format!("“{id}” is for business debts only, and Cobro does not ship that country's statutory rate for consumers; give a rate (“fixed”) or no regime"),
        )),
        _ => Ok(None),
    }
}

const PREVIOUS_CONTACTS: Text = Text {
    es: "Le escribimos sobre esta deuda el {dates}. ",
    en: "We wrote to you about this debt on {dates}. ",
};
const CONSUMER_REGIME: Text = Text {
    es: "Cliente consumidor: se aplica «{to}» en lugar de «{from}», que es solo para operaciones entre empresas, y no hay indemnización por costes de cobro.",
    en: "Consumer customer: “{to}” applies instead of “{from}”, which is for business transactions only, and there is no compensation for recovery costs.",
};
const NO_REGIME: Text = Text {
    es: "No se calculan intereses: indique el régimen («regime») que se aplica a estas facturas.",
    en: "No interest is computed: give the regime (“regime”) that applies to these invoices.",
};
const BROKEN_NOTE: Text = Text {
    es: "El cliente incumplió una promesa de pago: se pasa al menos al aviso firme.",
    en: "The customer broke a payment promise: the process moves at least to the firm notice.",
};

/// Stage names, in Spanish and English.
pub fn stage_name(stage: Stage, lang: Lang) -> &'static str {
    let (es, en) = match stage {
        Stage::NotDue => ("aún no ha vencido", "not yet due"),
        Stage::PreDue => ("recordatorio previo al vencimiento", "pre-due reminder"),
        Stage::FirstReminder => ("primer recordatorio", "first reminder"),
        Stage::SecondReminder => ("segundo recordatorio", "second reminder"),
        Stage::FirmNotice => ("aviso firme", "firm notice"),
        Stage::SuspensionNotice => (
            "aviso de suspensión del servicio",
            "service suspension notice",
        ),
        Stage::FormalDemand => ("requerimiento formal", "formal demand"),
        Stage::CollectionAgency => ("gestión de cobro externa", "collection agency"),
        Stage::LegalAction => ("reclamación judicial", "legal action"),
        Stage::PromisePending => ("promesa de pago pendiente", "payment promise pending"),
        Stage::Disputed => ("factura en disputa", "invoice disputed"),
        Stage::Paid => ("pagado", "paid"),
    };
    lang.pick(es, en)
}

/// What to do at each stage: (code, Spanish, English).
const ACTIONS: &[(Stage, &str, &str, &str)] = &[
    (Stage::NotDue, "wait", "Nada que hacer todavía.", "Nothing to do yet."),
    (Stage::PreDue, "send_reminder", "Enviar un recordatorio amable antes del vencimiento.", "Send a friendly reminder before the due date."),
    (Stage::FirstReminder, "send_reminder", "Enviar un recordatorio amable: puede ser un despiste.", "Send a friendly reminder: it may be an oversight."),
    (Stage::FirstReminder, "ask_if_wrong", "Preguntar si hay algún problema con la factura.", "Ask whether anything is wrong with the invoice."),
    (Stage::FirstReminder, "offer_payment_options", "Ofrecer formas de pago cómodas.", "Offer convenient ways to pay."),
    (Stage::SecondReminder, "ask_payment_date", "Pedir una fecha concreta de pago (promesa de pago).", "Ask for a specific payment date (a payment promise)."),
    (Stage::SecondReminder, "call", "Llamar si no responde por escrito.", "Call if there is no written answer."),
    (Stage::FirmNotice, "set_deadline", "Fijar un nuevo plazo de 7 días.", "Set a new 7-day deadline."),
    (Stage::FirmNotice, "state_interest", "Indicar los intereses de demora devengados.", "State the late-payment interest accrued."),
    (Stage::FirmNotice, "state_consequences", "Explicar las consecuencias legales de no pagar.", "Explain the lawful consequences of not paying."),
    (Stage::SuspensionNotice, "suspend_service", "Suspender nuevos servicios o entregas.", "Suspend new services or deliveries."),
    (Stage::SuspensionNotice, "claim_interest", "Reclamar los intereses de demora.", "Claim the late-payment interest."),
    (Stage::SuspensionNotice, "offer_plan", "Ofrecer un plan de pagos.", "Offer a payment plan."),
    (Stage::FormalDemand, "formal_demand", "Enviar un requerimiento formal (burofax o carta certificada) con un último plazo.", "Send a formal demand (registered letter) with a final deadline."),
    (Stage::CollectionAgency, "refer_to_agency", "Encargar la gestión del cobro a una empresa especializada.", "Refer the debt to a collection agency."),
    (Stage::LegalAction, "legal_action", "Preparar la reclamación judicial (p. ej., proceso monitorio) con facturas, contratos y requerimientos.", "Prepare the court claim (e.g. a payment order) with invoices, contracts and demands."),
    (Stage::PromisePending, "pause", "Pausar los avisos hasta la fecha prometida.", "Pause reminders until the promised date."),
    (Stage::PromisePending, "remind_day_before", "Recordar el compromiso el día anterior.", "Remind the customer of the commitment the day before."),
    (Stage::Disputed, "pause", "Pausar los avisos de cobro.", "Pause collection reminders."),
    (Stage::Disputed, "resolve_dispute", "Revisar y resolver la disputa antes de seguir.", "Review and resolve the dispute before going on."),
    (Stage::Paid, "thank_customer", "Agradecer el pago.", "Thank the customer for the payment."),
];

fn actions(stage: Stage, broken: bool, b2b: bool, lang: Lang) -> Vec<Action> {
    let mut out: Vec<Action> = ACTIONS
        .iter()
        .filter(|(s, _, _, _)| *s == stage)
        .map(|(_, code, es, en)| Action {
            code,
            text: lang.pick(es, en).to_string(),
        })
        .collect();
    if b2b && stage >= Stage::SuspensionNotice && stage <= Stage::LegalAction {
        out.push(Action {
            code: "claim_compensation",
            text: lang
                .pick(
                    "Reclamar la indemnización por costes de cobro (40 € por factura en la UE).",
                    "Claim the compensation for recovery costs (EUR 40 per invoice in the EU).",
                )
                .to_string(),
        });
    }
    if broken && stage != Stage::Paid {
        out.push(Action {
            code: "broken_promise",
            text: lang
                .pick(
                    "Recordar la promesa incumplida y pedir un compromiso por escrito.",
                    "Mention the broken promise and ask for a written commitment.",
                )
                .to_string(),
        });
    }
    out
}
