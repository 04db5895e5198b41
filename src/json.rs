//! A small, strict JSON reader (RFC 8259) for the API's inputs.
//!
//! Numbers keep their text, so `0.1` reaches the decimal parser as "0.1"
//! and no binary floating point is ever involved. Objects keep their keys
//! in order; the first of duplicated keys wins. Nesting is limited to
//! [`MAX_DEPTH`] levels and never recurses past it.

/// Deepest nesting accepted.
pub const MAX_DEPTH: usize = 64;

/// A parsed JSON value. Its texts borrow from the input where they can
/// (no escapes): reading 10,000 invoices allocates no string for their
/// keys, dates and codes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Json<'a> {
    /// `null`
    Null,
    /// `true` / `false`
    Bool(bool),
    /// A number, as written.
    Number(Cow<'a, str>),
    /// A string, unescaped.
    String(Cow<'a, str>),
    /// An array.
    Array(Vec<Json<'a>>),
    /// An object: `(key, value)` pairs in input order.
    Object(Vec<(Cow<'a, str>, Json<'a>)>),
}

use std::borrow::Cow;

impl<'a> Json<'a> {
    /// The value of `key` when this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        match self {
            Json::Object(pairs) => pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The text of a string value.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// True for `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }

    /// The same value owning all its texts (to outlive the input text).
    pub fn into_owned(self) -> Json<'static> {
        let own = |text: Cow<'_, str>| Cow::Owned(text.into_owned());
        match self {
            Json::Null => Json::Null,
            Json::Bool(b) => Json::Bool(b),
            Json::Number(text) => Json::Number(own(text)),
            Json::String(text) => Json::String(own(text)),
            Json::Array(items) => Json::Array(items.into_iter().map(Json::into_owned).collect()),
            Json::Object(pairs) => Json::Object(
                pairs
                    .into_iter()
                    .map(|(k, v)| (own(k), v.into_owned()))
                    .collect(),
            ),
        }
    }
}

/// Written back as JSON; a number keeps the text it was read with, as a
/// string (the API's outputs never carry binary floats).
impl serde::Serialize for Json<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        match self {
            Json::Null => s.serialize_unit(),
            Json::Bool(b) => s.serialize_bool(*b),
            // A whole number that fits a JS number exactly stays a number
            // (a count); any other is written as its exact decimal text.
            Json::Number(text) => match text.parse::<u32>() {
                Ok(n) if n.to_string() == *text => s.serialize_u32(n),
                _ => s.serialize_str(text),
            },
            Json::String(text) => s.serialize_str(text),
            Json::Array(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Json::Object(pairs) => {
                let mut map = s.serialize_map(Some(pairs.len()))?;
                for (key, value) in pairs {
                    map.serialize_entry(key, value)?;
                }
                map.end()
            }
        }
    }
}

/// Parses JSON text; `None` when it is not exactly one valid JSON value.
///
/// # Example
/// ```
/// use cobro::json::{parse, Json};
/// let v = parse(r#"{"amount": 0.1, "lang": "es"}"#).ok_or("invalid JSON")?;
/// assert_eq!(v.get("amount"), Some(&Json::Number("0.1".into())));
/// assert!(parse("{").is_none());
/// # Ok::<(), &str>(())
/// ```
pub fn parse(text: &str) -> Option<Json<'_>> {
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        at: 0,
        items: Vec::new(),
        pairs: Vec::new(),
    };
    let value = p.value(0)?;
    p.space();
    (p.at == p.bytes.len()).then_some(value)
}

struct Parser<'a> {
    // The input, and its bytes: the parser cuts the text only next to
    // ASCII bytes (quotes, escapes, digits), always at a character
    // boundary, so its pieces need no second UTF-8 check.
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    // The items and pairs of the arrays and objects being read, nested ones
    // above their parents': each list is copied out at its end into one
    // allocation of its exact size, and the stacks keep their room for the
    // next (a growing `Vec` per object cost a 10,000-invoice batch two
    // allocations and a copy per invoice). Not `split_off`: at 0 it hands
    // over the stack itself and allocates a new one as large.
    items: Vec<Json<'a>>,
    pairs: Vec<(Cow<'a, str>, Json<'a>)>,
}

impl<'a> Parser<'a> {
    // Called for every byte: inlined even at `opt-level = "z"`.
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    #[inline(always)]
    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    #[inline(always)]
    fn eat(&mut self, b: u8) -> Option<()> {
        (self.peek() == Some(b)).then(|| self.at += 1)
    }

