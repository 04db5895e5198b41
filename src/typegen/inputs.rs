//! The input objects of every entry point, declared for TypeScript.
//!
//! Inputs are read by hand (`crate::input::Obj`), not deserialized, so
//! these types are never built: they only describe what the readers
//! accept. The tests below tie each object type to its reader: the fields
//! the reader's `Obj::only` lists for that object are exactly the fields
//! declared here.

use super::{
    alias, BusinessDayRule, CountryCode, CurrencyCode, DayCount, DecimalInput, Frequency,
    HolidaysInput, IsoDate, Lang, LocaleTag, Method, MoneyInput, PastCoverage, RegimeId,
};
use crate::collection::{Channel, Segment};
use ts_rs::TS;

alias! {
    /// A stage a custom ladder may place (the holds `promise_pending`,
    /// `disputed`, `paid` and `not_due` are never steps).
    LadderStage = super::union(crate::collection::Stage::LADDER.iter().map(|(id, _)| *id))
}

// Written by hand: the words exist only inline in the reader,
// `read_compensation` in src/interest/mod.rs (the `match o.str(field)`
// arms); the test `compensation_rules_are_the_readers` checks them.
alias! {
    /// A compensation rule for recovery costs: `auto` (the regime's own:
    /// EUR 40 for `es-commercial`, `de-b2b`, `nl-commercial`; the UK fixed
    /// sum for `uk-commercial`; none otherwise), `none`, `eu` (EUR 40, EUR
    /// invoices only), `uk` (GBP 40/70/100 by debt size, GBP invoices only).
    CompensationRule = "\"auto\" | \"none\" | \"eu\" | \"uk\""
}

// Written by hand: the options exist only inline in the reader,
// `Detail::from_options` in src/api.rs (`o.choice("detail", &[("full", …),
// ("summary", …)])`); the test `batch_details_are_the_readers` checks them.
alias! {
    /// How much of each result `lateInterestBatch` returns: `full` (each
    /// item's whole `lateInterest` result) or `summary` (only `interest`,
    /// `compensation`, `totalDue`, `daysLate`, `outstandingPrincipal`,
    /// `outstandingInterest`, `provisional`, `error`).
    BatchDetail = "\"full\" | \"summary\""
}

alias! {
    /// The values of a template's placeholders, each a string or a number
    /// (written as given). Only placeholders the template uses need one;
    /// a used placeholder without a value is `missing_field`.
    TemplateValues = template_values()
}

/// `{ name?: string | number | null, … }` for every placeholder, each with
/// what it holds as its JSDoc.
fn template_values() -> String {
    let fields: String = crate::collection::PLACEHOLDERS
        .iter()
        .map(|(name, what)| format!("/** {what} */ {name}?: string | number | null, "))
        .collect();
    format!("{{ {fields}}}")
}

/// The input of `paymentPlan(input)`.
#[derive(TS)]
#[ts(rename_all = "camelCase", optional_fields = nullable)]
pub struct PaymentPlanInput {
    /// The debt, greater than zero.
    pub amount: MoneyInput,
    /// The currency of every amount of the input and the plan.
    pub currency: CurrencyCode,
    /// The agreement date: the down payment and the fee are paid on it,
    /// and interest runs from it.
    pub start_date: IsoDate,
    /// A down payment paid on `startDate`, below `amount`. Not with
    /// `downPaymentPercent`.
    pub down_payment: Option<MoneyInput>,
    /// The down payment as a percent of `amount` (at least 0, below 100),
    /// rounded half-up to the minor unit. Not with `downPayment`.
    pub down_payment_percent: Option<DecimalInput>,
    /// Number of installments, 1 to 1200. Give this or
    /// `installmentAmount`, not both.
    pub installments: Option<u32>,
    /// What the debtor can pay per period, greater than zero: the number
    /// of installments is solved and the last one is smaller. Give this or
    /// `installments`, not both.
    pub installment_amount: Option<MoneyInput>,
    /// How often installments fall due (default `monthly`).
    pub frequency: Option<Frequency>,
    /// The first due date, after `startDate` (default one period after
    /// it). An irregular first period adds or removes its odd days'
    /// interest in the first installment.
    pub first_due_date: Option<IsoDate>,
    /// Nominal annual interest rate in percent, 0 to 1000 (default 0).
    pub annual_rate_percent: Option<DecimalInput>,
    /// How installments split into interest and principal (default
    /// `french`).
    pub method: Option<Method>,
    /// An upfront opening fee, below the amount financed (default 0); it
    /// enters the APR.
    pub fee: Option<MoneyInput>,
    /// Rounding increment of the regular installment, greater than zero
    /// and a multiple of the minor unit (default the minor unit; e.g.
    /// `"1000"` for COP cash amounts).
    pub round_to: Option<MoneyInput>,
    /// How a due date on a weekend or holiday moves (default `none`).
    pub business_days: Option<BusinessDayRule>,
    /// Holidays besides Saturdays and Sundays, for `businessDays`: a
    /// country's public holidays (`"CO"`), dates, or both.
    pub holidays: Option<HolidaysInput>,
    /// The creditor's limits: a plan outside them is still computed, with
    /// `policyViolations`.
    pub policy: Option<Policy>,
    /// Language of notes and violations (default `"es"`).
    pub lang: Option<Lang>,
    /// Locale of amounts and dates inside texts (default by `lang`).
    pub locale: Option<LocaleTag>,
}

/// The creditor's limits for a plan. Every limit is optional.
#[derive(TS)]
#[ts(rename_all = "camelCase", optional_fields = nullable)]
pub struct Policy {
    /// At most this many installments, 1 to 1200.
    pub max_installments: Option<u32>,
    /// Every installment but the last at least this much.
    pub min_installment_amount: Option<MoneyInput>,
    /// The down payment at least this percent of the debt, 0 to 100.
    pub min_down_payment_percent: Option<DecimalInput>,
    /// The last installment at most this many days after `startDate`,
    /// 1 to 109500.
    pub max_term_days: Option<u32>,
    /// The first installment at most this many days after `startDate`,
    /// 1 to 109500.
    pub max_first_payment_days: Option<u32>,
    /// Only these frequencies.
    pub allowed_frequencies: Option<Vec<Frequency>>,
}

