//! The debtor's proposal: `encodeProposal` turns a chosen plan into a
//! short code the debtor sends back; `checkProposal` recomputes it and
//! checks it against the creditor's own terms, never the link's (SPEC §6).

use super::codec::{self, Decoded};
use super::offer::{self, Settlement, MAX_NAME, MAX_REFERENCE};
use super::texts as t;
use crate::date::Date;
use crate::error::{Code, Error, Result};
use crate::input::Obj;
use crate::json::Json;
use crate::locale::{Lang, Locale};
use crate::money::{round_half_up, Checked, Currency};
use crate::plan::{
    business_day_id, payment_plan, DownPayment, Method, Plan, PlanInput, Policy, Term, Violation,
};
use crate::serial::{amount, Amount};
use rust_decimal::Decimal;
use serde::Serialize;
use std::borrow::Cow;

const TAG: &str = "p1";
const VERSION: u32 = 1;

/// A plan the debtor chose, or a one-off payment with the settlement
/// discount.
#[derive(Clone, Debug)]
pub struct Proposal {
    /// The plan as `paymentPlan` computes it. For a settlement: the debt
    /// in one installment on the payment date (the discount is applied by
    /// [`Proposal::plan_input`]).
    pub plan: PlanInput,
    /// Invoice numbers or another reference, copied from the offer.
    pub reference: Option<String>,
    /// The settlement discount taken, if the debtor pays everything at once.
    pub settlement: Option<Settlement>,
}

impl Proposal {
    /// Reads `encodeProposal`'s input: a `paymentPlan` input with an
    /// optional `reference`, or `{amount, currency, startDate, settlement:
    /// {percent, deadline}, firstDueDate?}` for a one-off payment.
    ///
    /// # Errors
    /// The field errors of `paymentPlan`; `conflicting_fields` for a
    /// settlement with installments; `date_order` for a payment after the
    /// settlement deadline.
    pub fn from_json(value: &Json) -> Result<Proposal> {
        Proposal::read(value, &[])
    }

    /// Like [`Proposal::from_json`], also allowing `extra` fields (the
    /// calendar's `title`).
    pub(crate) fn read(value: &Json, extra: &[&str]) -> Result<Proposal> {
        const PROPOSAL: &[&str] = &["reference", "creditorName"];
        let o = Obj::root(value)?;
        let reference = offer::text(&o, "reference", MAX_REFERENCE)?;
        if !o.has("settlement") {
            // A policy given here only yields violations; it is not part of
            // the code: the creditor checks against their own.
            let plan = PlanInput::read(value, &[PROPOSAL, extra].concat())?;
            return Ok(Proposal {
                plan,
                reference,
                settlement: None,
            });
        }
        const SETTLEMENT: &[&str] = &[
            "amount",
            "currency",
            "startDate",
            "settlement",
            "firstDueDate",
            "lang",
            "locale",
        ];
        // The plan-only fields are named as conflicting, not unknown.
        o.only(&[SETTLEMENT, PROPOSAL, extra, crate::plan::PLAN_FIELDS])?;
        let plan_only = crate::plan::PLAN_FIELDS
            .iter()
            .filter(|f| !SETTLEMENT.contains(f));
        for other in plan_only {
            if o.has(other) {
                return Err(Error::new(Code::ConflictingFields, *other, "settlement"));
            }
        }
        let code = o.required("currency", o.str("currency"))?;
        let currency = Currency::find(code, "currency")?;
        let debt = o.required("amount", o.amount("amount", &currency))?;
        let start = o.required("startDate", o.date("startDate"))?;
        let settlement = o.required("settlement", offer::read_settlement(&o, None))?;
        let pay_on = o.date("firstDueDate")?.unwrap_or(settlement.deadline);
        if pay_on > settlement.deadline {
            return Err(Error::new(
                Code::DateOrder,
                "settlement.deadline",
                pay_on.to_string(),
            ));
        }
        let mut plan = PlanInput::new(debt, currency, start, Term::Installments(1));
        plan.first_due_date = Some(pay_on);
        plan.lang = o.lang()?;
        plan.locale = o.locale(plan.lang)?;
        Ok(Proposal {
            plan,
            reference,
            settlement: Some(settlement),
        })
    }

