//! The TypeScript declarations of the JS API, written from the Rust types
//! (feature `typegen`; never part of the wasm).
//!
//! Outputs are the result types themselves (`#[derive(TS)]` beside their
//! `#[derive(Serialize)]`, so a field added to a result is declared the
//! moment it exists). Inputs are read by hand (`crate::input`), so their
//! shapes are declared in [`inputs`], and a test checks each against the
//! reader: the fields the reader lists for an object are exactly the ones
//! declared. The unions (frequencies, regimes, currencies, locales, error
//! codes…) are written from the same tables the reader and the
//! calculators use.
//!
//! `cargo run --example typegen --features typegen -- FILE` writes them;
//! `make build` appends them to each wasm-bindgen `.d.ts`.

use std::any::TypeId;
use std::collections::HashSet;
use ts_rs::{Config, TypeVisitor, TS};

pub mod inputs;

/// A TypeScript type written by hand from a Rust expression: `$ts` is the
/// type's text (an expression giving a `String` or `&str`).
macro_rules! alias {
    ($(#[doc = $doc:expr])+ $name:ident = $ts:expr) => {
        $(#[doc = $doc])+
        pub struct $name;
        impl ts_rs::TS for $name {
            type WithoutGenerics = Self;
            type OptionInnerType = Self;
            fn name(_: &ts_rs::Config) -> String {
                stringify!($name).to_string()
            }
            fn inline(_: &ts_rs::Config) -> String {
                String::from($ts)
            }
            fn decl(cfg: &ts_rs::Config) -> String {
                format!("type {} = {};", stringify!($name), <Self as ts_rs::TS>::inline(cfg))
            }
            fn decl_concrete(cfg: &ts_rs::Config) -> String {
                <Self as ts_rs::TS>::decl(cfg)
            }
            fn docs() -> Option<String> {
                Some(ts_rs::format_docs(&[$($doc),+]))
            }
            fn output_path() -> Option<std::path::PathBuf> {
                Some(std::path::PathBuf::from(concat!(stringify!($name), ".ts")))
            }
        }
    };
}
pub(crate) use alias;

/// `"a" | "b" | …` of `ids`.
pub fn union<'a>(ids: impl IntoIterator<Item = &'a str>) -> String {
    ids.into_iter()
        .map(|id| format!("\"{id}\""))
        .collect::<Vec<_>>()
        .join(" | ")
}

alias! {
    /// An amount in major units, as a decimal string (`"1234.56"`) or a JS
    /// number (read from its shortest decimal text, so `0.1` is exactly
    /// 0.1). At most as many decimals as the currency has.
    MoneyInput = "string | number"
}
alias! {
    /// An amount of a result: a decimal string with exactly the currency's
    /// minor-unit digits (`"1234.50"`; JPY `"1235"`).
    Money = "string"
}
alias! {
    /// A decimal (a rate in percent, a percentage) as a string (`"12.5"`)
    /// or a JS number.
    DecimalInput = "string | number"
}
alias! {
    /// A decimal of a result (a rate in percent), as a string: `"10.15"`.
    DecimalText = "string"
}
alias! {
    /// A civil date, `YYYY-MM-DD` (no time, no time zone), from 1900 to 2200.
    IsoDate = "string"
}
alias! {
    /// An ISO 4217 currency code Cobro knows (`currencies()` lists them).
    CurrencyCode = union(crate::money::CURRENCIES.iter().map(|c| c.code))
}
alias! {
    /// A country with a public-holiday calendar (`publicHolidays`).
    CountryCode = union(crate::holidays::CODES.iter().map(|(c, _)| *c))
}
alias! {
    /// Days off besides weekends: a country code (its public holidays,
    /// computed by rule), a `YYYY-MM-DD` date, or a list of both
    /// (`["CO", "2026-03-19"]`), at most 1000 items.
    HolidaysInput = "CountryCode | IsoDate | Array<CountryCode | IsoDate>"
}
alias! {
    /// The language of texts and error messages (default `"es"`).
    Lang = "\"es\" | \"en\""
}
alias! {
    /// The locale of amounts and dates inside texts (default: `es-ES` for
    /// `es`, `en-US` for `en`).
    LocaleTag = union(crate::locale::LOCALES.iter().map(|l| l.tag))
}
alias! {
    /// How often installments fall due: `weekly` (every 7 days),
    /// `biweekly` (every 14 days), `semimonthly` (the 15th and the last
    /// day of the month), `monthly`, `bimonthly`, `quarterly`.
    Frequency = union(crate::plan::Frequency::OPTIONS.iter().map(|(id, _)| *id))
}
alias! {
    /// How installments split into interest and principal: `french` (equal
    /// payments), `german` (equal principal), `flat` (add-on interest).
    Method = union(crate::plan::Method::OPTIONS.iter().map(|(id, _)| *id))
}
alias! {
    /// How a due date on a weekend or holiday moves.
    BusinessDayRule = union(crate::plan::BUSINESS_DAY_OPTIONS.iter().map(|(id, _)| *id))
}
alias! {
    /// The year basis of daily interest.
    DayCount = union(crate::date::DayCount::OPTIONS.iter().map(|(id, _)| *id))
}
alias! {
    /// Past the last day a shipped rate table covers: `"error"` (the
    /// default: `rate_unknown`) or `"assumeLastRate"` (the last known rate
    /// carries on; the result is `provisional`, with a note).
    PastCoverage = union(crate::interest::PastCoverage::OPTIONS.iter().map(|(id, _)| *id))
}
alias! {
    /// A late-interest regime (`rateRegimes()` lists them with their rows).
    RegimeId = union(crate::interest::regimes::REGIMES.iter().map(|r| r.id))
}
alias! {
    /// A stable error code: the `code` of a thrown `CobroError`, of a
    /// policy violation, of a batch item's `error` (`internal`: a result
    /// that could not be written, never expected).
    ErrorCode = union(crate::error::Code::all().map(|c| c.as_str()).chain(["internal"]))
}

impl TS for crate::serial::Amount {
    type WithoutGenerics = Self;
    type OptionInnerType = Self;
    fn name(cfg: &Config) -> String {
        Money::name(cfg)
    }
    fn inline(cfg: &Config) -> String {
        Money::name(cfg)
    }
    fn visit_dependencies(v: &mut impl TypeVisitor) {
        v.visit::<Money>();
    }
}

impl TS for crate::date::Date {
    type WithoutGenerics = Self;
    type OptionInnerType = Self;
    fn name(cfg: &Config) -> String {
        IsoDate::name(cfg)
    }
    fn inline(cfg: &Config) -> String {
        IsoDate::name(cfg)
    }
    fn visit_dependencies(v: &mut impl TypeVisitor) {
        v.visit::<IsoDate>();
    }
}

/// The results of the entry points (their inputs are in [`inputs`]).
fn add_outputs(c: &mut Collect, cfg: &Config) {
    c.add::<crate::plan::Plan>(cfg);
    c.add::<crate::interest::LateInterest>(cfg);
    c.add::<crate::api::ErrorItem>(cfg);
    c.add::<crate::api::SummaryItem>(cfg);
    c.add::<crate::api::RegimeListing>(cfg);
    c.add::<crate::api::CurrencyInfo>(cfg);
    c.add::<crate::discount::Discount>(cfg);
    c.add::<crate::collection::Classification>(cfg);
    c.add::<crate::collection::Advice>(cfg);
    c.add::<crate::collection::Rendered>(cfg);
    c.add::<crate::debtor::Link>(cfg);
    c.add::<crate::debtor::OfferView>(cfg);
    c.add::<crate::debtor::Encoded>(cfg);
    c.add::<crate::debtor::Check>(cfg);
    c.add::<crate::debtor::Calendar>(cfg);
    c.add::<crate::holidays::PublicHolidays>(cfg);
    c.add::<CountryCode>(cfg);
    c.add::<ErrorCode>(cfg);
}

/// Every type the JS API takes or gives, each declared once.
#[derive(Default)]
pub struct Collect {
    seen: HashSet<TypeId>,
    decls: Vec<(String, String)>,
}

impl Collect {
    /// Declares `T` and every type it names, once.
    pub fn add<T: TS + 'static + ?Sized>(&mut self, cfg: &Config) {
        if !self.seen.insert(TypeId::of::<T>()) {
            return;
        }
        // A type with no file of its own (a primitive, `Vec`, `Option`, a
        // result's `Amount`) is written inline; what it names still counts.
        if T::output_path().is_some() {
            let docs = T::docs().unwrap_or_default();
            self.decls
                .push((T::ident(cfg), format!("{docs}export {}", T::decl(cfg))));
        }
        let mut visit = Visit { cfg, into: self };
        T::visit_dependencies(&mut visit);
    }
}