/// The input of `lateInterest(input)`, and each item of
/// `lateInterestBatch(inputs)`.
#[derive(TS)]
#[ts(rename_all = "camelCase", optional_fields = nullable)]
pub struct LateInterestInput {
    /// The invoice's currency.
    pub currency: CurrencyCode,
    /// The amount unpaid on the due date.
    pub principal: MoneyInput,
    /// The due date: interest runs from the next day.
    pub due_date: IsoDate,
    /// Calculate up to and including this day (today, or the payment
    /// date).
    pub as_of: IsoDate,
    /// The legal regime.
    pub regime: RegimeId,
    /// The contract rate in percent a year, 0 to 1000: required with
    /// `fixed`, refused (`conflicting_fields`) with any other regime.
    pub annual_rate_percent: Option<DecimalInput>,
    /// Rates in force from a day on, sorted by `from` without repeats (at
    /// most 1000): the whole table for `custom` (required there), or rows
    /// extending a statutory table past its coverage.
    pub rate_table: Option<Vec<RateRow>>,
    /// The year basis of daily interest (default `act/365`).
    pub day_count: Option<DayCount>,
    /// Partial payments, in any order (at most 1000): applied to
    /// compensation, then interest, then principal.
    pub payments: Option<Vec<PaymentInput>>,
    /// Compensation for recovery costs (default `auto`).
    pub compensation: Option<Compensation>,
    /// Past the shipped table's last day: `"error"` (default) or
    /// `"assumeLastRate"` (a provisional figure, with a note).
    pub past_coverage: Option<PastCoverage>,
    /// Language of texts and errors (default `"es"`).
    pub lang: Option<Lang>,
    /// Locale of amounts and dates inside texts (default by `lang`).
    pub locale: Option<LocaleTag>,
}

/// A rate in force from a day on, until the next row.
#[derive(TS)]
#[ts(rename_all = "camelCase", optional_fields = nullable)]
pub struct RateRow {
    /// The first day of the rate.
    pub from: IsoDate,
    /// The annual rate in percent, 0 to 1000.
    pub rate_percent: DecimalInput,
}

/// A partial payment of an invoice.
#[derive(TS)]
#[ts(rename_all = "camelCase", optional_fields = nullable)]
pub struct PaymentInput {
    /// The day paid: it still accrues on the old principal.
    pub date: IsoDate,
    /// The amount paid, greater than zero.
    pub amount: MoneyInput,
}

/// The compensation for recovery costs: a rule, or an amount in the
/// invoice's currency.
#[derive(TS)]
#[ts(untagged)]
pub enum Compensation {
    /// A rule by name.
    Rule(CompensationRule),
    /// A given amount.
    Amount(MoneyInput),
}

/// The options of `lateInterestBatch(inputs, options)`.
#[derive(TS)]
#[ts(rename_all = "camelCase", optional_fields = nullable)]
pub struct BatchOptions {
    /// How much of each result to return (default `full`).
    pub detail: Option<BatchDetail>,
    /// Language of an error about these options (default `"es"`).
    pub lang: Option<Lang>,
}

/// The optional input of `rateRegimes(input)`.
#[derive(TS)]
#[ts(rename_all = "camelCase", optional_fields = nullable)]
pub struct RateRegimesInput {
    /// The language of each regime's `name` and `source` (default `"es"`).
    pub lang: Option<Lang>,
}

/// The input of `publicHolidays(input)`.
#[derive(TS)]
#[ts(rename_all = "camelCase", optional_fields = nullable)]
pub struct PublicHolidaysInput {
    /// The country (`"CO"`, `"GB-ENG"`).
    pub country: CountryCode,
    /// The year, from the country's rule on (CO 1984, MX 2007, ES 1988,
    /// DE 1995, GB-ENG 1978, NL 1980) to 2200.
    pub year: u32,
    /// The language of the names (default `"es"`).
    pub lang: Option<Lang>,
}

/// The input of `earlyPayDiscount(input)`.
#[derive(TS)]
#[ts(rename_all = "camelCase", optional_fields = nullable)]
pub struct EarlyPayDiscountInput {
    /// The invoice amount, greater than zero.
    pub amount: MoneyInput,
    /// The invoice's currency.
    pub currency: CurrencyCode,
    /// The invoice date: days count from it (from its month's end with
    /// end-of-month terms).
    pub invoice_date: IsoDate,
    /// The payment terms.
    pub terms: PaymentTerms,
    /// When the debtor pays, not before `invoiceDate` (default
    /// `invoiceDate`).
    pub payment_date: Option<IsoDate>,
    /// Late-interest settings, to show what paying after the net date
    /// costs.
    pub late_interest: Option<LateInterestSettings>,
    /// Language of texts and errors (default `"es"`).
    pub lang: Option<Lang>,
    /// Locale of amounts and dates inside texts (default by `lang`).
    pub locale: Option<LocaleTag>,
}

/// Payment terms: as text (`"2/10 net 30"`, `"2/10, 1/20, net 30"`,
/// `"1/10 EOM"`, `"2% 10 días, neto 30"`, at most 200 characters), or
/// structured.
#[derive(TS)]
#[ts(untagged)]
pub enum PaymentTerms {
    /// Terms as people write them.
    Text(String),
    /// Terms as tiers and net days.
    Structured(StructuredTerms),
}

/// Payment terms as tiers and net days.
#[derive(TS)]
#[ts(rename_all = "camelCase", optional_fields = nullable)]
pub struct StructuredTerms {
    /// The discount tiers, by increasing days (default none).
    pub tiers: Option<Vec<DiscountTier>>,
    /// Days until the full amount is due, 1 to 3650; every tier's days
    /// are fewer.
    pub net_days: u32,
    /// Days count from the end of the invoice's month (default false).
    pub end_of_month: Option<bool>,
}

