//! Reading the JSON inputs of the JS API into typed values, with an error
//! code and a field path for every way a field can be wrong.
//!
//! `null` and an absent field mean the same thing: "not given".

use crate::date::Date;
use crate::error::{quote, Code, Error, Result};
use crate::json::{self, Json};
use crate::locale::{Lang, Locale};
use crate::money::{parse_decimal, Currency, MAX_AMOUNT};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::borrow::Cow;

/// Longest string field, in characters (a message template is one).
pub const MAX_STRING: usize = 65_536;
/// Most items in any list of an input: rows, invoices, holidays, ladder
/// steps, promises, history.
pub const MAX_LIST: usize = 1_000;

/// `text_too_long` when `s` has more than `max` characters; counted only
/// past `max` bytes, so the common case costs one comparison.
pub(crate) fn check_length(s: &str, max: usize, field: &str) -> Result<()> {
    if s.len() <= max {
        return Ok(());
    }
    let count = s.chars().count();
    if count <= max {
        return Ok(());
    }
    Err(Error::localized(
        Code::TextTooLong,
        field,
        format!("{count} caracteres; el máximo es {max}"),
        format!("{count} characters; the maximum is {max}"),
    ))
}

/// One JSON object of an input, with the path that leads to it.
pub(crate) struct Obj<'a> {
    map: &'a [(Cow<'a, str>, Json<'a>)],
    path: String,
}

/// Parses the JSON text of an input into a value.
///
/// # Errors
/// `invalid_input` when the text is not JSON.
pub(crate) fn parse_json(text: &str) -> Result<Json<'_>> {
    json::parse(text).ok_or_else(|| Error::new(Code::InvalidInput, "", ""))
}

/// The `lang` of an input, read leniently so that errors about the input
/// itself can already be in the caller's language. Anything unreadable is
/// Spanish, the default; a bad `lang` is reported by the entry point.
pub(crate) fn lang_hint(value: &Json) -> Lang {
    match value.get("lang").and_then(Json::as_str) {
        Some("en") => Lang::En,
        _ => Lang::Es,
    }
}

/// `invalid_amount` about `field`: it must be greater than zero (every
/// tool says it with the same words).
pub(crate) fn not_positive(field: impl Into<String>) -> Error {
    Error::localized(
        Code::InvalidAmount,
        field,
        "debe ser mayor que cero",
        "it must be greater than zero",
    )
}

fn type_error(field: String, es: &str, en: &str) -> Error {
    Error::localized(Code::InvalidType, field, es, en)
}