struct Visit<'a> {
    cfg: &'a Config,
    into: &'a mut Collect,
}

impl TypeVisitor for Visit<'_> {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        self.into.add::<T>(self.cfg);
    }
}

/// The configuration: 64-bit integers (days) are JS numbers.
pub fn config() -> Config {
    Config::new().with_large_int("number")
}

/// The declarations of every input and output type of the JS API, and
/// `CobroError`, as one TypeScript text.
pub fn typescript() -> String {
    let cfg = config();
    let mut all = Collect::default();
    inputs::add_all(&mut all, &cfg);
    add_outputs(&mut all, &cfg);
    let mut decls = all.decls;
    decls.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out = String::from(COBRO_ERROR);
    for (_, decl) in decls {
        out.push('\n');
        out.push_str(&decl);
        out.push('\n');
    }
    out
}

/// What every entry point throws on a bad input.
const COBRO_ERROR: &str = "
/**
 * What every entry point throws on a bad input: an `Error` whose `message`
 * is a sentence in the input's `lang`, with a stable `code` and the path of
 * the offending input in `field` (`\"payments[2].date\"`; `\"\"` for the
 * input as a whole).
 */
export interface CobroError extends Error {
  code: ErrorCode;
  field: string;
}
";

/// The top-level property names of an object type `T`, in order.
pub fn fields_of<T: TS>() -> Vec<String> {
    property_names(&T::inline(&config()))
}