    /// The code the debtor sends back.
    pub fn to_code(&self) -> String {
        let p = &self.plan;
        let c = &p.currency;
        let mut pairs: Vec<(&str, String)> = vec![
            ("a", c.to_api_string(p.amount)),
            ("c", c.code.to_string()),
            ("s", p.start_date.to_string()),
        ];
        match p.down_payment {
            DownPayment::None => {}
            DownPayment::Amount(v) => pairs.push(("dp", c.to_api_string(v))),
            DownPayment::Percent(v) => pairs.push(("dq", v.normalize().to_string())),
        }
        match (self.settlement, p.term) {
            (Some(s), _) => {
                pairs.push(("sp", s.percent.normalize().to_string()));
                pairs.push(("sd", s.deadline.to_string()));
            }
            (None, Term::Installments(n)) => pairs.push(("n", n.to_string())),
            (None, Term::InstallmentAmount(v)) => pairs.push(("ia", c.to_api_string(v))),
        }
        if self.settlement.is_none() {
            pairs.push(("f", p.frequency.id().to_string()));
        }
        if let Some(d) = p.first_due_date {
            pairs.push(("d", d.to_string()));
        }
        if !p.annual_rate_percent.is_zero() {
            pairs.push(("i", p.annual_rate_percent.normalize().to_string()));
        }
        if p.method != Method::French {
            pairs.push(("m", p.method.id().to_string()));
        }
        if !p.fee.is_zero() {
            pairs.push(("fe", c.to_api_string(p.fee)));
        }
        if let Some(r) = p.round_to {
            pairs.push(("rt", c.to_api_string(r)));
        }
        let rule = business_day_id(p.business_days);
        if rule != "none" {
            pairs.push(("bd", rule.to_string()));
            if !p.holidays.is_empty() {
                pairs.push(("h", p.holidays.to_texts().join(",")));
            }
        }
        if let Some(r) = &self.reference {
            pairs.push(("r", r.clone()));
        }
        codec::encode(TAG, &pairs)
    }

    /// Reads a code written by [`Proposal::to_code`]; white space that a
    /// mail program added is ignored.
    ///
    /// # Errors
    /// `invalid_link` / `unsupported_version` about `field`, then the field
    /// errors of the plan it holds, under `field`.
    pub fn from_code(
        code: &str,
        field: &str,
        lang: Lang,
        locale: Locale,
    ) -> Result<(Proposal, Json<'static>)> {
        let compact: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        let decoded = codec::decode(&compact, 'p', VERSION, field)?;
        let json = to_json(&decoded, lang, locale);
        let proposal = Proposal::from_json(&json).map_err(|e| e.within(field))?;
        Ok((proposal, json))
    }

    /// The input of `paymentPlan` for this proposal: for a settlement, the
    /// discounted amount in one payment.
    pub fn plan_input(&self) -> Result<PlanInput> {
        let mut input = self.plan.clone();
        if let Some(s) = self.settlement {
            input.amount = input.amount.sub(self.discount(s)?, "settlement.percent")?;
            if input.amount <= Decimal::ZERO {
                return Err(Error::localized(
                    Code::OutOfRange,
                    "settlement.percent",
                    format!("{}; no deja nada que pagar", s.percent),
                    format!("{}; it leaves nothing to pay", s.percent),
                ));
            }
        }
        Ok(input)
    }