    fn literal(&mut self, word: &str, value: Json<'a>) -> Option<Json<'a>> {
        let end = self.at.checked_add(word.len())?;
        (self.bytes.get(self.at..end)? == word.as_bytes()).then(|| {
            self.at = end;
            value
        })
    }

    fn value(&mut self, depth: usize) -> Option<Json<'a>> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.space();
        match self.peek()? {
            b'n' => self.literal("null", Json::Null),
            b't' => self.literal("true", Json::Bool(true)),
            b'f' => self.literal("false", Json::Bool(false)),
            b'"' => self.string().map(Json::String),
            b'[' => self.array(depth),
            b'{' => self.object(depth),
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    fn array(&mut self, depth: usize) -> Option<Json<'a>> {
        self.eat(b'[')?;
        self.space();
        if self.eat(b']').is_some() {
            return Some(Json::Array(Vec::new()));
        }
        let start = self.items.len();
        loop {
            let item = self.value(depth + 1)?;
            self.items.push(item);
            self.space();
            if self.eat(b',').is_none() {
                self.eat(b']')?;
                return Some(Json::Array(self.items.drain(start..).collect()));
            }
        }
    }

    fn object(&mut self, depth: usize) -> Option<Json<'a>> {
        self.eat(b'{')?;
        self.space();
        if self.eat(b'}').is_some() {
            return Some(Json::Object(Vec::new()));
        }
        let start = self.pairs.len();
        loop {
            self.space();
            let key = self.string()?;
            self.space();
            self.eat(b':')?;
            let value = self.value(depth + 1)?;
            self.pairs.push((key, value));
            self.space();
            if self.eat(b',').is_none() {
                self.eat(b'}')?;
                return Some(Json::Object(self.pairs.drain(start..).collect()));
            }
        }
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    fn number(&mut self) -> Option<Json<'a>> {
        let start = self.at;
        let _ = self.eat(b'-');
        match self.peek()? {
            b'0' => self.at += 1,
            b'1'..=b'9' => self.digits(),
            _ => return None,
        }
        if self.eat(b'.').is_some() {
            self.peek().filter(u8::is_ascii_digit)?;
            self.digits();
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.peek().filter(u8::is_ascii_digit)?;
            self.digits();
        }
        Some(Json::Number(Cow::Borrowed(self.text.get(start..self.at)?)))
    }

    fn digits(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
    }

    /// A string: borrowed from the input when it has no escape.
    fn string(&mut self) -> Option<Cow<'a, str>> {
        self.eat(b'"')?;
        let mut out: Option<String> = None;
        loop {
            // The run of plain characters up to a quote, an escape or a
            // control character.
            let run_start = self.at;
            let rest = self.bytes.get(run_start..)?;
            let len = rest
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                .unwrap_or(rest.len());
            self.at += len;
            let run = self.text.get(run_start..self.at)?;
            match self.peek()? {
                b'"' => {
                    self.at += 1;
                    return Some(match out {
                        None => Cow::Borrowed(run),
                        Some(mut text) => {
                            text.push_str(run);
                            Cow::Owned(text)
                        }
                    });
                }
                b'\\' => {
                    let text = out.get_or_insert_with(String::new);
                    text.push_str(run);
                    self.at += 1;
                    let escaped = self.peek()?;
                    self.at += 1;
                    let c = match escaped {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode()?,
                        _ => return None,
                    };
                    // `unicode` borrowed self; `out` is still ours.
                    out.get_or_insert_with(String::new).push(c);
                }
                _ => return None, // a control character
            }
        }
    }

    /// The code point of `\uXXXX`, joining a surrogate pair. A lone
    /// surrogate (a JS string may hold one) becomes U+FFFD, so the rest of
    /// the input, its `lang` included, is still read and the field holding
    /// it gets its own error.
    fn unicode(&mut self) -> Option<char> {
        let high = self.hex4()?;
        if !(0xD800..0xDC00).contains(&high) {
            return Some(char::from_u32(high).unwrap_or(char::REPLACEMENT_CHARACTER));
        }
        let rest = self.bytes.get(self.at..self.at.checked_add(6)?);
        let low = rest
            .filter(|r| r.starts_with(b"\\u"))
            .and_then(|r| std::str::from_utf8(r.get(2..)?).ok())
            .and_then(|hex| u32::from_str_radix(hex, 16).ok())
            .filter(|low| (0xDC00..0xE000).contains(low));
        match low {
            Some(low) => {
                self.at += 6;
                char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            }
            None => Some(char::REPLACEMENT_CHARACTER),
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let end = self.at.checked_add(4)?;
        let text = std::str::from_utf8(self.bytes.get(self.at..end)?).ok()?;
        let value = u32::from_str_radix(text, 16).ok()?;
        self.at = end;
        Some(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_documents() {
        let v = parse(r#" {"a": [1, -2.5e+3, 0, true, false, null], "b": "x\"\\\/\n\u00e9\ud83d\ude00", "c": {}} "#).unwrap();
        assert_eq!(
            v.get("a"),
            Some(&Json::Array(vec![
                Json::Number("1".into()),
                Json::Number("-2.5e+3".into()),
                Json::Number("0".into()),
                Json::Bool(true),
                Json::Bool(false),
                Json::Null,
            ]))
        );
        assert_eq!(v.get("b").and_then(Json::as_str), Some("x\"\\/\né😀"));
        assert_eq!(v.get("c"), Some(&Json::Object(vec![])));
        assert_eq!(parse("[]"), Some(Json::Array(vec![])));
    }

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        for (text, expected) in [
            (r#""\ud83d""#, "\u{fffd}"),
            (r#""\udc00x""#, "\u{fffd}x"),
            (r#""\ud83d\u0041""#, "\u{fffd}A"),
            (r#""\ud83d\ude00""#, "😀"),
        ] {
            assert_eq!(parse(text), Some(Json::String(expected.into())), "{text}");
        }
    }

    #[test]
    fn invalid_documents() {
        for bad in [
            "",
            "{",
            "}",
            "[1,]",
            "{\"a\":}",
            "{\"a\" 1}",
            "01",
            "1.",
            ".5",
            "-",
            "1e",
            "+1",
            "tru",
            "nul",
            "\"\\x\"",
            "\"\\u12\"",
            "\"a\nb\"",
            "{} {}",
            "[1] x",
            "{'a': 1}",
            "NaN",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
        let deep = "[".repeat(MAX_DEPTH + 2) + &"]".repeat(MAX_DEPTH + 2);
        assert_eq!(parse(&deep), None);
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&ok).is_some());
    }
}
