//! Languages, locales, and number/date formatting that matches what
//! `Intl.NumberFormat` and `Intl.DateTimeFormat` print (ICU 78 / CLDR 48,
//! checked in the wasm tests against `Intl` itself).

use crate::date::Date;
use crate::error::{Code, Error, Result};
use crate::money::{round_half_up, Currency};
use rust_decimal::Decimal;

/// The language of messages and texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    /// Spanish (the default).
    #[default]
    Es,
    /// English.
    En,
}

impl Lang {
    /// Parses `"es"` or `"en"`.
    ///
    /// # Errors
    /// `invalid_option` about `field` for anything else.
    pub fn parse(text: &str, field: &str) -> Result<Lang> {
        match text {
            "es" => Ok(Lang::Es),
            "en" => Ok(Lang::En),
            _ => Err(Error::new(Code::InvalidOption, field, "es, en")),
        }
    }

    /// Picks the text of this language.
    pub fn pick<'a>(&self, es: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Es => es,
            Lang::En => en,
        }
    }
}

/// Where the currency symbol goes relative to the number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Placement {
    /// `1234,50 €`: after the number, with a no-break space.
    Suffix,
    /// `$ 1.234,50`: before, always with a no-break space.
    PrefixSpaced,
    /// `$1,234.50` / `EUR 1,234.50`: before; a no-break space only when
    /// the symbol ends in a letter (CLDR currency spacing).
    Prefix,
    /// Like `Prefix`, but a negative sign goes after the symbol (`$-1.235`).
    PrefixSignInside,
}

/// A locale's number conventions and its own currency symbols.
#[derive(Clone, Copy, Debug)]
pub struct Locale {
    /// The BCP 47 tag, e.g. `"es-ES"`.
    pub tag: &'static str,
    /// The language of the locale.
    pub lang: Lang,
    decimal: char,
    group: char,
    /// CLDR minimumGroupingDigits: Spanish in Spain leaves 4-digit numbers
    /// ungrouped (`1234,50 €`, `12.345,50 €`).
    min_grouping: usize,
    placement: Placement,
    symbols: &'static [(&'static str, &'static str)],
    date: DateStyle,
}

#[derive(Clone, Copy, Debug)]
enum DateStyle {
    /// `5 de enero de 2026`
    Spanish,
    /// `January 5, 2026`
    EnglishUs,
    /// `5 January 2026`
    EnglishGb,
}

const NBSP: char = '\u{a0}';

/// Spain's Spanish, the first of [`LOCALES`] and the default of defaults.
const ES_ES: Locale = loc(
    "es-ES",
    Lang::Es,
    ',',
    '.',
    2,
    Placement::Suffix,
    &[("EUR", "€"), ("USD", "US$")],
);

/// The locales texts can be formatted for (CLDR data as ICU 78 prints it).
pub const LOCALES: &[Locale] = &[
    ES_ES,
    loc(
        "es-MX",
        Lang::Es,
        '.',
        ',',
        1,
        Placement::Prefix,
        &[("MXN", "$")],
    ),
    loc(
        "es-CO",
        Lang::Es,
        ',',
        '.',
        1,
        Placement::PrefixSpaced,
        &[("COP", "$"), ("USD", "US$")],
    ),
    loc(
        "es-AR",
        Lang::Es,
        ',',
        '.',
        1,
        Placement::PrefixSpaced,
        &[("ARS", "$"), ("USD", "US$")],
    ),
    loc(
        "es-CL",
        Lang::Es,
        ',',
        '.',
        1,
        Placement::PrefixSignInside,
        &[("CLP", "$"), ("USD", "US$")],
    ),
    loc(
        "es-PE",
        Lang::Es,
        '.',
        ',',
        1,
        Placement::PrefixSpaced,
        &[("PEN", "S/")],
    ),
    loc(
        "es-UY",
        Lang::Es,
        ',',
        '.',
        1,
        Placement::PrefixSpaced,
        &[("UYU", "$"), ("USD", "US$")],
    ),
    loc(
        "es-US",
        Lang::Es,
        '.',
        ',',
        1,
        Placement::Prefix,
        &[("USD", "$"), ("JPY", "¥")],
    ),
    loc("es-419", Lang::Es, '.', ',', 1, Placement::Prefix, &[]),
    loc(
        "en-US",
        Lang::En,
        '.',
        ',',
        1,
        Placement::Prefix,
        EN_US_SYMBOLS,
    ),
    loc(
        "en-GB",
        Lang::En,
        '.',
        ',',
        1,
        Placement::Prefix,
        EN_GB_SYMBOLS,
    ),
];