impl<'a> Obj<'a> {
    /// The top-level object of an input.
    ///
    /// # Errors
    /// `invalid_input` when `value` is not an object.
    pub(crate) fn root(value: &'a Json<'a>) -> Result<Obj<'a>> {
        match value {
            Json::Object(map) => Ok(Obj {
                map,
                path: String::new(),
            }),
            _ => Err(Error::new(Code::InvalidInput, "", "")),
        }
    }

    /// An object found at `path` inside a larger input (an array item).
    ///
    /// # Errors
    /// `invalid_type` about `path` when `value` is not an object.
    pub(crate) fn nested(value: &'a Json<'a>, path: &str) -> Result<Obj<'a>> {
        match value {
            Json::Object(map) => Ok(Obj {
                map,
                path: path.to_string(),
            }),
            _ => Err(type_error(path.to_string(), "un objeto", "an object")),
        }
    }

    /// The path of a field of this object.
    pub(crate) fn path(&self, name: &str) -> String {
        if self.path.is_empty() {
            name.to_string()
        } else {
            format!("{}.{name}", self.path)
        }
    }

    fn get(&self, name: &str) -> Option<&'a Json<'a>> {
        self.map
            .iter()
            .find(|(k, _)| same_name(k, name))
            .map(|(_, v)| v)
            .filter(|v| !v.is_null())
    }

    /// Fails with `unknown_field` on the first key that is in none of the
    /// `known` lists (null or not), naming the closest known field: a typo
    /// is never silently ignored.
    ///
    /// # Errors
    /// `unknown_field` about the key's path.
    pub(crate) fn only(&self, known: &[&[&str]]) -> Result<()> {
        let names = || known.iter().flat_map(|list| list.iter().copied());
        let Some((key, _)) = self
            .map
            .iter()
            .find(|(k, _)| !names().any(|n| same_name(k, n)))
        else {
            return Ok(());
        };
        let (es, en) = match closest(key, names()) {
            Some(name) => (
                format!("¿quisiste decir «{name}»?"),
                format!("did you mean “{name}”?"),
            ),
            None => {
                let all = names().collect::<Vec<_>>().join(", ");
                (
                    format!("los datos posibles son: {all}."),
                    format!("the known fields are: {all}."),
                )
            }
        };
        Err(Error::localized(Code::UnknownField, self.path(key), es, en))
    }

    /// The raw value of a field, if present and not null.
    pub(crate) fn map_value(&self, name: &str) -> Option<&'a Json<'a>> {
        self.get(name)
    }

    /// True when the field is present and not null.
    pub(crate) fn has(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// A required field.
    pub(crate) fn required<T>(&self, name: &str, value: Result<Option<T>>) -> Result<T> {
        value?.ok_or_else(|| Error::new(Code::MissingField, self.path(name), ""))
    }

    /// An optional string.
    pub(crate) fn str(&self, name: &str) -> Result<Option<&'a str>> {
        match self.get(name) {
            None => Ok(None),
            Some(Json::String(s)) => {
                if s.len() > MAX_STRING {
                    check_length(s, MAX_STRING, &self.path(name))?;
                }
                Ok(Some(s.as_ref()))
            }
            Some(_) => Err(type_error(self.path(name), "un texto", "a string")),
        }
    }

    /// An optional string or number, as text.
    pub(crate) fn scalar_text(&self, name: &str) -> Result<Option<String>> {
        match self.get(name) {
            None => Ok(None),
            Some(Json::String(s)) => {
                if s.len() > MAX_STRING {
                    check_length(s, MAX_STRING, &self.path(name))?;
                }
                Ok(Some(s.to_string()))
            }
            Some(Json::Number(n)) => Ok(Some(n.to_string())),
            Some(_) => Err(type_error(self.path(name), "un texto", "a string")),
        }
    }

    /// An optional boolean.
    pub(crate) fn boolean(&self, name: &str) -> Result<Option<bool>> {
        match self.get(name) {
            None => Ok(None),
            Some(Json::Bool(b)) => Ok(Some(*b)),
            Some(_) => Err(type_error(
                self.path(name),
                "verdadero o falso",
                "true or false",
            )),
        }
    }

    /// An optional nested object.
    pub(crate) fn object(&self, name: &str) -> Result<Option<Obj<'a>>> {
        match self.get(name) {
            None => Ok(None),
            Some(Json::Object(map)) => Ok(Some(Obj {
                map,
                path: self.path(name),
            })),
            Some(_) => Err(type_error(self.path(name), "un objeto", "an object")),
        }
    }

    /// An optional array of values, each with its own path `name[i]`.
    pub(crate) fn array(&self, name: &str) -> Result<Option<Vec<(String, &'a Json<'a>)>>> {
        match self.get(name) {
            None => Ok(None),
            Some(Json::Array(items)) if items.len() > MAX_LIST => Err(Error::localized(
                Code::TooManyItems,
                self.path(name),
                format!("{}; el máximo es {MAX_LIST}", items.len()),
                format!("{}; the maximum is {MAX_LIST}", items.len()),
            )),
            Some(Json::Array(items)) => Ok(Some(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, v)| (format!("{}[{i}]", self.path(name)), v))
                    .collect(),
            )),
            Some(_) => Err(type_error(self.path(name), "una lista", "an array")),
        }
    }

    /// An optional exact decimal from a string or a JSON number.
    pub(crate) fn decimal(&self, name: &str) -> Result<Option<Decimal>> {
        decimal_value(self.get(name), "").map_err(|e| e.at(self.path(name)))
    }

    /// An optional amount of `currency`: non-negative, at most 10^12, and
    /// with no more decimals than the currency's minor unit.
    pub(crate) fn amount(&self, name: &str, currency: &Currency) -> Result<Option<Decimal>> {
        let read = || {
            let Some(v) = decimal_value(self.get(name), "").map_err(|e| as_amount_error(e, ""))?
            else {
                return Ok(None);
            };
            check_amount(v, currency, "").map(Some)
        };
        read().map_err(|e| e.at(self.path(name)))
    }

    /// An optional whole number within `min..=max`.
    pub(crate) fn count(&self, name: &str, min: u32, max: u32) -> Result<Option<u32>> {
        self.count_unnamed(name, min, max)
            .map_err(|e| e.at(self.path(name)))
    }

    /// [`Obj::count`] with errors about no field.
    fn count_unnamed(&self, name: &str, min: u32, max: u32) -> Result<Option<u32>> {
        let field = "";
        let Some(v) = decimal_value(self.get(name), "")? else {
            return Ok(None);
        };
        if v.fract() != Decimal::ZERO {
            return Err(Error::localized(
                Code::InvalidNumber,
                field,
                format!("{v} no es un número entero"),
                format!("{v} is not a whole number"),
            ));
        }
        let range = || {
            Error::localized(
                Code::OutOfRange,
                field,
                format!("{v}; debe estar entre {min} y {max}"),
                format!("{v}; it must be between {min} and {max}"),
            )
        };
        let n = v.to_u32().ok_or_else(range)?;
        if n < min || n > max {
            return Err(range());
        }
        Ok(Some(n))
    }

    /// An optional `YYYY-MM-DD` date.
    pub(crate) fn date(&self, name: &str) -> Result<Option<Date>> {
        match self.str(name)? {
            None => Ok(None),
            Some(s) => Date::parse(s, "")
                .map(Some)
                .map_err(|e| e.at(self.path(name))),
        }
    }

    /// An optional choice among `options` (`(text, value)` pairs).
    pub(crate) fn choice<T: Copy>(&self, name: &str, options: &[(&str, T)]) -> Result<Option<T>> {
        let Some(s) = self.str(name)? else {
            return Ok(None);
        };
        options
            .iter()
            .find(|(text, _)| *text == s)
            .map(|(_, v)| Some(*v))
            .ok_or_else(|| {
                let all: Vec<&str> = options.iter().map(|(t, _)| *t).collect();
                Error::new(Code::InvalidOption, self.path(name), all.join(", "))
            })
    }

    /// The `locale` field, or the default locale of `lang`.
    pub(crate) fn locale(&self, lang: Lang) -> Result<Locale> {
        match self.str("locale")? {
            Some(tag) => Locale::find(tag, &self.path("locale")),
            None => Ok(Locale::for_lang(lang)),
        }
    }

    /// The `lang` field (default Spanish).
    pub(crate) fn lang(&self) -> Result<Lang> {
        match self.str("lang")? {
            None => Ok(Lang::Es),
            Some(s) => Lang::parse(s, &self.path("lang")),
        }
    }
}

