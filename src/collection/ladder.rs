//! The escalation ladder: stages, their default days and channels, and
//! how a customer's segment shifts them (SPEC §5).

use super::segment::Segment;
use crate::error::{Code, Error, Result};
use crate::input::Obj;
use crate::json::Json;
use serde::Serialize;

/// A stage of the collection process. Ids are part of the API.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Not due, and not due soon.
    NotDue,
    /// A friendly reminder before the due date.
    PreDue,
    /// Just overdue: friendly.
    FirstReminder,
    /// Ask for a payment date.
    SecondReminder,
    /// New deadline, interest, consequences.
    FirmNotice,
    /// Service suspension, interest and compensation, a payment plan.
    SuspensionNotice,
    /// Formal demand with a final deadline.
    FormalDemand,
    /// Hand-over to a collection agency.
    CollectionAgency,
    /// Legal action.
    LegalAction,
    /// Hold: a payment promise not yet due.
    PromisePending,
    /// Hold: the invoice is disputed.
    Disputed,
    /// Nothing is owed.
    Paid,
}

impl Stage {
    /// The ladder stages a caller may place.
    pub const LADDER: &'static [(&'static str, Stage)] = &[
        ("pre_due", Stage::PreDue),
        ("first_reminder", Stage::FirstReminder),
        ("second_reminder", Stage::SecondReminder),
        ("firm_notice", Stage::FirmNotice),
        ("suspension_notice", Stage::SuspensionNotice),
        ("formal_demand", Stage::FormalDemand),
        ("collection_agency", Stage::CollectionAgency),
        ("legal_action", Stage::LegalAction),
    ];

    /// The stable id, e.g. `"firm_notice"`.
    pub fn id(self) -> &'static str {
        match self {
            Stage::NotDue => "not_due",
            Stage::PromisePending => "promise_pending",
            Stage::Disputed => "disputed",
            Stage::Paid => "paid",
            other => Stage::LADDER
                .iter()
                .find(|(_, s)| *s == other)
                .map_or("not_due", |(id, _)| id),
        }
    }
}

/// How a message reaches the customer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// E-mail, with a subject.
    Email,
    /// SMS, with its GSM-7 length.
    Sms,
    /// WhatsApp.
    Whatsapp,
    /// A phone call: a script.
    Call,
    /// A formal letter (or burofax).
    Letter,
}

impl Channel {
    /// Input spellings.
    pub const OPTIONS: &'static [(&'static str, Channel)] = &[
        ("email", Channel::Email),
        ("sms", Channel::Sms),
        ("whatsapp", Channel::Whatsapp),
        ("call", Channel::Call),
        ("letter", Channel::Letter),
    ];
}

/// One step of a ladder: a stage, its day relative to the due date, and
/// the channels it uses.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
pub struct Step {
    /// The stage.
    pub stage: Stage,
    /// Days after the due date (negative: before).
    pub day: i64,
    /// Channels, most suitable first.
    pub channels: Vec<Channel>,
}

/// The default ladder (SPEC §5): −3, +1, +7, +15, +30, +45, +60, +90.
pub fn default_ladder() -> Vec<Step> {
    use Channel::*;
    let step = |stage, day, channels: &[Channel]| Step {
        stage,
        day,
        channels: channels.to_vec(),
    };
    vec![
        step(Stage::PreDue, -3, &[Email, Whatsapp, Sms]),
        step(Stage::FirstReminder, 1, &[Email, Whatsapp, Sms]),
        step(Stage::SecondReminder, 7, &[Email, Whatsapp, Sms, Call]),
        step(Stage::FirmNotice, 15, &[Email, Call, Sms, Letter]),
        step(Stage::SuspensionNotice, 30, &[Email, Call, Letter]),
        step(Stage::FormalDemand, 45, &[Letter, Email]),
        step(Stage::CollectionAgency, 60, &[Letter, Email]),
        step(Stage::LegalAction, 90, &[Letter, Email]),
    ]
}

/// Reads a caller's ladder: `[{stage, day, channels?}]`, days increasing.
///
/// # Errors
/// `unknown_stage` about `ladder[i].stage`; `invalid_option` for a
/// channel; `date_order` when days do not increase.
pub(crate) fn read_ladder(o: &Obj<'_>) -> Result<Option<Vec<Step>>> {
    let Some(items) = o.array("ladder")? else {
        return Ok(None);
    };
    let defaults = default_ladder();
    let mut steps: Vec<Step> = Vec::new();
    for (path, v) in items {
        let s = Obj::nested(v, &path)?;
        s.only(&[&["stage", "day", "channels"]])?;
        let stage = ladder_stage(s.required("stage", s.str("stage"))?, &s.path("stage"))?;
        let day = s.required("day", s.decimal("day"))?;
        let day = i64::try_from(day.trunc().mantissa())
            .ok()
            .filter(|d| (-365..=3650).contains(d) && day.fract().is_zero())
            .ok_or_else(|| {
                Error::new(Code::OutOfRange, s.path("day"), format!("{day}; -365…3650"))
            })?;
        let channels = match s.array("channels")? {
            Some(list) => read_channels(list)?,
            None => defaults
                .iter()
                .find(|d| d.stage == stage)
                .map(|d| d.channels.clone())
                .unwrap_or_default(),
        };
        if steps.last().is_some_and(|prev| day <= prev.day) {
            return Err(Error::new(
                Code::DateOrder,
                s.path("day"),
                steps.last().map_or(0, |p| p.day).to_string(),
            ));
        }
        steps.push(Step {
            stage,
            day,
            channels,
        });
    }
    Ok(Some(steps))
}

