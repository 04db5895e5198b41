//! Message templates with `{{placeholder}}` slots: the built-in ones and a
//! caller's own. A placeholder that does not exist is an error
//! (`unknown_placeholder`), never left in the text or silently dropped.

use crate::error::{Code, Error, Result};
use crate::input::Obj;
use crate::json::Json;
use crate::locale::Lang;
use serde::Serialize;

/// Every placeholder a template may use, with what it holds.
pub const PLACEHOLDERS: &[(&str, &str)] = &[
    ("customerName", "the customer's name"),
    ("invoiceNumbers", "the invoice numbers, listed in words"),
    ("invoiceRef", "\"la factura F-1\" / \"las facturas F-1 y F-2\" (\"invoice F-1\" / \"invoices F-1 and F-2\")"),
    (
        "invoiceList",
        "one line per invoice: number, due date, amount",
    ),
    ("amountDue", "principal still owed, formatted"),
    ("daysLate", "days since the oldest due date"),
    ("dueDate", "the oldest due date, formatted"),
    ("interest", "late interest to date, formatted"),
    ("compensation", "compensation for recovery costs, formatted"),
    ("totalDue", "everything owed today, formatted"),
    ("figures", "the amounts, one per line: outstanding, interest, compensation (when owed), total"),
    ("newDeadline", "the new deadline, formatted"),
    ("paymentLink", "the creditor's payment link"),
    ("paymentMethods", "the creditor's payment methods, in words"),
    ("creditorName", "the creditor's name"),
    ("creditorContact", "the creditor's contact (its name when none is given)"),
    ("signature", "the creditor's name, and its contact when given"),
    ("promiseDate", "the promised payment date, formatted"),
    ("promiseAmount", "the promised amount, formatted"),
    ("today", "the calculation date, formatted"),
    (
        "previousContacts",
        "\"Le escribimos sobre esta deuda el 2 de octubre de 2026. \" (\"We wrote to you about this debt on …\"), from `contacts`; empty when none is on record",
    ),
];

/// One piece of a parsed template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Piece<'a> {
    Text(&'a str),
    Slot(&'a str),
}

/// Splits a template into text and slots.
///
/// # Errors
/// `invalid_template` about `field` for an unclosed `{{` or a stray `}}`;
/// `unknown_placeholder` for a slot not in [`PLACEHOLDERS`].
fn parse<'a>(template: &'a str, field: &str) -> Result<Vec<Piece<'a>>> {
    let mut pieces = Vec::new();
    let mut rest = template;
    let offset = |rest: &str| template.len() - rest.len();
    while !rest.is_empty() {
        let open = rest.find("{{");
        let close = rest.find("}}");
        match (open, close) {
            (Some(o), _) => {
                if close.is_some_and(|c| c < o) {
                    return Err(Error::new(
                        Code::InvalidTemplate,
                        field,
                        format!("@{}", offset(rest) + close.unwrap_or(0)),
                    ));
                }
                pieces.push(Piece::Text(rest.get(..o).unwrap_or_default()));
                let after = rest.get(o + 2..).unwrap_or_default();
                let end = after.find("}}").ok_or_else(|| {
                    Error::new(
                        Code::InvalidTemplate,
                        field,
                        format!("@{}", offset(rest) + o),
                    )
                })?;
                let name = after.get(..end).unwrap_or_default().trim();
                if name.contains("{{") || !PLACEHOLDERS.iter().any(|(p, _)| *p == name) {
                    return Err(Error::new(
                        Code::UnknownPlaceholder,
                        field,
                        crate::error::quote(name),
                    ));
                }
                pieces.push(Piece::Slot(name));
                rest = after.get(end + 2..).unwrap_or_default();
            }
            (None, Some(c)) => {
                return Err(Error::new(
                    Code::InvalidTemplate,
                    field,
                    format!("@{}", offset(rest) + c),
                ));
            }
            (None, None) => {
                pieces.push(Piece::Text(rest));
                rest = "";
            }
        }
    }
    Ok(pieces)
}