/// A discount for paying within some days.
#[derive(TS)]
#[ts(rename_all = "camelCase", optional_fields = nullable)]
pub struct DiscountTier {
    /// The discount in percent of the amount, above 0 and below 100.
    pub percent: DecimalInput,
    /// Days from the invoice date: paying on the last one still earns it.
    pub days: u32,
}

/// Late-interest settings for a payment after the net date: the fields of
/// `lateInterest`, of which the invoice's own figures replace `currency`,
/// `principal`, `dueDate` (the net due date), `asOf` (the payment date),
/// `lang` and `locale`.
#[derive(TS)]
#[ts(rename_all = "camelCase", optional_fields = nullable)]
pub struct LateInterestSettings {
    /// Ignored: the invoice's currency is used.
    pub currency: Option<CurrencyCode>,
    /// Ignored: the invoice amount is used.
    pub principal: Option<MoneyInput>,
    /// Ignored: the net due date is used.
    pub due_date: Option<IsoDate>,
    /// Ignored: the payment date is used.
    pub as_of: Option<IsoDate>,
    /// The legal regime; needed once the payment is late.
    pub regime: Option<RegimeId>,
    /// The contract rate in percent a year, for `fixed`.
    pub annual_rate_percent: Option<DecimalInput>,
    /// Rate rows, as in `lateInterest`.
    pub rate_table: Option<Vec<RateRow>>,
    /// The year basis of daily interest (default `act/365`).
    pub day_count: Option<DayCount>,
    /// Partial payments, as in `lateInterest`.
    pub payments: Option<Vec<PaymentInput>>,
    /// Compensation for recovery costs (default `auto`).
    pub compensation: Option<Compensation>,
    /// Past the shipped table's last day: `"error"` (default) or
    /// `"assumeLastRate"` (a provisional figure, with a note).
    pub past_coverage: Option<PastCoverage>,
    /// Ignored: the discount's `lang` is used.
    pub lang: Option<Lang>,
    /// Ignored: the discount's `locale` is used.
    pub locale: Option<LocaleTag>,
}

/// The input of `classifyCustomer(input)`.
#[derive(TS)]
#[ts(rename_all = "camelCase", optional_fields = nullable)]
pub struct ClassifyCustomerInput {
    /// Past and open invoices (at most 1000).
    pub history: Option<Vec<HistoryItemInput>>,
    /// Payment promises (at most 1000).
    pub promises: Option<Vec<PromiseInput>>,
    /// The day of the classification: unpaid invoices count as late until
    /// it.
    pub as_of: IsoDate,
    /// The currency of the amounts (default `EUR`).
    pub currency: Option<CurrencyCode>,
    /// Where the segments begin (defaults in the result's `thresholds`).
    pub thresholds: Option<ThresholdsInput>,
    /// Language of the reasons (default `"es"`).
    pub lang: Option<Lang>,
    /// Locale of amounts and dates inside the reasons (default by `lang`).
    pub locale: Option<LocaleTag>,
}

/// One past or open invoice of a customer.
#[derive(TS)]
#[ts(rename_all = "camelCase", optional_fields = nullable)]
pub struct HistoryItemInput {
    /// The caller's id of the invoice (not used in the calculation).
    pub invoice_id: Option<String>,
    /// The invoice amount: delays are weighted by it.
    pub amount: MoneyInput,
    /// The due date.
    pub due_date: IsoDate,
    /// When it was paid; absent while unpaid.
    pub paid_date: Option<IsoDate>,
}

/// A payment promise.
#[derive(TS)]
#[ts(rename_all = "camelCase", optional_fields = nullable)]
pub struct PromiseInput {
    /// The promised payment date.
    pub date: IsoDate,
    /// The promised amount.
    pub amount: Option<MoneyInput>,
    /// Whether it was kept; absent while not known (a promise whose date
    /// has passed unmarked counts as broken).
    pub kept: Option<bool>,
}

/// Where the customer segments begin; each absent one keeps its default.
#[derive(TS)]
#[ts(rename_all = "camelCase", optional_fields = nullable)]
pub struct ThresholdsInput {
    /// Punctual: a score of at least this, 0 to 100 (default 80)…
    pub punctual_min_score: Option<u32>,
    /// Mild arrears: a score of at least this, 0 to 100 (default 55);
    /// below, critical.
    pub mild_min_score: Option<u32>,
    /// Critical arrears: a score of at least this, 0 to 100 (default 30);
    /// below, high risk.
    pub critical_min_score: Option<u32>,
    /// …and no delay longer than this many days, 0 to 3650 (default 7).
    pub punctual_max_delay_days: Option<u32>,
    /// A delay of this many days makes at least critical, 0 to 3650
    /// (default 45).
    pub critical_delay_days: Option<u32>,
    /// A delay of this many days makes high risk, 0 to 3650 (default 90).
    pub high_risk_delay_days: Option<u32>,
    /// This many broken promises make high risk, 1 to 100 (default 2).
    pub high_risk_broken_promises: Option<u32>,
}