/// `a == b`, comparing the lengths and first bytes before the rest: field
/// names of one input often share a length ("currency", "payments",
/// "dayCount"), and in wasm each full comparison is a call to a byte loop.
#[inline]
fn same_name(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.as_bytes().first() == b.as_bytes().first() && a == b
}

/// The known name a mistyped `key` most likely meant: the same but for
/// case, one a prefix of the other ("annualRate" → "annualRatePercent"),
/// or at most two edits away (one for short names).
fn closest<'k>(key: &str, known: impl Iterator<Item = &'k str>) -> Option<&'k str> {
    const LONGEST: usize = 64;
    if key.len() > LONGEST || key.len() < 2 {
        return None;
    }
    let key = key.to_ascii_lowercase();
    let limit = if key.len() >= 6 { 2 } else { 1 };
    known
        .map(|name| {
            let lower = name.to_ascii_lowercase();
            let shorter = key.len().min(lower.len());
            let distance = if lower == key {
                0
            } else if shorter >= 4 && (lower.starts_with(&key) || key.starts_with(&lower)) {
                1
            } else {
                edit_distance(&key, &lower)
            };
            (distance, name)
        })
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, name)| name)
}

/// Edit distance between two short lowercased names, a swap of two
/// neighbours counting as one edit ("nmae" → "name"): the optimal string
/// alignment distance, from `strsim`.
fn edit_distance(a: &str, b: &str) -> usize {
    strsim::osa_distance(a, b)
}