    /// The settlement discount on the whole debt, half-up to the minor unit.
    fn discount(&self, s: Settlement) -> Result<Decimal> {
        let raw = self
            .plan
            .amount
            .mul(s.percent, "settlement.percent")?
            .div(Decimal::ONE_HUNDRED, "settlement.percent")?;
        Ok(self.plan.currency.round(raw))
    }
}

/// The JSON input that `decoded` holds, in `paymentPlan` field names.
fn to_json(d: &Decoded, lang: Lang, locale: Locale) -> Json<'static> {
    const NAMES: &[(&str, &str)] = &[
        ("a", "amount"),
        ("c", "currency"),
        ("s", "startDate"),
        ("dp", "downPayment"),
        ("dq", "downPaymentPercent"),
        ("n", "installments"),
        ("ia", "installmentAmount"),
        ("f", "frequency"),
        ("d", "firstDueDate"),
        ("i", "annualRatePercent"),
        ("m", "method"),
        ("fe", "fee"),
        ("rt", "roundTo"),
        ("bd", "businessDays"),
        ("r", "reference"),
    ];
    let mut root: Vec<(Cow<'static, str>, Json<'static>)> = NAMES
        .iter()
        .filter_map(|(key, name)| {
            d.get(key).map(|v| {
                // A count is a JSON number, as `paymentPlan` declares it.
                let value = if *key == "n" && !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit())
                {
                    Json::Number(v.to_string().into())
                } else {
                    Json::String(v.to_string().into())
                };
                (Cow::Borrowed(*name), value)
            })
        })
        .collect();
    if let Some(list) = d.get("h") {
        let days = list
            .split(',')
            .map(|s| Json::String(s.to_string().into()))
            .collect();
        root.push(("holidays".into(), Json::Array(days)));
    }
    if d.get("sp").is_some() || d.get("sd").is_some() {
        let mut s = Vec::new();
        for (key, name) in [("sp", "percent"), ("sd", "deadline")] {
            if let Some(v) = d.get(key) {
                s.push((Cow::Borrowed(name), Json::String(v.to_string().into())));
            }
        }
        root.push(("settlement".into(), Json::Object(s)));
    }
    root.push(("lang".into(), Json::String(lang.pick("es", "en").into())));
    root.push(("locale".into(), Json::String(locale.tag.into())));
    Json::Object(root)
}

/// What `encodeProposal` returns: the code, the plan in words, and the
/// message the debtor sends (code included).
#[derive(Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
pub struct Encoded {
    /// The proposal code.
    pub code: String,
    /// The plan in one or two sentences.
    pub summary: String,
    /// The message to send, with the schedule and the code.
    pub message: Message,
    /// The plan, as `paymentPlan` computes it (for a settlement: the
    /// discounted amount in one payment), with the violations of the
    /// `policy` given in the input, if any.
    pub plan: Plan,
}

/// A message with its subject.
#[derive(Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
#[cfg_attr(feature = "typegen", ts(rename = "ProposalMessage"))]
pub struct Message {
    /// E-mail subject.
    pub subject: String,
    /// Plain text.
    pub body: String,
}