const EN_US_SYMBOLS: &[(&str, &str)] = &[
    ("EUR", "€"),
    ("USD", "$"),
    ("GBP", "£"),
    ("MXN", "MX$"),
    ("BRL", "R$"),
    ("JPY", "¥"),
    ("CAD", "CA$"),
];
const EN_GB_SYMBOLS: &[(&str, &str)] = &[
    ("EUR", "€"),
    ("USD", "US$"),
    ("GBP", "£"),
    ("MXN", "MX$"),
    ("BRL", "R$"),
    ("JPY", "JP¥"),
    ("CAD", "CA$"),
];

#[allow(clippy::too_many_arguments)]
const fn loc(
    tag: &'static str,
    lang: Lang,
    decimal: char,
    group: char,
    min_grouping: usize,
    placement: Placement,
    symbols: &'static [(&'static str, &'static str)],
) -> Locale {
    let date = match lang {
        Lang::Es => DateStyle::Spanish,
        Lang::En => {
            // In bounds: the length is checked first (and `loc` only builds consts).
            #[allow(clippy::indexing_slicing)]
            let gb = tag.len() == 5 && tag.as_bytes()[3] == b'G';
            if gb {
                DateStyle::EnglishGb
            } else {
                DateStyle::EnglishUs
            }
        }
    };
    Locale {
        tag,
        lang,
        decimal,
        group,
        min_grouping,
        placement,
        symbols,
        date,
    }
}

impl Locale {
    /// Finds a locale by tag; a bare `"es"` is `es-ES` and `"en"` is `en-US`,
    /// as in `Intl`.
    ///
    /// # Errors
    /// `invalid_option` about `field`, listing the supported tags.
    pub fn find(tag: &str, field: &str) -> Result<Locale> {
        let tag = match tag {
            "es" => "es-ES",
            "en" => "en-US",
            other => other,
        };
        LOCALES
            .iter()
            .find(|l| l.tag == tag)
            .copied()
            .ok_or_else(|| {
                let all: Vec<&str> = LOCALES.iter().map(|l| l.tag).collect();
                Error::new(Code::InvalidOption, field, all.join(", "))
            })
    }

    /// The default locale of a language: `es-ES` or `en-US`.
    pub fn for_lang(lang: Lang) -> Locale {
        let tag = lang.pick("es-ES", "en-US");
        LOCALES
            .iter()
            .find(|l| l.tag == tag)
            .copied()
            .unwrap_or(ES_ES)
    }

    /// Formats an amount as `Intl.NumberFormat(tag, {style: "currency",
    /// currency})` does, rounding half-up to the currency's display digits.
    ///
    /// # Example
    /// ```
    /// use cobro::{Currency, Locale, money::dec};
    /// let eur = Currency::find("EUR", "currency")?;
    /// let es = Locale::find("es-ES", "locale")?;
    /// assert_eq!(es.format_money(dec("12345.5")?, &eur), "12.345,50\u{a0}€");
    /// let us = Locale::find("en-US", "locale")?;
    /// assert_eq!(us.format_money(dec("-1234.5")?, &eur), "-€1,234.50");
    /// # Ok::<(), cobro::Error>(())
    /// ```
    pub fn format_money(&self, amount: Decimal, currency: &Currency) -> String {
        let number = self.format_number(amount.abs(), currency.display_digits);
        let symbol = self
            .symbols
            .iter()
            .find(|(code, _)| *code == currency.code)
            .map_or(currency.code, |(_, s)| *s);
        let negative = round_half_up(amount, currency.display_digits).is_sign_negative()
            && !round_half_up(amount, currency.display_digits).is_zero();
        let sign = if negative { "-" } else { "" };
        let letter_end = symbol.chars().last().is_some_and(char::is_alphabetic);
        let gap = |always: bool| {
            if always || letter_end {
                NBSP.to_string()
            } else {
                String::new()
            }
        };
        match self.placement {
            Placement::Suffix => format!("{sign}{number}{NBSP}{symbol}"),
            Placement::PrefixSpaced => format!("{sign}{symbol}{}{number}", gap(true)),
            Placement::Prefix => format!("{sign}{symbol}{}{number}", gap(false)),
            Placement::PrefixSignInside if negative => format!("{symbol}{sign}{number}"),
            Placement::PrefixSignInside => format!("{symbol}{}{number}", gap(false)),
        }
    }

