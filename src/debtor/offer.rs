//! The creditor's offer: what a debtor link carries, `encodeOffer` and
//! `decodeOffer` (SPEC §6).

use super::codec::{self, Decoded};
use super::texts;
use crate::date::Date;
use crate::error::{Code, Error, Result};
use crate::input::Obj;
use crate::json::Json;
use crate::locale::{Lang, Locale};
use crate::money::Currency;
use crate::plan::{Method, Policy, MAX_ANNUAL_RATE_PERCENT};
use crate::serial::{amount, Amount};
use rust_decimal::Decimal;
use serde::Serialize;
use std::borrow::Cow;

/// Longest creditor name, in characters.
pub const MAX_NAME: usize = 100;
/// Longest reference (invoice numbers), in characters.
pub const MAX_REFERENCE: usize = 140;
/// Longest e-mail address (RFC 5321's path limit).
pub const MAX_EMAIL: usize = 254;

/// Who asks for the money and where the debtor answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Creditor {
    /// Name shown to the debtor.
    pub name: String,
    /// Reply e-mail address.
    pub email: Option<String>,
    /// Reply WhatsApp number, E.164 (`+34600111222`).
    pub whatsapp: Option<String>,
}

/// "Pay everything by `deadline` and get `percent` % off."
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Settlement {
    /// Discount in percent, above 0 and below 100.
    pub percent: Decimal,
    /// Last day to pay.
    pub deadline: Date,
}

/// Everything a debtor link carries.
#[derive(Clone, Debug)]
pub struct Offer {
    /// The debt.
    pub amount: Decimal,
    /// Its currency.
    pub currency: Currency,
    /// The day the offer was made.
    pub as_of: Date,
    /// Last day the offer holds.
    pub valid_until: Option<Date>,
    /// Invoice numbers or another reference.
    pub reference: Option<String>,
    /// The creditor.
    pub creditor: Creditor,
    /// The limits a plan must keep.
    pub policy: Policy,
    /// Nominal annual rate of the plan, percent.
    pub annual_rate_percent: Option<Decimal>,
    /// Amortization method of the plan.
    pub method: Option<Method>,
    /// Opening fee of the plan.
    pub fee: Option<Decimal>,
    /// A discount for paying everything at once.
    pub settlement: Option<Settlement>,
    /// Country whose holidays matter (ISO 3166, e.g. `ES`, `GB-ENG`).
    pub country: Option<String>,
    /// The debtor's language.
    pub lang: Option<Lang>,
    /// The debtor's locale.
    pub locale: Option<Locale>,
}

