//! The text form of offer links and proposal codes: a version tag, then
//! `key=value` pairs in `application/x-www-form-urlencoded` form, then a
//! checksum.
//!
//! ```text
//! o1&n=Estudio+Norte&a=1350.50&c=EUR&…&k=1c291ca3
//! ```
//!
//! Every character is one a URL fragment and a chat message carry as is.
//! The checksum (CRC-32/ISO-HDLC, 8 hex digits) covers the *decoded*
//! pairs, so an app that re-escapes `@` as `%40` does not break a link, while
//! a truncated, mistyped or hand-edited one is caught. It is not a
//! signature: anyone can build a valid link with `encodeOffer`; the
//! creditor's own check of a proposal is what enforces the policy.

use crate::error::{Code, Error, Result};
use crc::{Crc, NoTable, CRC_32_ISO_HDLC};

/// Longest fragment or code accepted, in bytes.
pub const MAX_TEXT: usize = 4096;

/// CRC-32 without a lookup table: a few hundred bytes checked once per
/// call do not need the 1 KB table.
const CRC32: Crc<u32, NoTable> = Crc::<u32, NoTable>::new(&CRC_32_ISO_HDLC);

/// The key of the checksum pair, always last.
const CHECK_KEY: &str = "k";

/// Writes `pairs` after `tag` (e.g. `"o1"`), with the checksum last.
pub(crate) fn encode(tag: &str, pairs: &[(&str, String)]) -> String {
    let mut out = form_urlencoded::Serializer::new(String::from(tag));
    for (key, value) in pairs {
        out.append_pair(key, value);
    }
    out.append_pair(
        CHECK_KEY,
        &checksum(pairs.iter().map(|(k, v)| (*k, v.as_str()))),
    );
    // A non-empty target gets `&` before its first pair: "o1&n=…".
    out.finish()
}

/// What a text holds: its pairs, checksum verified.
pub(crate) struct Decoded {
    /// Decoded `(key, value)` pairs, checksum removed.
    pub pairs: Vec<(String, String)>,
}