/// The top-level keys of a TypeScript object type text `{ a: X, "b"?: Y, }`,
/// skipping comments, strings and nested brackets.
pub fn property_names(ts: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut chars = ts.chars().peekable();
    let mut depth = 0usize;
    let mut expecting_key = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
            }
            '{' | '[' | '(' | '<' => {
                depth += 1;
                expecting_key = depth == 1 && c == '{';
            }
            '}' | ']' | ')' | '>' => depth = depth.saturating_sub(1),
            ',' if depth == 1 => expecting_key = true,
            '"' => {
                let text: String = chars.by_ref().take_while(|&c| c != '"').collect();
                if depth == 1 && expecting_key {
                    names.push(text);
                    expecting_key = false;
                }
            }
            c if depth == 1 && expecting_key && (c.is_alphanumeric() || c == '_' || c == '$') => {
                let mut name = String::from(c);
                while let Some(&c) = chars.peek() {
                    if !(c.is_alphanumeric() || c == '_' || c == '$') {
                        break;
                    }
                    name.push(c);
                    chars.next();
                }
                names.push(name);
                expecting_key = false;
            }
            _ => {}
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn property_names_skip_comments_strings_and_nested_objects() {
        let ts = r#"{ /** a, b: c */ amount: Money, "odd-key"?: string | null, policy: { max: number, }, list: Array<{ x: number }>, }"#;
        assert_eq!(property_names(ts), ["amount", "odd-key", "policy", "list"]);
    }

    #[test]
    fn unions_come_from_the_tables() {
        let cfg = config();
        // SPEC §2's frequencies, in the page's order.
        assert_eq!(
            Frequency::inline(&cfg),
            r#""weekly" | "biweekly" | "semimonthly" | "monthly" | "bimonthly" | "quarterly""#
        );
        assert_eq!(Method::inline(&cfg), r#""french" | "german" | "flat""#);
        let codes = ErrorCode::inline(&cfg);
        for code in crate::error::Code::all() {
            assert!(
                codes.contains(&format!("\"{}\"", code.as_str())),
                "{code:?}"
            );
        }
        assert!(codes.starts_with(r#""invalid_input" | "missing_field""#));
        assert!(CurrencyCode::inline(&cfg).contains(r#""COP""#));
    }

    #[test]
    fn every_entry_point_type_is_declared_once() {
        let ts = typescript();
        for name in [
            "PaymentPlanInput",
            "Plan",
            "LateInterestInput",
            "LateInterest",
            "BatchSummary",
            "BatchError",
            "RegimeListing",
            "CurrencyInfo",
            "Discount",
            "Classification",
            "Advice",
            "Rendered",
            "Link",
            "OfferView",
            "Encoded",
            "Check",
            "Calendar",
            "Money",
            "IsoDate",
        ] {
            assert_eq!(
                ts.matches(&format!("export type {name} = ")).count(),
                1,
                "{name}"
            );
        }
        assert!(ts.contains("export interface CobroError extends Error"));
        // Days are JS numbers, not bigint.
        assert!(!ts.contains("bigint"));
    }
}