impl Offer {
    /// Reads the `offer` object of `encodeOffer` (or a decoded link).
    ///
    /// # Errors
    /// The first wrong field, with its code and path.
    pub(crate) fn from_obj(o: &Obj<'_>) -> Result<Offer> {
        o.only(&[&[
            "amount",
            "currency",
            "asOf",
            "validUntil",
            "reference",
            "creditor",
            "policy",
            "annualRatePercent",
            "method",
            "fee",
            "settlement",
            "country",
            "lang",
            "locale",
        ]])?;
        let code = o.required("currency", o.str("currency"))?;
        let currency = Currency::find(code, &o.path("currency"))?;
        let amount = o.required("amount", o.amount("amount", &currency))?;
        if amount.is_zero() {
            return Err(crate::input::not_positive(o.path("amount")));
        }
        let as_of = o.required("asOf", o.date("asOf"))?;
        let valid_until = o.date("validUntil")?;
        if valid_until.is_some_and(|u| u < as_of) {
            return Err(Error::new(
                Code::DateOrder,
                o.path("validUntil"),
                as_of.to_string(),
            ));
        }
        let creditor = o.required("creditor", o.object("creditor"))?;
        let policy = match o.object("policy")? {
            Some(p) => Policy::from_json(&p, &currency)?,
            None => Policy::default(),
        };
        check_usable(o, &policy, amount)?;
        let annual_rate_percent = o.decimal("annualRatePercent")?;
        if let Some(rate) = annual_rate_percent {
            if rate.is_sign_negative() && !rate.is_zero() || rate > MAX_ANNUAL_RATE_PERCENT {
                return Err(Error::new(
                    Code::OutOfRange,
                    o.path("annualRatePercent"),
                    format!("{rate}; 0–{MAX_ANNUAL_RATE_PERCENT}"),
                ));
            }
        }
        let lang = match o.str("lang")? {
            Some(s) => Some(Lang::parse(s, &o.path("lang"))?),
            None => None,
        };
        let locale = match o.str("locale")? {
            Some(tag) => Some(Locale::find(tag, &o.path("locale"))?),
            None => None,
        };
        let settlement = read_settlement(o, Some(as_of))?;
        if let (Some(s), Some(until)) = (settlement, valid_until) {
            if s.deadline > until {
                return Err(Error::localized(
                    Code::DateOrder,
                    o.path("settlement.deadline"),
                    format!("{} (la oferta vale hasta el {until})", s.deadline),
                    format!("{} (the offer holds until {until})", s.deadline),
                ));
            }
        }
        Ok(Offer {
            amount,
            currency,
            as_of,
            valid_until,
            reference: text(o, "reference", MAX_REFERENCE)?,
            creditor: read_creditor(&creditor)?,
            policy,
            annual_rate_percent,
            method: o.choice("method", Method::OPTIONS)?,
            fee: o.amount("fee", &currency)?,
            settlement,
            country: read_country(o)?,
            lang,
            locale,
        })
    }

    /// The link fragment of this offer (no `#`).
    pub fn to_fragment(&self) -> String {
        let c = &self.currency;
        let mut pairs: Vec<(&str, String)> = Vec::new();
        // Contact first: a truncated link still says whom to ask.
        pairs.push(("n", self.creditor.name.clone()));
        push(&mut pairs, "e", self.creditor.email.clone());
        push(&mut pairs, "w", self.creditor.whatsapp.clone());
        pairs.push(("a", c.to_api_string(self.amount)));
        pairs.push(("c", c.code.to_string()));
        pairs.push(("t", self.as_of.to_string()));
        push(&mut pairs, "u", self.valid_until.map(|d| d.to_string()));
        push(&mut pairs, "r", self.reference.clone());
        let p = &self.policy;
        push(&mut pairs, "pi", p.max_installments.map(|n| n.to_string()));
        push(
            &mut pairs,
            "pm",
            p.min_installment_amount.map(|v| c.to_api_string(v)),
        );
        push(
            &mut pairs,
            "pd",
            p.min_down_payment_percent.map(percent_text),
        );
        push(&mut pairs, "pt", p.max_term_days.map(|n| n.to_string()));
        push(
            &mut pairs,
            "pp",
            p.max_first_payment_days.map(|n| n.to_string()),
        );
        push(
            &mut pairs,
            "pf",
            p.allowed_frequencies
                .as_ref()
                .map(|list| list.iter().map(|f| f.id()).collect::<Vec<_>>().join(",")),
        );
        push(&mut pairs, "i", self.annual_rate_percent.map(percent_text));
        push(&mut pairs, "m", self.method.map(|m| m.id().to_string()));
        push(&mut pairs, "f", self.fee.map(|v| c.to_api_string(v)));
        if let Some(s) = self.settlement {
            pairs.push(("sp", percent_text(s.percent)));
            pairs.push(("sd", s.deadline.to_string()));
        }
        push(&mut pairs, "y", self.country.clone());
        push(
            &mut pairs,
            "l",
            self.lang.map(|l| l.pick("es", "en").to_string()),
        );
        push(&mut pairs, "lo", self.locale.map(|l| l.tag.to_string()));
        codec::encode(TAG, &pairs)
    }