/// `encodeProposal`: the code, and the proposal in words to send.
///
/// # Errors
/// Those of [`Proposal::from_json`] and of `paymentPlan`.
pub fn encode_proposal(value: &Json) -> Result<Encoded> {
    let proposal = Proposal::from_json(value)?;
    let o = Obj::root(value)?;
    let creditor = offer::text(&o, "creditorName", MAX_NAME)?;
    let plan = payment_plan(&proposal.plan_input()?)?;
    let code = proposal.to_code();
    let lang = proposal.plan.lang;
    let summary = in_words(&proposal, &plan)?;
    let reference = reference_text(&proposal, lang);
    let greeting = match (&creditor, lang) {
        (Some(name), Lang::Es) => format!("Hola, {name}:"),
        (Some(name), Lang::En) => format!("Hello {name},"),
        (None, Lang::Es) => "Hola:".to_string(),
        (None, Lang::En) => "Hello,".to_string(),
    };
    let debt = proposal
        .plan
        .locale
        .format_money(proposal.plan.amount, &proposal.plan.currency);
    let body = lang
        .pick(
            "{greeting}\n\nPropongo pagar la deuda de {debt}{ref} así:\n\n{plan}\n\n{schedule}\n\nCódigo de la propuesta, para comprobarla con Cobro:\n{code}\n\nGracias.",
            "{greeting}\n\nI propose to pay the debt of {debt}{ref} as follows:\n\n{plan}\n\n{schedule}\n\nProposal code, to check it with Cobro:\n{code}\n\nThank you.",
        );
    let body = crate::texts::fill(
        body,
        &[
            ("greeting", &greeting),
            ("debt", &debt),
            ("ref", &reference),
            ("plan", &summary),
            ("schedule", &schedule_lines(&proposal, &plan)),
            ("code", &code),
        ],
    );
    let subject = crate::texts::fill(
        lang.pick("Propuesta de pago{ref}", "Payment proposal{ref}"),
        &[("ref", &reference)],
    );
    Ok(Encoded {
        code,
        summary,
        message: Message { subject, body },
        plan,
    })
}

fn reference_text(p: &Proposal, lang: Lang) -> String {
    p.reference.as_deref().map_or_else(String::new, |r| {
        t::REFERENCE.render(lang, &[("reference", r)])
    })
}

/// The plan in words: down payment, count, amount, frequency, dates, total.
fn in_words(p: &Proposal, plan: &Plan) -> Result<String> {
    let (lang, locale, cur) = (p.plan.lang, p.plan.locale, p.plan.currency);
    let money = |v: Decimal| locale.format_money(v, &cur);
    let (Some(first), Some(last)) = (plan.schedule.first(), plan.schedule.last()) else {
        return Ok(String::new());
    };
    if let Some(s) = p.settlement {
        return Ok(t::SETTLEMENT_IN_WORDS.render(
            lang,
            &[
                ("amount", &money(first.payment.value())),
                ("date", &locale.format_date(first.due_date)),
                ("percent", &locale.format_percent(s.percent)),
                ("discount", &money(p.discount(s)?)),
                ("debt", &money(p.plan.amount)),
            ],
        ));
    }
    let mut out = String::new();
    if !plan.down_payment.value().is_zero() {
        out.push_str(&t::DOWN_PAYMENT_IN_WORDS.render(
            lang,
            &[
                ("amount", &money(plan.down_payment.value())),
                ("date", &locale.format_date(p.plan.start_date)),
            ],
        ));
        out.push(' ');
    }
    if !plan.totals.fees.value().is_zero() {
        out.push_str(&t::FEE_IN_WORDS.render(
            lang,
            &[
                ("amount", &money(plan.totals.fees.value())),
                ("date", &locale.format_date(p.plan.start_date)),
            ],
        ));
        out.push(' ');
    }
    let text = if plan.count == 1 {
        t::PLAN_IN_WORDS_ONE.render(
            lang,
            &[
                ("installment", &money(first.payment.value())),
                ("first", &locale.format_date(first.due_date)),
            ],
        )
    } else {
        // A first or last payment unlike the others is named, never hidden.
        let mut unlike = Vec::new();
        if first.payment != plan.installment_amount {
            unlike.push(t::FIRST_UNLIKE.render(lang, &[("amount", &money(first.payment.value()))]));
        }
        if last.payment != plan.installment_amount {
            unlike.push(t::LAST_UNLIKE.render(lang, &[("amount", &money(last.payment.value()))]));
        }
        let mut installment = money(plan.installment_amount.value());
        if !unlike.is_empty() {
            installment.push_str(&format!(" ({})", unlike.join("; ")));
        }
        t::PLAN_IN_WORDS.render(
            lang,
            &[
                ("count", &plan.count.to_string()),
                ("installment", &installment),
                ("frequency", &p.plan.frequency.name(lang)),
                ("first", &locale.format_date(first.due_date)),
                ("last", &locale.format_date(last.due_date)),
                ("total", &money(plan.totals.overall.value())),
            ],
        )
    };
    out.push_str(&text);
    Ok(out)
}