/// An exact decimal from a JSON string or number.
pub(crate) fn decimal_value(value: Option<&Json>, field: &str) -> Result<Option<Decimal>> {
    // A JSON number keeps the text it was written with; a string may use an
    // exponent too ("1e3").
    let text: &str = match value {
        None | Some(Json::Null) => return Ok(None),
        // Most texts have no surrounding space: then no trimming by
        // characters (a Unicode whitespace test per end).
        Some(Json::String(s)) => match (s.as_bytes().first(), s.as_bytes().last()) {
            (Some(a), Some(z)) if a.is_ascii_graphic() && z.is_ascii_graphic() => s,
            _ => s.trim(),
        },
        Some(Json::Number(n)) => n,
        Some(_) => return Err(type_error(field.to_string(), "un número", "a number")),
    };
    if let Some(v) = parse_decimal(text, true) {
        return Ok(Some(v));
    }
    // A well-formed number that 28 digits cannot hold (1e30, 1e-40).
    if looks_numeric(text) {
        return Err(Error::localized(
            Code::OutOfRange,
            field,
            format!("«{}»; es demasiado grande o tiene demasiados decimales para calcular con exactitud", quote(text)),
            format!("“{}”; it is too large, or has too many decimals, to compute exactly", quote(text)),
        ));
    }
    Err(Error::localized(
        Code::InvalidNumber,
        field,
        format!(
            "«{}»; escribe un número con punto decimal, p. ej. 1234.56",
            quote(text)
        ),
        format!(
            "“{}”; write a number with a decimal point, e.g. 1234.56",
            quote(text)
        ),
    ))
}

/// `-?digits(.digits)?([eE][+-]?digits)?`
fn looks_numeric(text: &str) -> bool {
    let body = text.strip_prefix('-').unwrap_or(text);
    let (mantissa, exponent) = match body.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e.strip_prefix(['+', '-']).unwrap_or(e))),
        None => (body, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = match mantissa.split_once('.') {
        Some((i, f)) => digits(i) && digits(f),
        None => digits(mantissa),
    };
    mantissa_ok && exponent.is_none_or(digits)
}

fn as_amount_error(e: Error, field: &str) -> Error {
    if e.kind() == Code::InvalidNumber {
        Error::localized(
            Code::InvalidAmount,
            field,
            "escribe un importe con punto decimal, p. ej. 1234.56",
            "write an amount with a decimal point, e.g. 1234.56",
        )
    } else {
        e
    }
}