    /// Formats a non-negative number with exactly `digits` decimals and the
    /// locale's separators (`Intl.NumberFormat` with fixed fraction digits).
    pub fn format_number(&self, value: Decimal, digits: u32) -> String {
        let mut v = round_half_up(value, digits);
        v.rescale(digits);
        let text = v.abs().to_string();
        let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
        let mut out = String::with_capacity(text.len() + 4);
        if v.is_sign_negative() && !v.is_zero() {
            out.push('-');
        }
        let grouped = int.len() >= 3 + self.min_grouping;
        for (i, ch) in int.chars().enumerate() {
            let left = int.len() - i;
            if grouped && i > 0 && left % 3 == 0 {
                out.push(self.group);
            }
            out.push(ch);
        }
        if !frac.is_empty() {
            out.push(self.decimal);
            out.push_str(frac);
        }
        out
    }

    /// Formats a percentage as `Intl.NumberFormat(tag, {style: "percent",
    /// maximumFractionDigits: 2})` formats `percent / 100`: `10,25 %` in
    /// Spain (no-break space), `10.25%` in the United States.
    pub fn format_percent(&self, percent: Decimal) -> String {
        let p = round_half_up(percent, 2).normalize();
        let number = self.format_number(p, p.scale());
        let gap = if self.tag == "es-ES" { "\u{a0}" } else { "" };
        format!("{number}{gap}%")
    }

    /// Formats a rate with exactly two decimals, as the page's tables show
    /// rates: `10,40 %` in Spain, `10.40%` in the United States.
    pub fn format_rate(&self, percent: Decimal) -> String {
        let number = self.format_number(round_half_up(percent, 2), 2);
        let gap = if self.tag == "es-ES" { "\u{a0}" } else { "" };
        format!("{number}{gap}%")
    }

    /// Formats a date as `Intl.DateTimeFormat(tag, {dateStyle: "long"})`:
    /// `5 de enero de 2026`, `January 5, 2026`, `5 January 2026`.
    pub fn format_date(&self, date: Date) -> String {
        let m = usize::try_from(date.month()).unwrap_or(1).saturating_sub(1);
        let (d, y) = (date.day(), date.year());
        match self.date {
            DateStyle::Spanish => {
                // CLDR: Peru and Uruguay write "setiembre".
                let name = match (m, self.tag) {
                    (8, "es-PE" | "es-UY") => "setiembre",
                    _ => MONTHS_ES.get(m).copied().unwrap_or_default(),
                };
                format!("{d} de {name} de {y}")
            }
            DateStyle::EnglishUs => {
                let name = MONTHS_EN.get(m).copied().unwrap_or_default();
                format!("{name} {d}, {y}")
            }
            DateStyle::EnglishGb => {
                let name = MONTHS_EN.get(m).copied().unwrap_or_default();
                format!("{d} {name} {y}")
            }
        }
    }
}