/// One line per payment: "3. 29 ene 2027: 135,05 €".
fn schedule_lines(p: &Proposal, plan: &Plan) -> String {
    let (lang, locale, cur) = (p.plan.lang, p.plan.locale, p.plan.currency);
    let mut lines = Vec::with_capacity(plan.schedule.len() + 1);
    if !plan.down_payment.value().is_zero() {
        lines.push(t::DOWN_PAYMENT_LINE.render(
            lang,
            &[
                ("date", &locale.format_date(p.plan.start_date)),
                (
                    "amount",
                    &locale.format_money(plan.down_payment.value(), &cur),
                ),
            ],
        ));
    }
    if !plan.totals.fees.value().is_zero() {
        lines.push(t::FEE_LINE.render(
            lang,
            &[
                ("date", &locale.format_date(p.plan.start_date)),
                (
                    "amount",
                    &locale.format_money(plan.totals.fees.value(), &cur),
                ),
            ],
        ));
    }
    for row in &plan.schedule {
        lines.push(t::SCHEDULE_LINE.render(
            lang,
            &[
                ("number", &row.number.to_string()),
                ("date", &locale.format_date(row.due_date)),
                ("amount", &locale.format_money(row.payment.value(), &cur)),
            ],
        ));
    }
    lines.join("\n")
}

/// The creditor's own terms that a proposal is checked against.
struct Terms {
    amount: Decimal,
    currency: Currency,
    policy: Policy,
    annual_rate_percent: Decimal,
    fee: Decimal,
    method: Method,
    settlement: Option<Settlement>,
    valid_until: Option<Date>,
    as_of: Option<Date>,
    creditor_name: Option<String>,
    lang: Lang,
    locale: Locale,
}

impl Terms {
    fn from_obj(o: &Obj<'_>) -> Result<Terms> {
        o.only(&[&[
            "code",
            "amount",
            "currency",
            "policy",
            "annualRatePercent",
            "fee",
            "method",
            "settlement",
            "validUntil",
            "asOf",
            "creditorName",
            "lang",
            "locale",
        ]])?;
        let lang = o.lang()?;
        let locale = o.locale(lang)?;
        let code = o.required("currency", o.str("currency"))?;
        let currency = Currency::find(code, "currency")?;
        let amount = o.required("amount", o.amount("amount", &currency))?;
        let policy = match o.object("policy")? {
            Some(p) => Policy::from_json(&p, &currency)?,
            None => Policy::default(),
        };
        let settlement = offer::read_settlement(o, None)?;
        Ok(Terms {
            amount,
            currency,
            policy,
            annual_rate_percent: o.decimal("annualRatePercent")?.unwrap_or_default(),
            fee: o.amount("fee", &currency)?.unwrap_or_default(),
            method: o
                .choice("method", Method::OPTIONS)?
                .unwrap_or(Method::French),
            settlement,
            valid_until: o.date("validUntil")?,
            as_of: o.date("asOf")?,
            creditor_name: offer::text(o, "creditorName", MAX_NAME)?,
            lang,
            locale,
        })
    }
}

