//! Payment plans: installments, schedule, totals, APR and the creditor's
//! policy (SPEC §2).

mod apr;
mod dates;
mod policy;
mod schedule;

use crate::date::{BusinessDayRule, Date};
use crate::error::{Code, Error, Result};
use crate::input::Obj;
use crate::json::Json;
use crate::locale::{Lang, Locale};
use crate::money::{round_half_up, Checked, Currency};
use crate::serial::{amount, Amount};
use crate::texts::{self, name_of};
use rust_decimal::Decimal;
use serde::Serialize;

pub use policy::{Policy, Violation};

/// At most this many installments in one plan.
pub const MAX_INSTALLMENTS: u32 = 1200;
/// Highest accepted nominal annual rate, in percent.
pub const MAX_ANNUAL_RATE_PERCENT: Decimal = Decimal::from_parts(1000, 0, 0, false, 0);

/// How often installments fall due.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Frequency {
    /// Every 7 days, 52 a year.
    Weekly,
    /// Every 14 days, 26 a year.
    Biweekly,
    /// On the 15th and the last day of each month, 24 a year.
    Semimonthly,
    /// Monthly, 12 a year.
    Monthly,
    /// Every two months, 6 a year.
    Bimonthly,
    /// Every three months, 4 a year.
    Quarterly,
}

impl Frequency {
    /// Input spellings, in the order the page offers them.
    pub const OPTIONS: &'static [(&'static str, Frequency)] = &[
        ("weekly", Frequency::Weekly),
        ("biweekly", Frequency::Biweekly),
        ("semimonthly", Frequency::Semimonthly),
        ("monthly", Frequency::Monthly),
        ("bimonthly", Frequency::Bimonthly),
        ("quarterly", Frequency::Quarterly),
    ];

    /// Periods per year: the divisor of the nominal annual rate.
    pub fn per_year(self) -> u32 {
        match self {
            Frequency::Weekly => 52,
            Frequency::Biweekly => 26,
            Frequency::Semimonthly => 24,
            Frequency::Monthly => 12,
            Frequency::Bimonthly => 6,
            Frequency::Quarterly => 4,
        }
    }

    /// The input spelling, e.g. `"monthly"`.
    pub fn id(self) -> &'static str {
        Frequency::OPTIONS
            .iter()
            .find(|(_, f)| *f == self)
            .map_or("monthly", |(id, _)| id)
    }

    /// The name in `lang`, e.g. "mensual".
    pub fn name(self, lang: Lang) -> String {
        name_of(texts::FREQUENCY_NAMES, self.id(), lang)
    }
}

/// How each installment splits into interest and principal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// Equal payments (annuity).
    French,
    /// Equal principal parts, falling payments.
    German,
    /// Add-on interest on the original amount, equal payments.
    Flat,
}

impl Method {
    /// Input spellings.
    pub const OPTIONS: &'static [(&'static str, Method)] = &[
        ("french", Method::French),
        ("german", Method::German),
        ("flat", Method::Flat),
    ];

    /// The input spelling, e.g. `"french"`.
    pub fn id(self) -> &'static str {
        Method::OPTIONS
            .iter()
            .find(|(_, m)| *m == self)
            .map_or("french", |(id, _)| id)
    }
}

/// The down payment, paid on the start date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DownPayment {
    /// None.
    None,
    /// A fixed amount.
    Amount(Decimal),
    /// A percentage of the debt, rounded half-up to the minor unit.
    Percent(Decimal),
}

/// What fixes the length of the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Term {
    /// A number of installments.
    Installments(u32),
    /// "I can pay this much per period": the count is solved, the last
    /// installment is smaller.
    InstallmentAmount(Decimal),
}