    /// Reads a link fragment (with or without its leading `#`).
    ///
    /// # Errors
    /// `invalid_link` or `unsupported_version` about `fragment` for a
    /// damaged or unknown link (naming the creditor when the damaged link
    /// still says who it is), then any field error of [`Offer::from_obj`],
    /// with the offer's own field paths.
    pub fn from_fragment(fragment: &str) -> Result<Offer> {
        let fragment = fragment.trim().trim_start_matches('#');
        let decoded = codec::decode(fragment, 'o', VERSION, "fragment")
            .map_err(|e| texts::with_contact(e, &codec::salvage(fragment)))?;
        let json = to_json(&decoded);
        Offer::from_obj(&Obj::root(&json)?)
    }
}

const TAG: &str = "o1";
const VERSION: u32 = 1;

/// The JSON object of the offer fields that `decoded` holds.
fn to_json(d: &Decoded) -> Json<'static> {
    let s = |key: &str| d.get(key).map(|v| Json::String(v.to_string().into()));
    let mut root = Vec::new();
    let put = |list: &mut Vec<(Cow<'static, str>, Json<'static>)>,
               name: &'static str,
               v: Option<Json<'static>>| {
        if let Some(v) = v {
            list.push((Cow::Borrowed(name), v));
        }
    };
    let mut creditor = Vec::new();
    put(&mut creditor, "name", s("n"));
    put(&mut creditor, "email", s("e"));
    put(&mut creditor, "whatsapp", s("w"));
    let mut policy = Vec::new();
    put(&mut policy, "maxInstallments", s("pi"));
    put(&mut policy, "minInstallmentAmount", s("pm"));
    put(&mut policy, "minDownPaymentPercent", s("pd"));
    put(&mut policy, "maxTermDays", s("pt"));
    put(&mut policy, "maxFirstPaymentDays", s("pp"));
    let frequencies = d.get("pf").map(|list| {
        Json::Array(
            list.split(',')
                .map(|f| Json::String(f.to_string().into()))
                .collect(),
        )
    });
    put(&mut policy, "allowedFrequencies", frequencies);
    put(&mut root, "amount", s("a"));
    put(&mut root, "currency", s("c"));
    put(&mut root, "asOf", s("t"));
    put(&mut root, "validUntil", s("u"));
    put(&mut root, "reference", s("r"));
    put(&mut root, "creditor", Some(Json::Object(creditor)));
    put(&mut root, "policy", Some(Json::Object(policy)));
    put(&mut root, "annualRatePercent", s("i"));
    put(&mut root, "method", s("m"));
    put(&mut root, "fee", s("f"));
    if d.get("sp").is_some() || d.get("sd").is_some() {
        let mut settlement = Vec::new();
        put(&mut settlement, "percent", s("sp"));
        put(&mut settlement, "deadline", s("sd"));
        put(&mut root, "settlement", Some(Json::Object(settlement)));
    }
    put(&mut root, "country", s("y"));
    put(&mut root, "lang", s("l"));
    put(&mut root, "locale", s("lo"));
    Json::Object(root)
}

fn push(pairs: &mut Vec<(&str, String)>, key: &'static str, value: Option<String>) {
    if let Some(v) = value {
        pairs.push((key, v));
    }
}

/// An optional text of at most `max` characters; blank is absent.
pub(crate) fn text(o: &Obj<'_>, name: &str, max: usize) -> Result<Option<String>> {
    let Some(s) = o.str(name)? else {
        return Ok(None);
    };
    let count = s.chars().count();
    if count > max {
        return Err(Error::localized(
            Code::OutOfRange,
            o.path(name),
            format!("{count} caracteres; el máximo es {max}"),
            format!("{count} characters; the maximum is {max}"),
        ));
    }
    // Direction overrides would reverse the sentences the name is shown in;
    // other controls cannot be shown at all. Line breaks and tabs may stay.
    if let Some(c) = s.chars().find(|c| {
        matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
            || c.is_control() && !matches!(c, '\t' | '\r' | '\n')
    }) {
        return Err(Error::new(
            Code::InvalidText,
            o.path(name),
            format!("U+{:04X}", u32::from(c)),
        ));
    }
    Ok((!s.trim().is_empty()).then(|| s.to_string()))
}