/// What `checkProposal` returns.
#[derive(Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Check {
    /// True when the proposal keeps every one of the creditor's terms.
    pub fits: bool,
    /// Each broken term, in words.
    pub violations: Vec<Violation>,
    /// The plan the proposal describes, recomputed here.
    pub plan: Plan,
    /// `"plan"` or `"settlement"`.
    #[cfg_attr(feature = "typegen", ts(type = "\"plan\" | \"settlement\""))]
    pub kind: &'static str,
    /// The reference the proposal carries.
    pub reference: Option<String>,
    /// The settlement taken: discount and amount to pay.
    pub settlement: Option<SettlementTaken>,
    /// The proposal in words.
    pub summary: String,
    /// The `paymentPlan` input the proposal holds (e.g. for `planCalendar`);
    /// for a settlement, the `encodeProposal` input.
    #[cfg_attr(
        feature = "typegen",
        ts(type = "PaymentPlanInput | EncodeProposalInput")
    )]
    pub input: Json<'static>,
    /// A reply to send: the written confirmation when it fits, the
    /// reasons when it does not.
    pub reply: Message,
}

/// A settlement in a proposal.
#[derive(Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SettlementTaken {
    /// Discount percent.
    pub percent: String,
    /// Deadline of the discount.
    pub deadline: Date,
    /// The discount on the debt.
    pub discount: Amount,
    /// What the debtor pays.
    pub amount_to_pay: Amount,
}

/// `checkProposal`: recomputes the proposal in `code` and checks it against
/// the creditor's terms given in the same input.
///
/// # Errors
/// Errors of the creditor's fields; `invalid_link` / `unsupported_version`
/// about `code`; a plan that cannot be computed, under `code.`.
pub fn check_proposal(value: &Json) -> Result<Check> {
    let o = Obj::root(value)?;
    let terms = Terms::from_obj(&o)?;
    let code = o.required("code", o.str("code"))?;
    let (mut proposal, mut input) = Proposal::from_code(code, "code", terms.lang, terms.locale)?;
    // A paymentPlan input: the reference is given on its own.
    if let Json::Object(pairs) = &mut input {
        pairs.retain(|(k, _)| k != "reference");
    }
    if proposal.settlement.is_none() {
        proposal.plan.policy = terms.policy.clone();
    }
    let plan = payment_plan(&proposal.plan_input()?).map_err(|e| e.within("code"))?;
    let mut violations = plan.policy_violations.clone();
    violations.extend(mismatches(&proposal, &plan, &terms)?);
    let summary = in_words(&proposal, &plan)?;
    let lang = terms.lang;
    let reference = reference_text(&proposal, lang);
    let creditor = terms.creditor_name.clone().unwrap_or_default();
    let fits = violations.is_empty();
    let reply = if fits {
        Message {
            subject: t::REPLY_FITS_SUBJECT.render(lang, &[("ref", &reference)]),
            body: t::REPLY_FITS_BODY.render(
                lang,
                &[
                    ("ref", &reference),
                    ("plan", &summary),
                    ("schedule", &schedule_lines(&proposal, &plan)),
                    ("creditor", &creditor),
                ],
            ),
        }
    } else {
        let reasons: Vec<String> = violations
            .iter()
            .map(|v| format!("• {}", v.message))
            .collect();
        Message {
            subject: t::REPLY_DECLINE_SUBJECT.render(lang, &[("ref", &reference)]),
            body: t::REPLY_DECLINE_BODY.render(
                lang,
                &[
                    ("ref", &reference),
                    ("violations", &reasons.join("\n")),
                    ("creditor", &creditor),
                ],
            ),
        }
    };
    let settlement = match proposal.settlement {
        Some(s) => Some(SettlementTaken {
            percent: s.percent.normalize().to_string(),
            deadline: s.deadline,
            discount: amount(proposal.discount(s)?, &proposal.plan.currency),
            amount_to_pay: plan.totals.overall,
        }),
        None => None,
    };
    Ok(Check {
        fits,
        violations,
        kind: if proposal.settlement.is_some() {
            "settlement"
        } else {
            "plan"
        },
        reference: proposal.reference.clone(),
        settlement,
        summary,
        input,
        plan,
        reply,
    })
}