/// The input of `collectionAdvice(input)`.
#[derive(TS)]
#[ts(rename_all = "camelCase", optional_fields = nullable)]
pub struct CollectionAdviceInput {
    /// The customer's invoices, all in one currency (at least one, at most
    /// 1000); the fully paid ones are left out of the figures.
    pub invoices: Vec<InvoiceInput>,
    /// Today: the day of the advice.
    pub as_of: IsoDate,
    /// The customer.
    pub customer: Option<CustomerInput>,
    /// Payment promises: one not yet due pauses escalation, a broken one
    /// moves to at least the firm notice.
    pub promises: Option<Vec<PromiseInput>>,
    /// The invoices are disputed: escalation stops (default false).
    pub disputed: Option<bool>,
    /// The creditor, for the messages.
    pub creditor: Option<AdviceCreditorInput>,
    /// The late-interest regime of every invoice; without it, interest is
    /// not computed (a note says so).
    pub regime: Option<RegimeId>,
    /// The contract rate in percent a year, for `fixed`.
    pub annual_rate_percent: Option<DecimalInput>,
    /// Rate rows, as in `lateInterest`.
    pub rate_table: Option<Vec<RateRow>>,
    /// The year basis of daily interest (default `act/365`).
    pub day_count: Option<DayCount>,
    /// Past a rate table's last day: as in `lateInterest`.
    pub past_coverage: Option<PastCoverage>,
    /// A custom ladder replacing the default one, by increasing days.
    pub ladder: Option<Vec<LadderStepInput>>,
    /// What was actually sent (at most 1000, none after `asOf`). Given,
    /// even `[]`, the ladder advances from it: a suspension notice, formal
    /// demand, agency hand-over or legal action only with the step before
    /// it on record, at most one step past the last one, and not before
    /// the ladder's gap after the last contact.
    pub contacts: Option<Vec<ContactInput>>,
    /// Holidays besides weekends (a country code, dates, or both):
    /// contacts move to the next working day.
    pub holidays: Option<HolidaysInput>,
    /// Language of texts (default `"es"`; `customer.lang` wins).
    pub lang: Option<Lang>,
    /// Locale of amounts and dates in texts (default by the language;
    /// `customer.locale` wins).
    pub locale: Option<LocaleTag>,
}

/// One invoice of `collectionAdvice`.
#[derive(TS)]
#[ts(rename_all = "camelCase", optional_fields = nullable)]
pub struct InvoiceInput {
    /// The invoice number, as shown in messages.
    #[ts(type = "string | number")]
    pub number: String,
    /// The invoice amount.
    pub amount: MoneyInput,
    /// Its currency: the same on every invoice.
    pub currency: CurrencyCode,
    /// The issue date (checked, not used).
    pub issue_date: Option<IsoDate>,
    /// The due date.
    pub due_date: IsoDate,
    /// How much of it is already paid, at most `amount` (default 0).
    pub paid: Option<MoneyInput>,
}

/// The customer of `collectionAdvice`.
#[derive(TS)]
#[ts(rename_all = "camelCase", optional_fields = nullable)]
pub struct CustomerInput {
    /// The name messages use (default "cliente" / "customer").
    pub name: Option<String>,
    /// The customer's segment, if known; it shifts the ladder.
    pub segment: Option<Segment>,
    /// Past invoices, to classify the customer when no `segment` is given.
    pub history: Option<Vec<HistoryItemInput>>,
    /// A business customer (default true); a consumer is owed no
    /// compensation.
    pub b2b: Option<bool>,
    /// Preferred channels, most preferred first.
    pub channels: Option<Vec<Channel>>,
    /// The customer's language, over the top-level `lang`.
    pub lang: Option<Lang>,
    /// The customer's locale, over the top-level `locale`.
    pub locale: Option<LocaleTag>,
}

/// The creditor of `collectionAdvice`, for the messages.
#[derive(TS)]
#[ts(rename_all = "camelCase", optional_fields = nullable)]
pub struct AdviceCreditorInput {
    /// The creditor's name.
    pub name: Option<String>,
    /// How to pay (`"bank transfer"`, or `["bank transfer", "card"]`).
    pub payment_methods: Option<PaymentMethods>,
    /// A payment link.
    pub payment_link: Option<String>,
    /// A contact (e-mail, phone…); default the creditor's name.
    pub contact: Option<String>,
}

/// How a creditor can be paid: one text, or a list of texts (joined in
/// words in the messages).
#[derive(TS)]
#[ts(untagged)]
pub enum PaymentMethods {
    /// One way to pay.
    One(String),
    /// Several ways to pay.
    Many(Vec<String>),
}

/// A message actually sent to the customer.
#[derive(TS)]
#[ts(rename_all = "camelCase", optional_fields = nullable)]
pub struct ContactInput {
    /// The day it was sent (on or before `asOf`).
    pub date: IsoDate,
    /// The ladder step it was.
    pub stage: LadderStage,
    /// How it was sent.
    pub channel: Channel,
    /// The caller's own note (not used).
    pub note: Option<String>,
}

/// One step of a custom ladder.
#[derive(TS)]
#[ts(rename_all = "camelCase", optional_fields = nullable)]
pub struct LadderStepInput {
    /// The stage of this step.
    pub stage: LadderStage,
    /// Whole days after the due date (negative: before), -365 to 3650;
    /// greater than the previous step's.
    pub day: i32,
    /// The channels, most suitable first (default the stage's own).
    pub channels: Option<Vec<Channel>>,
}

/// The input of `renderTemplate(input)`.
#[derive(TS)]
#[ts(rename_all = "camelCase", optional_fields = nullable)]
pub struct RenderTemplateInput {
    /// The template: text with `{{placeholder}}` slots (at most 65536
    /// characters); an unknown placeholder is an error.
    pub template: String,
    /// The placeholders' values.
    pub values: Option<TemplateValues>,
    /// Language of errors (default `"es"`).
    pub lang: Option<Lang>,
    /// Accepted, not used: values are written as given.
    pub locale: Option<LocaleTag>,
}