/// Limits that would leave the debtor no plan at all are refused when the
/// link is made, not discovered by the debtor.
fn check_usable(o: &Obj<'_>, policy: &Policy, amount: Decimal) -> Result<()> {
    if let Some(p) = policy
        .min_down_payment_percent
        .filter(|p| *p >= Decimal::ONE_HUNDRED)
    {
        return Err(Error::localized(
            Code::OutOfRange,
            o.path("policy.minDownPaymentPercent"),
            format!("{p}; en un enlace para el deudor debe ser menor que 100"),
            format!("{p}; in a debtor link it must be below 100"),
        ));
    }
    if let Some(min) = policy.min_installment_amount.filter(|m| *m > amount) {
        return Err(Error::localized(
            Code::OutOfRange,
            o.path("policy.minInstallmentAmount"),
            format!("{min}; no puede superar la deuda ({amount})"),
            format!("{min}; it cannot exceed the debt ({amount})"),
        ));
    }
    Ok(())
}

fn read_creditor(o: &Obj<'_>) -> Result<Creditor> {
    o.only(&[&["name", "email", "whatsapp"]])?;
    let name = o.required("name", text(o, "name", MAX_NAME))?;
    let email = text(o, "email", MAX_EMAIL)?;
    if let Some(e) = &email {
        if !is_email(e) {
            return Err(Error::new(Code::InvalidEmail, o.path("email"), short(e)));
        }
    }
    let whatsapp = match o.str("whatsapp")? {
        Some(w) if !w.trim().is_empty() => Some(
            e164(w).ok_or_else(|| Error::new(Code::InvalidPhone, o.path("whatsapp"), short(w)))?,
        ),
        _ => None,
    };
    Ok(Creditor {
        name,
        email,
        whatsapp,
    })
}

/// The optional `settlement` object: a percent above 0 and below 100, and
/// a deadline after `not_before` when one is given (an offer's deadline is
/// the day after the offer at the earliest).
pub(crate) fn read_settlement(o: &Obj<'_>, not_before: Option<Date>) -> Result<Option<Settlement>> {
    let Some(s) = o.object("settlement")? else {
        return Ok(None);
    };
    s.only(&[&["percent", "deadline"]])?;
    let percent = s.required("percent", s.decimal("percent"))?;
    if percent <= Decimal::ZERO || percent >= Decimal::ONE_HUNDRED {
        return Err(Error::localized(
            Code::OutOfRange,
            s.path("percent"),
            format!("{percent}; debe ser mayor que 0 y menor que 100"),
            format!("{percent}; it must be above 0 and below 100"),
        ));
    }
    let deadline = s.required("deadline", s.date("deadline"))?;
    if let Some(first) = not_before.filter(|d| deadline <= *d) {
        return Err(Error::new(
            Code::DateOrder,
            s.path("deadline"),
            first.to_string(),
        ));
    }
    Ok(Some(Settlement { percent, deadline }))
}

/// `ES`, `CO`, or a subdivision such as `GB-ENG`.
fn read_country(o: &Obj<'_>) -> Result<Option<String>> {
    let Some(code) = o.str("country")? else {
        return Ok(None);
    };
    let (country, region) = code.split_once('-').unwrap_or((code, ""));
    let upper = |s: &str, lengths: &[usize]| {
        lengths.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_uppercase())
    };
    if upper(country, &[2]) && (region.is_empty() || upper(region, &[2, 3])) {
        Ok(Some(code.to_string()))
    } else {
        Err(Error::new(
            Code::InvalidOption,
            o.path("country"),
            "ES, CO, MX, DE, GB-ENG, NL…",
        ))
    }
}