impl Decoded {
    /// The value of `key`, if present.
    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// Reads a text written by [`encode`] with tag letter `letter`.
///
/// # Errors
/// With `field` as the path: `out_of_range` (longer than [`MAX_TEXT`]),
/// `invalid_link` (not this kind of text, a truncated one, or a checksum
/// that does not match the pairs, i.e. altered), `unsupported_version`.
pub(crate) fn decode(text: &str, letter: char, version: u32, field: &str) -> Result<Decoded> {
    if text.len() > MAX_TEXT {
        return Err(Error::localized(
            Code::OutOfRange,
            field,
            format!("{} caracteres; el máximo es {MAX_TEXT}", text.len()),
            format!("{} characters; the maximum is {MAX_TEXT}", text.len()),
        ));
    }
    let head = text.split('&').next().unwrap_or_default();
    // The number as written: "o01" is not "o1".
    let found = head
        .strip_prefix(letter)
        .filter(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
        .ok_or_else(|| broken(field, Damage::NotOurs))?;
    if found != version.to_string() {
        return Err(Error::new(
            Code::UnsupportedVersion,
            field,
            format!("{letter}{found}"),
        ));
    }
    let body = text.get(head.len()..).unwrap_or_default();
    let mut pairs: Vec<(String, String)> =
        form_urlencoded::parse(body.trim_start_matches('&').as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
    let Some((key, check)) = pairs.pop() else {
        return Err(broken(field, Damage::Truncated));
    };
    if key != CHECK_KEY {
        return Err(broken(field, Damage::Truncated));
    }
    if checksum(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))) != check {
        return Err(broken(field, Damage::Altered));
    }
    Ok(Decoded { pairs })
}

/// The pairs a damaged text still holds, read without trusting it: used
/// only to tell the reader whom to ask for a new link.
pub(crate) fn salvage(text: &str) -> Vec<(String, String)> {
    let text = text.get(..text.len().min(MAX_TEXT)).unwrap_or_default();
    let body = text.split_once('&').map_or("", |(_, rest)| rest);
    // The last pair of a truncated text may be cut in the middle: drop it.
    let complete = body.rsplit_once('&').map_or("", |(done, _)| done);
    form_urlencoded::parse(complete.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

enum Damage {
    NotOurs,
    Truncated,
    Altered,
}

/// `invalid_link`: what is wrong, in words a debtor understands.
fn broken(field: &str, damage: Damage) -> Error {
    let (es, en) = match damage {
        Damage::NotOurs => (
            "no es un enlace ni un código de Cobro",
            "this is not a Cobro link or code",
        ),
        Damage::Truncated => (
            "está incompleto; puede que se cortara al copiarlo",
            "it is incomplete; it may have been cut when it was copied",
        ),
        Damage::Altered => (
            "su contenido no coincide con su código de control: se copió mal o se modificó",
            "its content does not match its check code: it was miscopied or altered",
        ),
    };
    let (lead_es, lead_en) = if field == "fragment" {
        ("Este enlace no es válido: ", "This link is not valid: ")
    } else {
        ("Este código no es válido: ", "This code is not valid: ")
    };
    Error::localized(
        Code::InvalidLink,
        field,
        format!("{lead_es}{es}"),
        format!("{lead_en}{en}"),
    )
}

/// CRC-32 of `key=value\n` for each pair, as 8 lowercase hex digits.
fn checksum<'a>(pairs: impl Iterator<Item = (&'a str, &'a str)>) -> String {
    let mut digest = CRC32.digest();
    for (key, value) in pairs {
        digest.update(key.as_bytes());
        digest.update(b"=");
        digest.update(value.as_bytes());
        digest.update(b"\n");
    }
    format!("{:08x}", digest.finalize())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_escaping() {
        let pairs = [
            ("n", "Núñez & Hijos; <b>\"S.L.\"</b>, 50% #1".to_string()),
            ("e", "pagos@example.com".to_string()),
        ];
        let text = encode("o1", &pairs);
        assert!(
            text.starts_with("o1&n=N%C3%BA%C3%B1ez+%26+Hijos%3B"),
            "{text}"
        );
        // Only characters a fragment carries as is.
        assert!(text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"&=%+-._*".contains(&b)));
        let back = decode(&text, 'o', 1, "fragment").unwrap();
        assert_eq!(back.get("n"), Some(pairs[0].1.as_str()));
        assert_eq!(back.get("e"), Some("pagos@example.com"));
        // CRC-32/ISO-HDLC of "123456789" is cbf43926 (the catalogue's check value).
        assert_eq!(format!("{:08x}", CRC32.checksum(b"123456789")), "cbf43926");
    }

    #[test]
    fn damage_is_caught() {
        let text = encode("o1", &[("a", "1200".to_string()), ("c", "EUR".to_string())]);
        let cases = [
            (text.replace("1200", "1300"), "invalid_link"),
            (text[..text.len() - 12].to_string(), "invalid_link"),
            (text.replace("o1&", "o2&"), "unsupported_version"),
            (text.replace("o1&", "x1&"), "invalid_link"),
            (String::new(), "invalid_link"),
            ("o1".to_string(), "invalid_link"),
            ("o1&".repeat(2000), "out_of_range"),
        ];
        for (bad, code) in cases {
            let e = decode(&bad, 'o', 1, "fragment").err().unwrap();
            assert_eq!((e.code(), e.field()), (code, "fragment"), "{bad}");
        }
        // Re-escaping by a messaging app does not matter.
        let text = encode("o1", &[("e", "a@b.es".to_string())]);
        assert!(decode(&text.replace('@', "%40"), 'o', 1, "f").is_ok());
    }

    #[test]
    fn salvage_keeps_only_complete_pairs() {
        let text = encode(
            "o1",
            &[("n", "Ana".to_string()), ("e", "ana@x.es".to_string())],
        );
        let cut = &text[..text.find("x.es").unwrap()];
        assert_eq!(salvage(cut), vec![("n".to_string(), "Ana".to_string())]);
    }
}