/// The terms a proposal changed: debt, currency, rate, fee, method,
/// settlement, dates.
fn mismatches(p: &Proposal, plan: &Plan, terms: &Terms) -> Result<Vec<Violation>> {
    let (lang, locale) = (terms.lang, terms.locale);
    let input = &p.plan;
    let cur = terms.currency;
    let money = |v: Decimal, c: &Currency| locale.format_money(v, c);
    let mut out = Vec::new();
    let mut push = |code: &'static str, field: &'static str, message: String| {
        out.push(Violation {
            code,
            field,
            message,
        });
    };
    if input.currency.code != cur.code {
        push(
            "currency_mismatch",
            "currency",
            t::MISMATCH_CURRENCY.render(
                lang,
                &[("proposed", input.currency.code), ("currency", cur.code)],
            ),
        );
    } else if input.amount != terms.amount {
        push(
            "amount_mismatch",
            "amount",
            t::MISMATCH_AMOUNT.render(
                lang,
                &[
                    ("proposed", &money(input.amount, &cur)),
                    ("amount", &money(terms.amount, &cur)),
                ],
            ),
        );
    }
    let percent = |v: Decimal| locale.format_percent(round_half_up(v, 4));
    if p.settlement.is_none() {
        if input.annual_rate_percent != terms.annual_rate_percent {
            push(
                "annual_rate_mismatch",
                "annualRatePercent",
                t::MISMATCH_RATE.render(
                    lang,
                    &[
                        ("proposed", &percent(input.annual_rate_percent)),
                        ("rate", &percent(terms.annual_rate_percent)),
                    ],
                ),
            );
        }
        if input.fee != terms.fee {
            push(
                "fee_mismatch",
                "fee",
                t::MISMATCH_FEE.render(
                    lang,
                    &[
                        ("proposed", &money(input.fee, &cur)),
                        ("fee", &money(terms.fee, &cur)),
                    ],
                ),
            );
        }
        if input.method != terms.method {
            push(
                "method_mismatch",
                "method",
                t::MISMATCH_METHOD.render(
                    lang,
                    &[
                        ("proposed", input.method.id()),
                        ("method", terms.method.id()),
                    ],
                ),
            );
        }
    }
    if let Some(s) = p.settlement {
        match terms.settlement {
            None => push(
                "settlement_not_offered",
                "settlement",
                t::SETTLEMENT_NOT_OFFERED.render(lang, &[("percent", &percent(s.percent))]),
            ),
            Some(own) => {
                if s.percent > own.percent {
                    push(
                        "settlement_percent",
                        "settlement.percent",
                        t::SETTLEMENT_PERCENT.render(
                            lang,
                            &[
                                ("percent", &percent(s.percent)),
                                ("max", &percent(own.percent)),
                            ],
                        ),
                    );
                }
                let pay_on = plan.schedule.last().map_or(s.deadline, |r| r.due_date);
                if pay_on > own.deadline {
                    push(
                        "settlement_deadline",
                        "firstDueDate",
                        t::SETTLEMENT_LATE.render(
                            lang,
                            &[
                                ("date", &locale.format_date(pay_on)),
                                ("deadline", &locale.format_date(own.deadline)),
                            ],
                        ),
                    );
                }
            }
        }
    }
    if let Some(until) = terms.valid_until.filter(|u| input.start_date > *u) {
        push(
            "offer_expired",
            "startDate",
            t::OFFER_EXPIRED.render(
                lang,
                &[
                    ("date", &locale.format_date(input.start_date)),
                    ("until", &locale.format_date(until)),
                ],
            ),
        );
    }
    // A day of grace: the debtor's "today" may already be tomorrow where they live.
    let future = |today: &Date| input.start_date.to_days() - today.to_days() > 1;
    if let Some(today) = terms.as_of.filter(future) {
        push(
            "start_in_future",
            "startDate",
            t::START_IN_FUTURE.render(
                lang,
                &[
                    ("date", &locale.format_date(input.start_date)),
                    ("today", &locale.format_date(today)),
                ],
            ),
        );
    }
    Ok(out)
}