/// Renders `template` with `values` (`(placeholder, text)` pairs).
///
/// # Errors
/// `invalid_template`, `unknown_placeholder` about `field`;
/// `missing_field` about `values.<name>` when a used placeholder has no
/// value.
///
/// # Example
/// ```
/// use cobro::collection::render;
/// let text = render("Hola, {{customerName}}.", &[("customerName", "Ana")], "template")?;
/// assert_eq!(text, "Hola, Ana.");
/// assert_eq!(render("{{nope}}", &[], "template").unwrap_err().code(), "unknown_placeholder");
/// assert_eq!(render("{{customerName", &[], "template").unwrap_err().code(), "invalid_template");
/// # Ok::<(), cobro::Error>(())
/// ```
pub fn render(template: &str, values: &[(&str, &str)], field: &str) -> Result<String> {
    let pieces = parse(template, field)?;
    // The length is known before anything is built: a template that
    // repeats a long value thousands of times is refused, not rendered.
    let value_of = |name: &str| values.iter().find(|(k, _)| *k == name).map(|(_, v)| *v);
    let length: usize = pieces
        .iter()
        .map(|p| match p {
            Piece::Text(t) => t.len(),
            Piece::Slot(name) => value_of(name).map_or(0, str::len),
        })
        .fold(0, usize::saturating_add);
    if length > MAX_RENDERED {
        return Err(Error::localized(
            Code::TextTooLong,
            field,
            format!("el texto resultante tendría {length} bytes; el máximo es {MAX_RENDERED}"),
            format!("the resulting text would be {length} bytes; the maximum is {MAX_RENDERED}"),
        ));
    }
    let mut out = String::with_capacity(length);
    for piece in pieces {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Slot(name) => {
                let value = values
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| *v)
                    .ok_or_else(|| Error::new(Code::MissingField, format!("values.{name}"), ""))?;
                out.push_str(value);
            }
        }
    }
    Ok(out)
}

/// Longest rendered message, in bytes (64 KiB).
pub const MAX_RENDERED: usize = 65_536;

/// The result of `renderTemplate`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Rendered {
    /// The text with every placeholder filled.
    pub text: String,
    /// The placeholders it used, in order of first use.
    pub placeholders: Vec<&'static str>,
    /// SMS length: characters (GSM-7 septets, or UTF-16 units when the text
    /// needs UCS-2) and the number of SMS segments it takes.
    pub sms: SmsLength,
}

/// The length of a text sent as SMS.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
pub struct SmsLength {
    /// `gsm7` or `ucs2`.
    pub encoding: &'static str,
    /// Septets (GSM-7, extension characters count twice) or UTF-16 units.
    pub units: usize,
    /// Segments: 1 up to 160 / 70 units, then 153 / 67 per segment.
    pub segments: usize,
}

/// `renderTemplate({template, values, lang})`.
///
/// # Errors
/// See [`render`]; `missing_field` for `template`; `invalid_type` for a
/// value that is not a string or number.
pub fn render_template(value: &Json) -> Result<Rendered> {
    let o = Obj::root(value)?;
    o.only(&[&["template", "values", "lang", "locale"]])?;
    let _lang: Lang = o.lang()?;
    let template = o.required("template", o.str("template"))?;
    let mut values: Vec<(String, String)> = Vec::new();
    if let Some(v) = o.object("values")? {
        let names: Vec<&str> = PLACEHOLDERS.iter().map(|(name, _)| *name).collect();
        v.only(&[&names])?;
        for (name, _) in PLACEHOLDERS {
            if let Some(text) = v.scalar_text(name)? {
                values.push(((*name).to_string(), text));
            }
        }
    }
    let pairs: Vec<(&str, &str)> = values
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let text = render(template, &pairs, "template")?;
    let mut placeholders = Vec::new();
    for piece in parse(template, "template")? {
        if let Piece::Slot(name) = piece {
            if let Some((p, _)) = PLACEHOLDERS.iter().find(|(p, _)| *p == name) {
                if !placeholders.contains(p) {
                    placeholders.push(*p);
                }
            }
        }
    }
    let sms = sms_length(&text);
    Ok(Rendered {
        text,
        placeholders,
        sms,
    })
}

/// GSM 03.38 basic character set (one septet each).
const GSM7_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
/// GSM 03.38 extension table (escape + character: two septets each).
const GSM7_EXTENDED: &str = "^{}\\[~]|€\u{c}";