/// Everything a payment plan needs. Build it with [`PlanInput::new`] and
/// set the optional fields, or read it from JSON with
/// [`PlanInput::from_json`].
#[derive(Clone, Debug)]
pub struct PlanInput {
    /// The debt.
    pub amount: Decimal,
    /// Its currency.
    pub currency: Currency,
    /// The agreement date; interest runs from here.
    pub start_date: Date,
    /// Paid on the start date.
    pub down_payment: DownPayment,
    /// Count or installment amount.
    pub term: Term,
    /// Installment frequency.
    pub frequency: Frequency,
    /// First due date; default one period after the start.
    pub first_due_date: Option<Date>,
    /// Nominal annual rate in percent.
    pub annual_rate_percent: Decimal,
    /// Amortization method.
    pub method: Method,
    /// Upfront opening fee (enters the APR).
    pub fee: Decimal,
    /// Rounding increment of the regular installment; default the minor unit.
    pub round_to: Option<Decimal>,
    /// How due dates on weekends and holidays move.
    pub business_days: BusinessDayRule,
    /// Holidays besides Saturdays and Sundays: countries' public holidays
    /// and the caller's own dates.
    pub holidays: crate::holidays::Holidays,
    /// The creditor's limits.
    pub policy: Policy,
    /// Language of notes and violations.
    pub lang: Lang,
    /// Locale of amounts and dates inside texts.
    pub locale: Locale,
}

impl PlanInput {
    /// A monthly French plan at 0 % with every option at its default.
    pub fn new(amount: Decimal, currency: Currency, start_date: Date, term: Term) -> PlanInput {
        PlanInput {
            amount,
            currency,
            start_date,
            down_payment: DownPayment::None,
            term,
            frequency: Frequency::Monthly,
            first_due_date: None,
            annual_rate_percent: Decimal::ZERO,
            method: Method::French,
            fee: Decimal::ZERO,
            round_to: None,
            business_days: BusinessDayRule::None,
            holidays: crate::holidays::Holidays::default(),
            policy: Policy::default(),
            lang: Lang::Es,
            locale: Locale::for_lang(Lang::Es),
        }
    }

    /// Reads the JS API input object (SPEC §2 field names).
    ///
    /// # Errors
    /// One error per wrong field, with its code and path: `missing_field`,
    /// `invalid_type`, `invalid_amount`, `invalid_date`, `unknown_currency`,
    /// `out_of_range`, `invalid_option`, `conflicting_fields`.
    pub fn from_json(value: &Json) -> Result<PlanInput> {
        PlanInput::read(value, &[])
    }

    /// Like [`PlanInput::from_json`], also allowing the `extra` fields of
    /// an entry point that takes a plan and more (`encodeProposal`, …).
    pub(crate) fn read(value: &Json, extra: &[&str]) -> Result<PlanInput> {
        let o = Obj::root(value)?;
        o.only(&[PLAN_FIELDS, extra])?;
        let lang = o.lang()?;
        let locale = o.locale(lang)?;
        let code = o.required("currency", o.str("currency"))?;
        let currency = Currency::find(code, "currency")?;
        let amount = o.required("amount", o.amount("amount", &currency))?;
        if amount.is_zero() {
            return Err(crate::input::not_positive("amount"));
        }
        let start_date = o.required("startDate", o.date("startDate"))?;
        let down_payment = read_down_payment(&o, &currency)?;
        let term = read_term(&o, &currency)?;
        let mut input = PlanInput::new(amount, currency, start_date, term);
        input.down_payment = down_payment;
        input.lang = lang;
        input.locale = locale;
        if let Some(f) = o.choice("frequency", Frequency::OPTIONS)? {
            input.frequency = f;
        }
        input.first_due_date = o.date("firstDueDate")?;
        if let Some(rate) = o.decimal("annualRatePercent")? {
            input.annual_rate_percent = check_rate(rate, "annualRatePercent")?;
        }
        if let Some(m) = o.choice("method", Method::OPTIONS)? {
            input.method = m;
        }
        if let Some(fee) = o.amount("fee", &currency)? {
            input.fee = fee;
        }
        input.round_to = o.amount("roundTo", &currency)?;
        if input.round_to.is_some_and(|r| r.is_zero()) {
            return Err(crate::input::not_positive("roundTo"));
        }
        if let Some(rule) = o.choice("businessDays", BUSINESS_DAY_OPTIONS)? {
            input.business_days = rule;
        }
        input.holidays = crate::holidays::Holidays::read(&o, "holidays")?;
        if let Some(p) = o.object("policy")? {
            input.policy = Policy::from_json(&p, &currency)?;
        }
        Ok(input)
    }
}

/// The fields of `paymentPlan`'s input.
pub(crate) const PLAN_FIELDS: &[&str] = &[
    "amount",
    "currency",
    "startDate",
    "downPayment",
    "downPaymentPercent",
    "installments",
    "installmentAmount",
    "frequency",
    "firstDueDate",
    "annualRatePercent",
    "method",
    "fee",
    "roundTo",
    "businessDays",
    "holidays",
    "policy",
    "lang",
    "locale",
];