/// The input of `encodeOffer(offer)`: what a debtor link carries (and
/// what `decodeOffer` gives back).
#[derive(TS)]
#[ts(rename_all = "camelCase", optional_fields = nullable)]
pub struct EncodeOfferInput {
    /// The debt, greater than zero.
    pub amount: MoneyInput,
    /// Its currency.
    pub currency: CurrencyCode,
    /// The day of the offer.
    pub as_of: IsoDate,
    /// The last day the offer holds, not before `asOf`.
    pub valid_until: Option<IsoDate>,
    /// Invoice numbers or another reference, at most 140 characters.
    pub reference: Option<String>,
    /// Who asks for the money and where the debtor answers.
    pub creditor: OfferCreditorInput,
    /// The limits a debtor's plan must keep (`minDownPaymentPercent` below
    /// 100, `minInstallmentAmount` at most the debt).
    pub policy: Option<Policy>,
    /// The plan's nominal annual rate in percent, 0 to 1000.
    pub annual_rate_percent: Option<DecimalInput>,
    /// The plan's amortization method.
    pub method: Option<Method>,
    /// The plan's opening fee.
    pub fee: Option<MoneyInput>,
    /// A discount for paying everything at once, by a deadline after
    /// `asOf` (and not after `validUntil`).
    pub settlement: Option<SettlementInput>,
    /// The country whose holidays matter: ISO 3166 (`"ES"`) or a
    /// subdivision (`"GB-ENG"`).
    pub country: Option<String>,
    /// The debtor's language.
    pub lang: Option<Lang>,
    /// The debtor's locale.
    pub locale: Option<LocaleTag>,
}

/// The creditor of an offer.
#[derive(TS)]
#[ts(rename_all = "camelCase", optional_fields = nullable)]
pub struct OfferCreditorInput {
    /// The name shown to the debtor, at most 100 characters.
    pub name: String,
    /// A reply e-mail address, at most 254 characters.
    pub email: Option<String>,
    /// A reply WhatsApp number in E.164 (`"+34600111222"`; spaces, dots,
    /// dashes and brackets are dropped).
    pub whatsapp: Option<String>,
}

/// "Pay everything by `deadline` and get `percent` % off."
#[derive(TS)]
#[ts(rename_all = "camelCase", optional_fields = nullable)]
pub struct SettlementInput {
    /// The discount in percent, above 0 and below 100.
    pub percent: DecimalInput,
    /// The last day to pay.
    pub deadline: IsoDate,
}

/// The input of `decodeOffer(input)`.
#[derive(TS)]
#[ts(rename_all = "camelCase", optional_fields = nullable)]
pub struct DecodeOfferInput {
    /// The link's fragment, with or without its leading `#`.
    pub fragment: String,
    /// Language of errors (default `"es"`).
    pub lang: Option<Lang>,
    /// Accepted, not used.
    pub locale: Option<LocaleTag>,
}

/// The input of `encodeProposal(input)`: the `paymentPlan` input of the
/// plan the debtor chose (its `policy` only yields violations; it is not
/// part of the code), or, for a one-off payment with the settlement
/// discount, `{amount, currency, startDate, settlement, firstDueDate?,
/// reference?, creditorName?, lang?, locale?}` (the other plan fields are
/// then `conflicting_fields`).
#[derive(TS)]
#[ts(rename_all = "camelCase", optional_fields = nullable)]
pub struct EncodeProposalInput {
    /// The plan's fields.
    #[ts(flatten)]
    pub plan: PaymentPlanInput,
    /// Invoice numbers or another reference, at most 140 characters.
    pub reference: Option<String>,
    /// The creditor's name for the greeting, at most 100 characters.
    pub creditor_name: Option<String>,
    /// The settlement taken: everything paid at once on `firstDueDate`
    /// (default the deadline), not after `deadline`.
    pub settlement: Option<SettlementInput>,
}

/// The input of `checkProposal(input)`: a proposal code and the
/// creditor's own terms, which it is checked against.
#[derive(TS)]
#[ts(rename_all = "camelCase", optional_fields = nullable)]
pub struct CheckProposalInput {
    /// The proposal code the debtor sent.
    pub code: String,
    /// The debt.
    pub amount: MoneyInput,
    /// Its currency.
    pub currency: CurrencyCode,
    /// The creditor's limits.
    pub policy: Option<Policy>,
    /// The creditor's nominal annual rate in percent (default 0).
    pub annual_rate_percent: Option<DecimalInput>,
    /// The creditor's opening fee (default 0).
    pub fee: Option<MoneyInput>,
    /// The creditor's amortization method (default `french`).
    pub method: Option<Method>,
    /// The settlement the creditor offered, if any.
    pub settlement: Option<SettlementInput>,
    /// The last day the offer held.
    pub valid_until: Option<IsoDate>,
    /// The day of the offer.
    pub as_of: Option<IsoDate>,
    /// The creditor's name for the reply, at most 100 characters.
    pub creditor_name: Option<String>,
    /// Language of texts (default `"es"`).
    pub lang: Option<Lang>,
    /// Locale of amounts and dates inside texts (default by `lang`).
    pub locale: Option<LocaleTag>,
}

/// The input of `planCalendar(input)`: an `encodeProposal` input and the
/// events' title.
#[derive(TS)]
#[ts(rename_all = "camelCase", optional_fields = nullable)]
pub struct PlanCalendarInput {
    /// The plan, or the settlement, whose payments become events.
    #[ts(flatten)]
    pub proposal: EncodeProposalInput,
    /// The events' title, at most 120 characters (default from
    /// `creditorName`).
    pub title: Option<String>,
}