impl Locale {
    /// Formats a month as `Intl.DateTimeFormat(tag, {month: "long", year:
    /// "numeric"})`: `marzo de 2025`, `March 2025`.
    pub fn format_month(&self, date: Date) -> String {
        let m = usize::try_from(date.month()).unwrap_or(1).saturating_sub(1);
        match self.date {
            DateStyle::Spanish => {
                let name = match (m, self.tag) {
                    (8, "es-PE" | "es-UY") => "setiembre",
                    _ => MONTHS_ES.get(m).copied().unwrap_or_default(),
                };
                format!("{name} de {}", date.year())
            }
            DateStyle::EnglishUs | DateStyle::EnglishGb => {
                let name = MONTHS_EN.get(m).copied().unwrap_or_default();
                format!("{name} {}", date.year())
            }
        }
    }
}

const MONTHS_ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::dec;

    // Expected strings printed by Node 20 (ICU 78.2, CLDR 48):
    // new Intl.NumberFormat(locale, {style: "currency", currency}).format(value)
    const MONEY: &[(&str, &str, &str, &str)] = &[
        ("es-ES", "EUR", "1234.5", "1234,50\u{a0}€"),
        ("es-ES", "EUR", "12345.5", "12.345,50\u{a0}€"),
        ("es-ES", "USD", "-1234.5", "-1234,50\u{a0}US$"),
        ("es-ES", "MXN", "123", "123,00\u{a0}MXN"),
        ("es-MX", "MXN", "-1234.5", "-$1,234.50"),
        ("es-MX", "EUR", "1234.5", "EUR\u{a0}1,234.50"),
        ("es-CO", "COP", "1234.5", "$\u{a0}1.235"),
        ("es-CO", "USD", "-1234.5", "-US$\u{a0}1.234,50"),
        ("es-CL", "CLP", "-1234.5", "$-1.235"),
        ("es-CL", "USD", "1234.5", "US$1.234,50"),
        ("es-CL", "EUR", "1234.5", "EUR\u{a0}1.234,50"),
        ("es-PE", "PEN", "1234.5", "S/\u{a0}1,234.50"),
        ("es-AR", "ARS", "123", "$\u{a0}123,00"),
        ("en-US", "EUR", "-1234.5", "-€1,234.50"),
        ("en-US", "COP", "1234.5", "COP\u{a0}1,235"),
        ("en-GB", "GBP", "1234.5", "£1,234.50"),
        ("en-GB", "JPY", "1234567", "JP¥1,234,567"),
    ];

    #[test]
    fn money_matches_intl() {
        for (tag, code, value, expected) in MONEY {
            let l = Locale::find(tag, "locale").unwrap();
            let c = Currency::find(code, "currency").unwrap();
            assert_eq!(
                l.format_money(dec(value).unwrap(), &c),
                *expected,
                "{tag} {code} {value}"
            );
        }
    }

    #[test]
    fn percents_match_intl() {
        // new Intl.NumberFormat(tag, {style: "percent", maximumFractionDigits: 2}).format(p / 100)
        let cases = [
            ("es-ES", "10.25", "10,25\u{a0}%"),
            ("es-ES", "20", "20\u{a0}%"),
            ("es-MX", "10.5", "10.5%"),
            ("es-CO", "7.125", "7,13%"),
            ("en-US", "12", "12%"),
        ];
        for (tag, p, expected) in cases {
            let l = Locale::find(tag, "l").unwrap();
            assert_eq!(l.format_percent(dec(p).unwrap()), expected, "{tag} {p}");
        }
    }

    #[test]
    fn dates_match_intl_long_style() {
        let d = Date::parse("2026-01-05", "d").unwrap();
        let cases = [
            ("es-ES", "5 de enero de 2026"),
            ("es-MX", "5 de enero de 2026"),
            ("en-US", "January 5, 2026"),
            ("en-GB", "5 January 2026"),
        ];
        for (tag, expected) in cases {
            assert_eq!(
                Locale::find(tag, "l").unwrap().format_date(d),
                expected,
                "{tag}"
            );
        }
    }

    #[test]
    fn unknown_locale_lists_the_supported_ones() {
        let e = Locale::find("xx-YY", "locale").unwrap_err();
        assert_eq!(e.code(), "invalid_option");
        assert!(e.message(Lang::En).contains("es-ES, es-MX"));
    }
}