/// `text` in the GSM-7 alphabet where it can be: the accented letters
/// GSM-7 lacks lose their accent (á → a, í → i, ó → o, ú → u, Á → A …),
/// and typographic quotes, dashes and dots become their plain forms, so a
/// Spanish SMS fits 160 characters instead of 70. Letters GSM-7 has
/// (é, ñ, ü, Ñ, Ü, ¿, ¡) stay.
pub fn fold_to_gsm7(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'á' => 'a',
            'í' => 'i',
            'ó' => 'o',
            'ú' => 'u',
            'Á' => 'A',
            'É' => 'E',
            'Í' => 'I',
            'Ó' => 'O',
            'Ú' => 'U',
            'ç' => 'Ç',
            '«' | '»' | '“' | '”' => '"',
            '‘' | '’' => '\'',
            '–' | '—' => '-',
            '·' => '-',
            '\u{a0}' | '\u{202f}' => ' ',
            other => other,
        })
        .collect()
}

/// How long `text` is as an SMS.
///
/// # Example
/// ```
/// use cobro::collection::sms_length;
/// assert_eq!(sms_length("Hola").segments, 1);
/// assert_eq!(sms_length(&"a".repeat(161)).segments, 2); // 153 per segment
/// assert_eq!(sms_length("Pago: 20 €").units, 11);       // € takes two septets
/// assert_eq!(sms_length("¿Cuándo?").encoding, "ucs2"); // á is not GSM-7
/// ```
pub fn sms_length(text: &str) -> SmsLength {
    let mut septets = 0;
    let mut gsm = true;
    for c in text.chars() {
        if GSM7_BASIC.contains(c) {
            septets += 1;
        } else if GSM7_EXTENDED.contains(c) {
            septets += 2;
        } else {
            gsm = false;
            break;
        }
    }
    let (encoding, units, single, multi) = if gsm {
        ("gsm7", septets, 160, 153)
    } else {
        ("ucs2", text.encode_utf16().count(), 70, 67)
    };
    let segments = if units <= single {
        1
    } else {
        units.div_ceil(multi)
    };
    SmsLength {
        encoding,
        units,
        segments,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_render_and_refuse() {
        let values = [("customerName", "Ana"), ("amountDue", "120,00 €")];
        assert_eq!(
            render("{{ customerName }} debe {{amountDue}}.", &values, "t").unwrap(),
            "Ana debe 120,00 €."
        );
        let cases = [
            ("Hola {{nombre}}", "unknown_placeholder", "t"),
            ("Hola {{customerName", "invalid_template", "t"),
            ("Hola }} x", "invalid_template", "t"),
            ("Hola {{daysLate}}", "missing_field", "values.daysLate"),
            ("{{{{customerName}}}}", "unknown_placeholder", "t"),
        ];
        for (template, code, field) in cases {
            let e = render(template, &values, "t").unwrap_err();
            assert_eq!((e.code(), e.field()), (code, field), "{template}");
        }
        assert_eq!(render("", &values, "t").unwrap(), "");
    }

    #[test]
    fn folding_keeps_spanish_readable_in_gsm7() {
        let folded =
            fold_to_gsm7("Último aviso: «pague» el 5 de diciembre · 120,00\u{a0}€ ¿sí? Ñandú");
        assert_eq!(
            folded,
            "Ultimo aviso: \"pague\" el 5 de diciembre - 120,00 € ¿si? Ñandu"
        );
        assert_eq!(sms_length(&folded).encoding, "gsm7");
    }

    #[test]
    fn sms_lengths() {
        // (text, encoding, units, segments): 160 GSM-7 septets fit one SMS,
        // 161 need two (153 each); UCS-2 fits 70, then 67 per segment.
        let cases = [
            ("a".repeat(160), "gsm7", 160, 1),
            ("a".repeat(161), "gsm7", 161, 2),
            ("a".repeat(306), "gsm7", 306, 2),
            ("a".repeat(307), "gsm7", 307, 3),
            ("€".repeat(80), "gsm7", 160, 1),
            ("ó".repeat(70), "ucs2", 70, 1),
            ("ó".repeat(71), "ucs2", 71, 2),
            ("ñ Ñ ü é".to_string(), "gsm7", 7, 1),
        ];
        for (text, encoding, units, segments) in cases {
            let got = sms_length(&text);
            assert_eq!(
                (got.encoding, got.units, got.segments),
                (encoding, units, segments),
                "{text}"
            );
        }
    }
}