/// Adds every root input type to `c` (nested types follow as
/// dependencies).
pub(super) fn add_all(c: &mut super::Collect, cfg: &ts_rs::Config) {
    c.add::<PaymentPlanInput>(cfg);
    c.add::<LateInterestInput>(cfg);
    c.add::<BatchOptions>(cfg);
    c.add::<RateRegimesInput>(cfg);
    c.add::<EarlyPayDiscountInput>(cfg);
    c.add::<ClassifyCustomerInput>(cfg);
    c.add::<CollectionAdviceInput>(cfg);
    c.add::<RenderTemplateInput>(cfg);
    c.add::<EncodeOfferInput>(cfg);
    c.add::<DecodeOfferInput>(cfg);
    c.add::<EncodeProposalInput>(cfg);
    c.add::<CheckProposalInput>(cfg);
    c.add::<PlanCalendarInput>(cfg);
    c.add::<PublicHolidaysInput>(cfg);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::{self, ApiError};
    use std::collections::BTreeSet;

    /// A key longer than 64 characters: the reader never suggests a close
    /// name for it, so its error lists every known field.
    fn bogus_key() -> String {
        "z".repeat(70)
    }

    /// One object type of this file and where a reader checks it.
    struct Case {
        /// The declared type.
        ty: &'static str,
        /// Its declared fields.
        fields: fn() -> Vec<String>,
        /// The entry point.
        call: fn(&str) -> Result<String, ApiError>,
        /// A valid input of the entry point (`"lang": "en"`).
        input: &'static str,
        /// JSON pointer of the object inside `input`.
        at: &'static str,
        /// Declared fields this reader path does not list.
        without: &'static [&'static str],
    }

    macro_rules! case {
        ($ty:ty, $call:expr, $input:expr, $at:expr) => {
            case!($ty, $call, $input, $at, &[])
        };
        ($ty:ty, $call:expr, $input:expr, $at:expr, $without:expr) => {
            Case {
                ty: stringify!($ty),
                fields: super::super::fields_of::<$ty>,
                call: $call,
                input: $input,
                at: $at,
                without: $without,
            }
        };
    }

    const PLAN: &str = r#"{"amount": "1200", "currency": "EUR", "startDate": "2025-01-15",
        "installments": 6, "policy": {"maxInstallments": 12}, "lang": "en"}"#;
    const INTEREST: &str = r#"{"currency": "EUR", "principal": "1000", "dueDate": "2025-03-31",
        "asOf": "2025-11-26", "regime": "custom",
        "rateTable": [{"from": "2025-01-01", "ratePercent": "8"}],
        "payments": [{"date": "2025-06-30", "amount": "100"}], "lang": "en"}"#;
    const DISCOUNT: &str = r#"{"amount": "1000", "currency": "EUR", "invoiceDate": "2025-03-03",
        "terms": {"tiers": [{"percent": "2", "days": 10}], "netDays": 30},
        "paymentDate": "2025-03-13", "lateInterest": {"regime": "es-commercial"}, "lang": "en"}"#;
    const CLASSIFY: &str = r#"{"asOf": "2025-04-01", "currency": "EUR",
        "history": [{"invoiceId": "F-1", "amount": "100", "dueDate": "2025-01-31", "paidDate": "2025-02-05"}],
        "promises": [{"date": "2025-03-01", "amount": "50", "kept": true}],
        "thresholds": {"punctualMinScore": 80}, "lang": "en"}"#;
    const ADVICE: &str = r#"{"asOf": "2025-03-10",
        "invoices": [{"number": "F-1", "amount": "500", "currency": "EUR", "issueDate": "2025-01-01",
            "dueDate": "2025-01-31", "paid": "0"}],
        "customer": {"name": "Ana", "b2b": true, "channels": ["email"],
            "history": [{"invoiceId": "F-0", "amount": "100", "dueDate": "2024-10-31", "paidDate": "2024-11-02"}]},
        "promises": [{"date": "2025-02-15", "kept": false}],
        "creditor": {"name": "Norte SL", "paymentMethods": ["transfer"],
            "paymentLink": "https://pay.example/1", "contact": "cobros@norte.example"},
        "regime": "custom", "rateTable": [{"from": "2025-01-01", "ratePercent": "8"}],
        "ladder": [{"stage": "first_reminder", "day": 1, "channels": ["email"]},
            {"stage": "firm_notice", "day": 15}],
        "contacts": [{"date": "2025-02-01", "stage": "first_reminder", "channel": "email", "note": "sent"}],
        "holidays": ["2025-01-06"], "lang": "en"}"#;
    const TEMPLATE: &str = r#"{"template": "Hello {{customerName}}", "values": {"customerName": "Ana"}, "lang": "en"}"#;
    const OFFER: &str = r#"{"amount": "900", "currency": "EUR", "asOf": "2026-11-29",
        "validUntil": "2026-12-31", "reference": "F-1",
        "creditor": {"name": "Estudio Norte", "email": "a@norte.example"},
        "policy": {"maxInstallments": 6}, "settlement": {"percent": "10", "deadline": "2026-12-15"},
        "lang": "en"}"#;
    const DECODE: &str =
        r#"{"fragment": "o1&n=Norte&a=900.00&c=EUR&t=2026-11-29&l=en&k=acb44478", "lang": "en"}"#;
    const PROPOSAL: &str = r#"{"amount": "900", "currency": "EUR", "startDate": "2026-12-01",
        "installments": 3, "reference": "F-1", "creditorName": "Norte", "lang": "en"}"#;
    const SETTLEMENT_PROPOSAL: &str = r#"{"amount": "900", "currency": "EUR",
        "startDate": "2026-12-01", "settlement": {"percent": "10", "deadline": "2026-12-15"},
        "reference": "F-1", "creditorName": "Norte", "lang": "en"}"#;
    const CHECK: &str = r#"{"code": "p1&a=900.00&c=EUR&s=2026-12-01&n=3&f=monthly&k=0a9df4cb",
        "amount": "900", "currency": "EUR", "policy": {"maxInstallments": 6},
        "settlement": {"percent": "10", "deadline": "2026-12-15"}, "lang": "en"}"#;
    const CALENDAR: &str = r#"{"amount": "900", "currency": "EUR", "startDate": "2026-12-01",
        "installments": 3, "title": "Plan", "reference": "F-1", "creditorName": "Norte", "lang": "en"}"#;
    const SETTLEMENT_CALENDAR: &str = r#"{"amount": "900", "currency": "EUR",
        "startDate": "2026-12-01", "settlement": {"percent": "10", "deadline": "2026-12-15"},
        "title": "Pago", "lang": "en"}"#;
    const BATCH_OPTIONS: &str = r#"{"detail": "summary", "lang": "en"}"#;

    fn batch_options(text: &str) -> Result<String, ApiError> {
        api::Detail::from_options(text).map(|_| String::new())
    }

    /// Every object type but `RateRegimesInput`, whose reader lists no
    /// fields (see `rate_regimes_input_is_its_lang`).
    fn cases() -> Vec<Case> {
        vec![
            case!(PaymentPlanInput, api::payment_plan_json, PLAN, ""),
            case!(Policy, api::payment_plan_json, PLAN, "/policy"),
            case!(LateInterestInput, api::late_interest_json, INTEREST, ""),
            case!(RateRow, api::late_interest_json, INTEREST, "/rateTable/0"),
            case!(
                PaymentInput,
                api::late_interest_json,
                INTEREST,
                "/payments/0"
            ),
            case!(BatchOptions, batch_options, BATCH_OPTIONS, ""),
            case!(
                EarlyPayDiscountInput,
                api::early_pay_discount_json,
                DISCOUNT,
                ""
            ),
            case!(
                StructuredTerms,
                api::early_pay_discount_json,
                DISCOUNT,
                "/terms"
            ),
            case!(
                DiscountTier,
                api::early_pay_discount_json,
                DISCOUNT,
                "/terms/tiers/0"
            ),
            case!(
                LateInterestSettings,
                api::early_pay_discount_json,
                DISCOUNT,
                "/lateInterest"
            ),
            case!(
                ClassifyCustomerInput,
                api::classify_customer_json,
                CLASSIFY,
                ""
            ),
            case!(
                HistoryItemInput,
                api::classify_customer_json,
                CLASSIFY,
                "/history/0"
            ),
            case!(
                PromiseInput,
                api::classify_customer_json,
                CLASSIFY,
                "/promises/0"
            ),
            case!(
                ThresholdsInput,
                api::classify_customer_json,
                CLASSIFY,
                "/thresholds"
            ),
            case!(
                CollectionAdviceInput,
                api::collection_advice_json,
                ADVICE,
                ""
            ),
            case!(
                InvoiceInput,
                api::collection_advice_json,
                ADVICE,
                "/invoices/0"
            ),
            case!(
                CustomerInput,
                api::collection_advice_json,
                ADVICE,
                "/customer"
            ),
            case!(
                HistoryItemInput,
                api::collection_advice_json,
                ADVICE,
                "/customer/history/0"
            ),
            case!(
                PromiseInput,
                api::collection_advice_json,
                ADVICE,
                "/promises/0"
            ),
            case!(
                AdviceCreditorInput,
                api::collection_advice_json,
                ADVICE,
                "/creditor"
            ),
            case!(RateRow, api::collection_advice_json, ADVICE, "/rateTable/0"),
            case!(
                LadderStepInput,
                api::collection_advice_json,
                ADVICE,
                "/ladder/0"
            ),
            case!(
                ContactInput,
                api::collection_advice_json,
                ADVICE,
                "/contacts/0"
            ),
            case!(RenderTemplateInput, api::render_template_json, TEMPLATE, ""),
            case!(
                TemplateValues,
                api::render_template_json,
                TEMPLATE,
                "/values"
            ),
            case!(EncodeOfferInput, api::encode_offer_json, OFFER, ""),
            case!(
                OfferCreditorInput,
                api::encode_offer_json,
                OFFER,
                "/creditor"
            ),
            case!(Policy, api::encode_offer_json, OFFER, "/policy"),
            case!(
                SettlementInput,
                api::encode_offer_json,
                OFFER,
                "/settlement"
            ),
            case!(DecodeOfferInput, api::decode_offer_json, DECODE, ""),
            case!(
                PublicHolidaysInput,
                api::public_holidays_json,
                r#"{"country": "CO", "year": 2026, "lang": "en"}"#,
                ""
            ),
            // Without `settlement` the reader is `paymentPlan`'s with the
            // proposal's fields, and does not list `settlement`.
            case!(
                EncodeProposalInput,
                api::encode_proposal_json,
                PROPOSAL,
                "",
                &["settlement"]
            ),
            case!(
                EncodeProposalInput,
                api::encode_proposal_json,
                SETTLEMENT_PROPOSAL,
                ""
            ),
            case!(
                SettlementInput,
                api::encode_proposal_json,
                SETTLEMENT_PROPOSAL,
                "/settlement"
            ),
            case!(CheckProposalInput, api::check_proposal_json, CHECK, ""),
            case!(Policy, api::check_proposal_json, CHECK, "/policy"),
            case!(
                SettlementInput,
                api::check_proposal_json,
                CHECK,
                "/settlement"
            ),
            case!(
                PlanCalendarInput,
                api::plan_calendar_json,
                CALENDAR,
                "",
                &["settlement"]
            ),
            case!(
                PlanCalendarInput,
                api::plan_calendar_json,
                SETTLEMENT_CALENDAR,
                ""
            ),
        ]
    }

    /// `"/payments/0"` → `"payments[0]"`.
    fn path_of(pointer: &str) -> String {
        let mut path = String::new();
        for part in pointer.split('/').skip(1) {
            if part.bytes().all(|b| b.is_ascii_digit()) {
                path.push_str(&format!("[{part}]"));
            } else {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(part);
            }
        }
        path
    }

    /// The fields the reader lists when `key` is added at `case.at`.
    fn reader_fields(case: &Case) -> BTreeSet<String> {
        let what = format!("{} at {:?}", case.ty, case.at);
        (case.call)(case.input).unwrap_or_else(|e| panic!("{what}: the base input fails: {e:?}"));
        let mut value: serde_json::Value = serde_json::from_str(case.input).unwrap();
        let key = bogus_key();
        value
            .pointer_mut(case.at)
            .and_then(serde_json::Value::as_object_mut)
            .unwrap_or_else(|| panic!("{what}: no object there"))
            .insert(key.clone(), serde_json::Value::Bool(true));
        let e = (case.call)(&value.to_string()).expect_err(&what);
        let path = match path_of(case.at) {
            p if p.is_empty() => key.clone(),
            p => format!("{p}.{key}"),
        };
        assert_eq!(
            (e.code, e.field.as_str()),
            ("unknown_field", path.as_str()),
            "{what}"
        );
        let expected_start =
            format!("“{path}” is not a field this function knows; the known fields are: ");
        let list = e
            .message
            .strip_prefix(&expected_start)
            .and_then(|rest| rest.strip_suffix('.'))
            .unwrap_or_else(|| panic!("{what}: unexpected message {:?}", e.message));
        list.split(", ").map(str::to_string).collect()
    }

    #[test]
    fn declared_fields_are_the_readers() {
        for case in cases() {
            let declared = (case.fields)();
            let mut expected: BTreeSet<String> = declared.iter().cloned().collect();
            assert_eq!(
                expected.len(),
                declared.len(),
                "{}: repeated fields",
                case.ty
            );
            for field in case.without {
                assert!(expected.remove(*field), "{}: no field {field}", case.ty);
            }
            assert_eq!(
                reader_fields(&case),
                expected,
                "{} at {:?}",
                case.ty,
                case.at
            );
        }
    }

    /// The `pub struct` names of this file, before its tests.
    fn structs_in_source() -> BTreeSet<String> {
        let source = include_str!("inputs.rs");
        let end = source.find("#[cfg(test)]").unwrap_or(source.len());
        source[..end]
            .lines()
            .filter_map(|line| line.strip_prefix("pub struct "))
            .map(|rest| rest.split([' ', ';', '{', '<']).next().unwrap().to_string())
            .collect()
    }

    #[test]
    fn every_object_type_has_a_case() {
        let cfg = super::super::config();
        let mut all = super::super::Collect::default();
        add_all(&mut all, &cfg);
        // The object types reachable from the roots: `type X = { … }`.
        let objects: BTreeSet<String> = all
            .decls
            .iter()
            .filter(|(name, decl)| decl.contains(&format!("type {name} = {{")))
            .map(|(name, _)| name.clone())
            .collect();
        let mut tested: BTreeSet<String> = cases().iter().map(|c| c.ty.to_string()).collect();
        tested.insert("RateRegimesInput".to_string());
        assert_eq!(objects, tested);
        let structs = structs_in_source();
        assert_eq!(structs.len(), 30, "{structs:?}");
        assert!(structs.is_subset(&objects), "{structs:?}");
        assert_eq!(
            objects.difference(&structs).collect::<Vec<_>>(),
            ["TemplateValues"]
        );
    }

    /// `rateRegimes` reads only `lang`, leniently: no field list to compare.
    #[test]
    fn rate_regimes_input_is_its_lang() {
        assert_eq!(super::super::fields_of::<RateRegimesInput>(), ["lang"]);
        let names = |input: &str| -> Vec<String> {
            let list: serde_json::Value =
                serde_json::from_str(&api::rate_regimes_json(input).unwrap()).unwrap();
            let list = list.as_array().unwrap().iter();
            list.map(|r| r["name"].as_str().unwrap().to_string())
                .collect()
        };
        let english = names(r#"{"lang": "en"}"#);
        assert_ne!(english, names(r#"{"lang": "es"}"#));
        assert_eq!(names(""), names(r#"{"lang": "es"}"#));
        assert!(english
            .iter()
            .zip(crate::interest::regimes::REGIMES)
            .all(|(n, r)| n == r.name_en));
    }

    /// The ids of a union of string literals.
    fn ids_of<T: TS>() -> Vec<String> {
        T::inline(&super::super::config())
            .split(" | ")
            .map(|id| id.trim_matches('"').to_string())
            .collect()
    }

    /// The list after "allowed: " in an `invalid_option` message.
    fn allowed(e: &ApiError) -> Vec<String> {
        assert_eq!(e.code, "invalid_option", "{e:?}");
        let list = e.message.split_once("allowed: ").unwrap().1;
        let list = list.strip_suffix('.').unwrap_or(list);
        list.split(", ").map(str::to_string).collect()
    }

    #[test]
    fn compensation_rules_are_the_readers() {
        let input = |currency: &str, rule: &str| {
            format!(
                r#"{{"currency": "{currency}", "principal": "1000", "dueDate": "2025-03-31",
                "asOf": "2025-06-30", "regime": "fixed", "annualRatePercent": "5",
                "compensation": "{rule}", "lang": "en"}}"#
            )
        };
        let rules = ids_of::<CompensationRule>();
        for rule in &rules {
            let currency = if rule == "uk" { "GBP" } else { "EUR" };
            api::late_interest_json(&input(currency, rule))
                .unwrap_or_else(|e| panic!("{rule}: {e:?}"));
        }
        api::late_interest_json(&input("EUR", "12.50")).unwrap();
        let e = api::late_interest_json(&input("EUR", "always")).unwrap_err();
        let mut listed = allowed(&e);
        // The last one is an amount, the other shape `Compensation` takes.
        let example = listed.pop().unwrap();
        assert!(example.parse::<f64>().is_ok(), "{example}");
        assert_eq!(listed, rules);
    }

    #[test]
    fn batch_details_are_the_readers() {
        let details = ids_of::<BatchDetail>();
        for detail in &details {
            api::Detail::from_options(&format!(r#"{{"detail": "{detail}"}}"#)).unwrap();
        }
        let e = api::Detail::from_options(r#"{"detail": "brief", "lang": "en"}"#).unwrap_err();
        assert_eq!(allowed(&e), details);
    }

    /// The enums an input shares with the results are spelled as their
    /// readers spell them.
    #[test]
    fn shared_enums_are_the_readers_spellings() {
        fn options<T>(list: &[(&str, T)]) -> Vec<String> {
            list.iter().map(|(id, _)| id.to_string()).collect()
        }
        assert_eq!(
            ids_of::<Channel>(),
            options(crate::collection::Channel::OPTIONS)
        );
        assert_eq!(
            ids_of::<Segment>(),
            options(crate::collection::Segment::OPTIONS)
        );
    }
}