pub(crate) const BUSINESS_DAY_OPTIONS: &[(&str, BusinessDayRule)] = &[
    ("none", BusinessDayRule::None),
    ("following", BusinessDayRule::Following),
    ("modifiedFollowing", BusinessDayRule::ModifiedFollowing),
    ("preceding", BusinessDayRule::Preceding),
];

pub(crate) fn business_day_id(rule: BusinessDayRule) -> &'static str {
    BUSINESS_DAY_OPTIONS
        .iter()
        .find(|(_, r)| *r == rule)
        .map_or("none", |(id, _)| id)
}

fn check_rate(rate: Decimal, field: &str) -> Result<Decimal> {
    if rate.is_sign_negative() && !rate.is_zero() || rate > MAX_ANNUAL_RATE_PERCENT {
        return Err(Error::localized(
            Code::OutOfRange,
            field,
            format!("{rate}; debe estar entre 0 y {MAX_ANNUAL_RATE_PERCENT}"),
            format!("{rate}; it must be between 0 and {MAX_ANNUAL_RATE_PERCENT}"),
        ));
    }
    Ok(rate)
}

fn read_down_payment(o: &Obj<'_>, currency: &Currency) -> Result<DownPayment> {
    if o.has("downPayment") && o.has("downPaymentPercent") {
        return Err(Error::new(
            Code::ConflictingFields,
            "downPaymentPercent",
            "downPayment",
        ));
    }
    if let Some(v) = o.amount("downPayment", currency)? {
        return Ok(DownPayment::Amount(v));
    }
    match o.decimal("downPaymentPercent")? {
        Some(p) if p.is_sign_negative() && !p.is_zero() || p >= Decimal::ONE_HUNDRED => {
            Err(Error::localized(
                Code::OutOfRange,
                "downPaymentPercent",
                format!("{p}; debe ser al menos 0 y menor que 100"),
                format!("{p}; it must be at least 0 and below 100"),
            ))
        }
        Some(p) => Ok(DownPayment::Percent(p)),
        None => Ok(DownPayment::None),
    }
}

fn read_term(o: &Obj<'_>, currency: &Currency) -> Result<Term> {
    if o.has("installments") && o.has("installmentAmount") {
        return Err(Error::new(
            Code::ConflictingFields,
            "installmentAmount",
            "installments",
        ));
    }
    if let Some(v) = o.amount("installmentAmount", currency)? {
        if v.is_zero() {
            return Err(crate::input::not_positive("installmentAmount"));
        }
        return Ok(Term::InstallmentAmount(v));
    }
    match o.count("installments", 1, MAX_INSTALLMENTS)? {
        Some(n) => Ok(Term::Installments(n)),
        None => Err(Error::localized(Code::MissingField, "installments", "", "")),
    }
}

/// One row of the schedule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Installment {
    /// 1-based position.
    pub number: u32,
    /// Due date, after the business-day rule.
    pub due_date: Date,
    /// What the debtor pays: `principal + interest`.
    pub payment: Amount,
    /// Interest part.
    pub interest: Amount,
    /// Principal part.
    pub principal: Amount,
    /// Principal still owed after this payment.
    pub balance: Amount,
}

/// Sums over the plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
pub struct Totals {
    /// Σ payments of the schedule (down payment and fee not included).
    pub payments: Amount,
    /// Σ interest.
    pub interest: Amount,
    /// The opening fee.
    pub fees: Amount,
    /// Cost of the credit: interest + fees.
    pub cost: Amount,
    /// Everything the debtor pays: down payment + payments + fees.
    pub overall: Amount,
}

/// Extra interest of an irregular first period.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct IrregularFirstPeriod {
    /// The due date one regular period after the start.
    pub regular_due_date: Date,
    /// Days the first due date is after (positive) or before (negative) it.
    pub odd_days: i64,
    /// Interest added to (or taken from) the first installment.
    pub interest: Amount,
}

/// Something the caller should know about how the plan was built.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
pub struct Note {
    /// Stable id: `irregular_first_period`, `plan_shortened`,
    /// `dates_moved`, `apr_not_computed`.
    pub code: &'static str,
    /// The explanation in the requested language.
    pub message: String,
}