/// Checks an amount against the currency and the global limit.
pub(crate) fn check_amount(v: Decimal, currency: &Currency, field: &str) -> Result<Decimal> {
    if v.is_sign_negative() && !v.is_zero() {
        return Err(Error::localized(
            Code::InvalidAmount,
            field,
            format!("{v} es negativo"),
            format!("{v} is negative"),
        ));
    }
    if v > MAX_AMOUNT {
        return Err(Error::localized(
            Code::OutOfRange,
            field,
            format!("{v}; el máximo es 1000000000000"),
            format!("{v}; the maximum is 1000000000000"),
        ));
    }
    let v = v.normalize();
    if v.scale() > currency.minor_units {
        return Err(Error::localized(
            Code::InvalidAmount,
            field,
            format!(
                "{v} tiene más de {} decimales, los que admite {}",
                currency.minor_units, currency.code
            ),
            format!(
                "{v} has more than the {} decimals {} allows",
                currency.minor_units, currency.code
            ),
        ));
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obj(text: &str) -> Json<'_> {
        parse_json(text).unwrap()
    }

    #[test]
    fn numbers_keep_their_decimal_text() {
        let v = obj(r#"{"a": 0.1, "b": "0.2", "c": 1e+21}"#);
        let o = Obj::root(&v).unwrap();
        assert_eq!(o.decimal("a").unwrap().unwrap().to_string(), "0.1");
        assert_eq!(o.decimal("b").unwrap().unwrap().to_string(), "0.2");
        assert_eq!(
            o.decimal("c").unwrap().unwrap().to_string(),
            "1000000000000000000000"
        );
    }

    #[test]
    fn field_errors_have_codes_and_paths() {
        let v = obj(r#"{"amount": -5, "n": 2.5, "d": "2025-02-30", "p": {"x": true}, "k": "1,5"}"#);
        let o = Obj::root(&v).unwrap();
        let eur = Currency::find("EUR", "c").unwrap();
        let cases = [
            (
                o.amount("amount", &eur).map(|_| ()),
                "invalid_amount",
                "amount",
            ),
            (o.count("n", 1, 10).map(|_| ()), "invalid_number", "n"),
            (o.date("d").map(|_| ()), "invalid_date", "d"),
            (o.amount("k", &eur).map(|_| ()), "invalid_amount", "k"),
            (
                o.object("p").unwrap().unwrap().str("x").map(|_| ()),
                "invalid_type",
                "p.x",
            ),
            (
                o.required("zz", o.str("zz")).map(|_| ()),
                "missing_field",
                "zz",
            ),
        ];
        for (got, code, field) in cases {
            let e = got.unwrap_err();
            assert_eq!((e.code(), e.field()), (code, field));
        }
    }

    #[test]
    fn unknown_fields_name_the_closest_known_one() {
        const KNOWN: &[&str] = &[
            "annualRatePercent",
            "frequency",
            "payments",
            "policy",
            "currency",
        ];
        let cases = [
            (
                r#"{"annualRate": "8"}"#,
                "annualRate",
                Some("annualRatePercent"),
            ),
            (r#"{"Frequency": "weekly"}"#, "Frequency", Some("frequency")),
            (r#"{"payment": []}"#, "payment", Some("payments")),
            (r#"{"curency": "EUR"}"#, "curency", Some("currency")),
            (r#"{"zzz": null}"#, "zzz", None),
        ];
        for (text, key, suggestion) in cases {
            let v = obj(text);
            let e = Obj::root(&v).unwrap().only(&[KNOWN]).unwrap_err();
            assert_eq!((e.code(), e.field()), ("unknown_field", key), "{text}");
            let expected = suggestion.map_or_else(
                || {
                    format!(
                        "“{key}” is not a field this function knows; the known fields are: {}.",
                        KNOWN.join(", ")
                    )
                },
                |s| format!("“{key}” is not a field this function knows; did you mean “{s}”?"),
            );
            assert_eq!(e.message(Lang::En), expected, "{text}");
        }
        let v = obj(r#"{"policy": {"maxInstalments": 6}}"#);
        let policy = Obj::root(&v).unwrap().object("policy").unwrap().unwrap();
        let e = policy.only(&[&["maxInstallments"]]).unwrap_err();
        assert_eq!(e.field(), "policy.maxInstalments");
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("nmae", "name"), 1);
    }

    #[test]
    fn amounts_respect_minor_units_and_limit() {
        let v = obj(r#"{"a": "10.005", "b": "1000000000000.01", "c": "12.50"}"#);
        let o = Obj::root(&v).unwrap();
        let eur = Currency::find("EUR", "c").unwrap();
        assert_eq!(o.amount("a", &eur).unwrap_err().code(), "invalid_amount");
        assert_eq!(o.amount("b", &eur).unwrap_err().code(), "out_of_range");
        assert_eq!(o.amount("c", &eur).unwrap().unwrap().to_string(), "12.5");
    }
}