/// A message actually sent (`contacts[i]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Contact {
    /// The day it was sent.
    pub date: crate::date::Date,
    /// The ladder step it was.
    pub stage: Stage,
    /// How it was sent.
    pub channel: Channel,
}

/// Reads `contacts: [{date, stage, channel, note?}]`: what was sent, on
/// or before `as_of`. `None` when the field is absent.
///
/// # Errors
/// `unknown_stage`, `invalid_option` (channel), `out_of_range` for a
/// contact after `asOf`, and the usual field errors, each with its path.
pub(crate) fn read_contacts(o: &Obj<'_>, as_of: crate::date::Date) -> Result<Option<Vec<Contact>>> {
    let Some(items) = o.array("contacts")? else {
        return Ok(None);
    };
    if items.len() > 1000 {
        return Err(Error::new(Code::OutOfRange, "contacts", "1000"));
    }
    let mut out = Vec::with_capacity(items.len());
    for (path, v) in items {
        let c = Obj::nested(v, &path)?;
        c.only(&[&["date", "stage", "channel", "note"]])?;
        let date = c.required("date", c.date("date"))?;
        if date > as_of {
            return Err(Error::new(
                Code::OutOfRange,
                c.path("date"),
                format!("{date} > {as_of}"),
            ));
        }
        let stage = ladder_stage(c.required("stage", c.str("stage"))?, &c.path("stage"))?;
        let channel = channel(c.required("channel", c.str("channel"))?, c.path("channel"))?;
        // A note is the caller's own record: read to be checked, not used.
        c.str("note")?;
        out.push(Contact {
            date,
            stage,
            channel,
        });
    }
    Ok(Some(out))
}

/// Reads a list of channel ids (`"email"`, `"sms"`, …), each with its path.
///
/// # Errors
/// `invalid_option` about the item's path.
pub(crate) fn read_channels(list: Vec<(String, &Json)>) -> Result<Vec<Channel>> {
    list.into_iter()
        .map(|(path, c)| channel(c.as_str().unwrap_or_default(), path))
        .collect()
}

/// A ladder stage by its id; `unknown_stage` about `path` otherwise.
fn ladder_stage(id: &str, path: &str) -> Result<Stage> {
    Stage::LADDER
        .iter()
        .find(|(text, _)| *text == id)
        .map(|(_, st)| *st)
        .ok_or_else(|| Error::new(Code::UnknownStage, path, crate::error::quote(id)))
}

/// A channel by its id; `invalid_option` about `path` otherwise.
fn channel(text: &str, path: String) -> Result<Channel> {
    Channel::OPTIONS
        .iter()
        .find(|(t, _)| *t == text)
        .map(|(_, ch)| *ch)
        .ok_or_else(|| {
            Error::new(
                Code::InvalidOption,
                path,
                "email, sms, whatsapp, call, letter",
            )
        })
}

/// The ladder as this segment lives it: punctual customers get gentler,
/// later steps (days after the due date × 1.5, rounded up), critical ones
/// earlier (× 0.8) and high-risk ones much earlier (× 0.6), never before
/// the first day late. Days before the due date do not move.
pub fn shifted(ladder: &[Step], segment: Option<Segment>) -> Vec<Step> {
    let (num, den) = match segment {
        Some(Segment::Punctual) => (3, 2),
        Some(Segment::CriticalArrears) => (4, 5),
        Some(Segment::HighRisk) => (3, 5),
        Some(Segment::MildArrears) | None => (1, 1),
    };
    let mut out: Vec<Step> = Vec::with_capacity(ladder.len());
    for step in ladder {
        let mut day = if step.day > 0 {
            (step.day * num + den - 1) / den
        } else {
            step.day
        };
        if step.day > 0 {
            day = day.max(1);
        }
        // Keep days strictly increasing after rounding.
        if let Some(prev) = out.last() {
            day = day.max(prev.day + 1);
        }
        out.push(Step {
            day,
            ..step.clone()
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segment_shifts() {
        let days = |s: Option<Segment>| {
            shifted(&default_ladder(), s)
                .iter()
                .map(|st| st.day)
                .collect::<Vec<_>>()
        };
        assert_eq!(days(None), [-3, 1, 7, 15, 30, 45, 60, 90]);
        assert_eq!(
            days(Some(Segment::Punctual)),
            [-3, 2, 11, 23, 45, 68, 90, 135]
        );
        assert_eq!(
            days(Some(Segment::CriticalArrears)),
            [-3, 1, 6, 12, 24, 36, 48, 72]
        );
        assert_eq!(days(Some(Segment::HighRisk)), [-3, 1, 5, 9, 18, 27, 36, 54]);
    }
}