/// A computed payment plan (the output of `paymentPlan`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    /// ISO 4217 code.
    pub currency: &'static str,
    /// Amount financed: debt − down payment.
    pub financed: Amount,
    /// Down payment, paid on the start date.
    pub down_payment: Amount,
    /// The regular installment (French, flat, zero rate); the first one for
    /// German plans, whose payments fall.
    pub installment_amount: Amount,
    /// Number of installments.
    pub count: u32,
    /// The rows.
    pub schedule: Vec<Installment>,
    /// Sums.
    pub totals: Totals,
    /// APR (EU CCD Annex I), percent, half-up to 2 decimals; `None` only
    /// when it cannot be solved.
    #[serde(serialize_with = "crate::serial::opt_decimal")]
    #[cfg_attr(feature = "typegen", ts(as = "Option<crate::typegen::DecimalText>"))]
    pub apr_percent: Option<Decimal>,
    /// The first period's extra interest, when it is irregular.
    pub irregular_first_period: Option<IrregularFirstPeriod>,
    /// Where the plan breaks the creditor's policy.
    pub policy_violations: Vec<Violation>,
    /// Explanations of adjustments.
    pub notes: Vec<Note>,
}

/// Computes a payment plan.
///
/// # Errors
/// `down_payment_too_large`, `installment_too_small` (the installment
/// never repays the debt), `date_order` (first due date not after the
/// start), `out_of_range` (more than [`MAX_INSTALLMENTS`], fee not below
/// the amount financed, dates past 2200), `invalid_amount` (`roundTo` not
/// a multiple of the minor unit), `overflow`.
///
/// # Panics
/// Never.
///
/// # Example
/// ```
/// use cobro::{money::dec, plan::{payment_plan, PlanInput, Term}, Currency, Date};
/// let eur = Currency::find("EUR", "currency")?;
/// let start = Date::parse("2025-01-15", "startDate")?;
/// let mut input = PlanInput::new(dec("1200")?, eur, start, Term::Installments(3));
/// input.annual_rate_percent = dec("12")?;
/// let plan = payment_plan(&input)?;
/// // 1200 at 1 % a month over 3 months: 1200 × 0.01 / (1 − 1.01^−3) = 408.0265… → 408.03.
/// assert_eq!(plan.installment_amount.to_string(), "408.03");
/// assert_eq!(plan.schedule[2].balance.to_string(), "0.00");
/// # Ok::<(), cobro::Error>(())
/// ```
pub fn payment_plan(input: &PlanInput) -> Result<Plan> {
    let cur = input.currency;
    let down = down_payment_amount(input)?;
    let financed = input.amount.sub(down, "downPayment")?;
    if input.fee >= financed {
        return Err(Error::localized(
            Code::OutOfRange,
            "fee",
            format!(
                "{}; debe ser menor que el importe financiado ({financed})",
                input.fee
            ),
            format!(
                "{}; it must be below the amount financed ({financed})",
                input.fee
            ),
        ));
    }
    let round_to = match input.round_to {
        Some(r) if (r % cur.minor_unit()).is_zero() => r,
        Some(r) => {
            return Err(Error::localized(
                Code::InvalidAmount,
                "roundTo",
                format!("{r} no es múltiplo de {}", cur.minor_unit()),
                format!("{r} is not a multiple of {}", cur.minor_unit()),
            ))
        }
        None => cur.minor_unit(),
    };
    let dates = dates::Series::new(input)?;
    let odd = dates::odd_days_interest(input, &dates, financed)?;
    let built = schedule::build(input, financed, round_to, odd.as_ref().map(|o| o.interest))?;
    let count = u32::try_from(built.rows.len()).unwrap_or(MAX_INSTALLMENTS);
    let due = dates.adjusted(count, input)?;
    finish(input, down, financed, round_to, odd, built, due)
}

fn down_payment_amount(input: &PlanInput) -> Result<Decimal> {
    let (down, field) = match input.down_payment {
        DownPayment::None => return Ok(Decimal::ZERO),
        DownPayment::Amount(v) => (v, "downPayment"),
        DownPayment::Percent(p) => {
            let v = input
                .amount
                .mul(p, "downPaymentPercent")?
                .div(Decimal::ONE_HUNDRED, "downPaymentPercent")?;
            (input.currency.round(v), "downPaymentPercent")
        }
    };
    if down >= input.amount {
        let c = input.currency;
        return Err(Error::new(
            Code::DownPaymentTooLarge,
            field,
            format!(
                "{} ≥ {}",
                c.to_api_string(down),
                c.to_api_string(input.amount)
            ),
        ));
    }
    Ok(down)
}