/// A plausible address: letters, digits and `._+-` before one `@`, a
/// domain with a dot. Narrower than RFC 5322 on purpose: nothing that
/// could add a header to a `mailto:` link (`?`, `&`, `%`, `#`).
fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    let made_of = |part: &str, extra: &str| {
        !part.is_empty()
            && part
                .chars()
                .all(|c| c.is_alphanumeric() || extra.contains(c))
    };
    made_of(local, "._+-")
        && made_of(domain, ".-")
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
}

/// E.164: `+`, then 8 to 15 digits, the first not 0. Spaces, dots, dashes
/// and brackets people type are dropped.
pub(crate) fn e164(s: &str) -> Option<String> {
    let s = s.trim();
    let digits: String = s
        .strip_prefix('+')?
        .chars()
        .filter(|c| !" .-()\u{a0}".contains(*c))
        .collect();
    let ok = (8..=15).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.starts_with('0');
    ok.then(|| format!("+{digits}"))
}

/// At most 40 characters of an input, for an error message.
pub(crate) fn short(s: &str) -> String {
    let mut out: String = s.chars().filter(|c| !c.is_control()).take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

/// The offer as `decodeOffer` returns it: the fields of `encodeOffer`'s
/// input, amounts with the currency's decimals, absent fields left out.
#[derive(Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct OfferView {
    amount: Amount,
    currency: &'static str,
    as_of: Date,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typegen", ts(optional))]
    valid_until: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typegen", ts(optional))]
    reference: Option<String>,
    creditor: CreditorView,
    policy: PolicyView,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typegen", ts(optional))]
    annual_rate_percent: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typegen", ts(optional))]
    method: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typegen", ts(optional))]
    fee: Option<Amount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typegen", ts(optional))]
    settlement: Option<SettlementView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typegen", ts(optional))]
    country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typegen", ts(optional))]
    lang: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typegen", ts(optional))]
    locale: Option<&'static str>,
}

#[derive(Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
struct CreditorView {
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typegen", ts(optional))]
    email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typegen", ts(optional))]
    whatsapp: Option<String>,
}

#[derive(Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
struct PolicyView {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typegen", ts(optional))]
    max_installments: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typegen", ts(optional))]
    min_installment_amount: Option<Amount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typegen", ts(optional))]
    min_down_payment_percent: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typegen", ts(optional))]
    max_term_days: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typegen", ts(optional))]
    max_first_payment_days: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typegen", ts(optional))]
    allowed_frequencies: Option<Vec<&'static str>>,
}

#[derive(Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
struct SettlementView {
    percent: String,
    deadline: Date,
}

fn percent_text(v: Decimal) -> String {
    v.normalize().to_string()
}

impl From<&Offer> for OfferView {
    fn from(o: &Offer) -> OfferView {
        let c = &o.currency;
        let p = &o.policy;
        OfferView {
            amount: amount(o.amount, c),
            currency: c.code,
            as_of: o.as_of,
            valid_until: o.valid_until,
            reference: o.reference.clone(),
            creditor: CreditorView {
                name: o.creditor.name.clone(),
                email: o.creditor.email.clone(),
                whatsapp: o.creditor.whatsapp.clone(),
            },
            policy: PolicyView {
                max_installments: p.max_installments,
                min_installment_amount: p.min_installment_amount.map(|v| amount(v, c)),
                min_down_payment_percent: p.min_down_payment_percent.map(percent_text),
                max_term_days: p.max_term_days,
                max_first_payment_days: p.max_first_payment_days,
                allowed_frequencies: p
                    .allowed_frequencies
                    .as_ref()
                    .map(|list| list.iter().map(|f| f.id()).collect()),
            },
            annual_rate_percent: o.annual_rate_percent.map(percent_text),
            method: o.method.map(Method::id),
            fee: o.fee.map(|v| amount(v, c)),
            settlement: o.settlement.map(|s| SettlementView {
                percent: percent_text(s.percent),
                deadline: s.deadline,
            }),
            country: o.country.clone(),
            lang: o.lang.map(|l| l.pick("es", "en")),
            locale: o.locale.map(|l| l.tag),
        }
    }
}