#[allow(clippy::too_many_arguments)]
fn finish(
    input: &PlanInput,
    down: Decimal,
    financed: Decimal,
    round_to: Decimal,
    odd: Option<dates::OddDays>,
    built: schedule::Built,
    due: dates::Adjusted,
) -> Result<Plan> {
    let rows = built.rows;
    let cur = input.currency;
    let mut schedule = Vec::with_capacity(rows.len());
    let (mut paid, mut interest) = (Decimal::ZERO, Decimal::ZERO);
    for (i, (row, date)) in rows.iter().zip(&due.dates).enumerate() {
        paid = paid.add(row.payment, "amount")?;
        interest = interest.add(row.interest, "amount")?;
        schedule.push(Installment {
            number: u32::try_from(i + 1).unwrap_or(u32::MAX),
            due_date: *date,
            payment: amount(row.payment, &cur),
            interest: amount(row.interest, &cur),
            principal: amount(row.principal, &cur),
            balance: amount(row.balance, &cur),
        });
    }
    let regular = built.regular;
    let count = u32::try_from(schedule.len()).unwrap_or(MAX_INSTALLMENTS);
    let flows: Vec<(Date, Decimal)> = due
        .dates
        .iter()
        .copied()
        .zip(rows.iter().map(|r| r.payment))
        .collect();
    let apr = apr::apr_percent(
        input.start_date,
        financed,
        input.fee,
        &flows,
        input.frequency,
        input.annual_rate_percent,
    );
    let mut notes = Vec::new();
    let lang = input.lang;
    let fmt = |v: Decimal| input.locale.format_money(v, &cur);
    if let Some(o) = &odd {
        notes.push(Note {
            code: "irregular_first_period",
            message: if o.days > 0 {
                texts::FIRST_PERIOD_LONGER
            } else {
                texts::FIRST_PERIOD_SHORTER
            }
            .render(
                lang,
                &[
                    ("first", &input.locale.format_date(due.nominal_first)),
                    ("regular", &input.locale.format_date(o.regular_due_date)),
                    ("interest", &fmt(o.interest.abs())),
                    ("days", &o.days.abs().to_string()),
                ],
            ),
        });
    }
    if let Term::Installments(requested) = input.term {
        if count < requested {
            notes.push(Note {
                code: "plan_shortened",
                message: texts::PLAN_SHORTENED.render(
                    lang,
                    &[
                        ("roundTo", &fmt(round_to)),
                        ("count", &count.to_string()),
                        ("requested", &requested.to_string()),
                    ],
                ),
            });
        }
    }
    if due.moved > 0 {
        let rule = name_of(
            texts::BUSINESS_DAY_NAMES,
            business_day_id(input.business_days),
            lang,
        );
        notes.push(Note {
            code: "dates_moved",
            message: texts::DATES_MOVED
                .render(lang, &[("moved", &due.moved.to_string()), ("rule", &rule)]),
        });
    }
    if apr.is_none() {
        notes.push(Note {
            code: "apr_not_computed",
            message: texts::APR_NOT_COMPUTED.render(lang, &[]),
        });
    }
    let policy_violations = input.policy.check(input, down, regular, &schedule);
    Ok(Plan {
        currency: cur.code,
        financed: amount(financed, &cur),
        down_payment: amount(down, &cur),
        installment_amount: amount(regular, &cur),
        count,
        totals: Totals {
            payments: amount(paid, &cur),
            interest: amount(interest, &cur),
            fees: amount(input.fee, &cur),
            cost: amount(interest.add(input.fee, "fee")?, &cur),
            overall: amount(down.add(paid, "amount")?.add(input.fee, "fee")?, &cur),
        },
        schedule,
        apr_percent: apr.map(|x| {
            let mut r = round_half_up(x, 2);
            r.rescale(2);
            r
        }),
        irregular_first_period: odd.map(|o| IrregularFirstPeriod {
            regular_due_date: o.regular_due_date,
            odd_days: o.days,
            interest: amount(o.interest, &cur),
        }),
        policy_violations,
        notes,
    })
}
