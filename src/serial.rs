//! How values cross the JSON boundary: amounts and rates as decimal
//! strings, dates as `YYYY-MM-DD`.

use crate::date::Date;
use crate::money::Currency;
use rust_decimal::Decimal;
use serde::{Serialize, Serializer};
use std::fmt;

/// An output amount: rounded half-up to its currency's minor unit and
/// written with exactly that many decimals (`"1234.50"`, JPY `"1235"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Amount(Decimal);

impl Amount {
    /// The exact value.
    pub fn value(&self) -> Decimal {
        self.0
    }
}

/// Makes an output amount of `currency`.
pub fn amount(value: Decimal, currency: &Currency) -> Amount {
    // Schedule figures are already at the minor unit: skip the rounding.
    let mut v = if value.scale() <= currency.minor_units {
        value
    } else {
        currency.round(value)
    };
    if v.scale() != currency.minor_units {
        v.rescale(currency.minor_units);
    }
    Amount(v)
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl Serialize for Amount {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut buf = [0u8; 48];
        match decimal_text(self.0, &mut buf) {
            Some(text) => s.serialize_str(text),
            None => s.collect_str(&self.0),
        }
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut buf = [0u8; 10];
        match date_text(*self, &mut buf) {
            Some(text) => s.serialize_str(text),
            None => s.collect_str(self),
        }
    }
}

/// Writes `value` as `Display` would, without `core::fmt` (a 360-row plan
/// serializes ~2,000 amounts; this is several times faster). `None` when
/// the mantissa does not fit in a `u64`: the caller falls back to `Display`.
fn decimal_text(value: Decimal, buf: &mut [u8; 48]) -> Option<&str> {
    std::str::from_utf8(decimal_bytes(value, buf)?).ok()
}

/// [`decimal_text`]'s ASCII bytes, at the end of `buf`.
fn decimal_bytes(value: Decimal, buf: &mut [u8; 48]) -> Option<&[u8]> {
    let mut m = u64::try_from(value.mantissa().unsigned_abs()).ok()?;
    let scale = usize::try_from(value.scale()).ok()?;
    let mut i = buf.len();
    // The decimals (exactly `scale` digits), the point, then the whole
    // part (at least one digit).
    if scale > 0 {
        for _ in 0..scale {
            i = i.checked_sub(1)?;
            *buf.get_mut(i)? = b'0' + u8::try_from(m % 10).ok()?;
            m /= 10;
        }
        i = i.checked_sub(1)?;
        *buf.get_mut(i)? = b'.';
    }
    loop {
        i = i.checked_sub(1)?;
        *buf.get_mut(i)? = b'0' + u8::try_from(m % 10).ok()?;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    if value.is_sign_negative() && !value.is_zero() {
        i = i.checked_sub(1)?;
        *buf.get_mut(i)? = b'-';
    }
    buf.get(i..)
}

/// One line of ASCII text built on the stack and appended at once: a
/// plan's row (six fields, at most ~150 bytes) costs one `Vec` append
/// instead of eleven. Text that would not fit marks the line `overflowed`
/// (the caller fails; it never writes a cut line).
pub(crate) struct Line {
    buf: [u8; 256],
    len: usize,
    /// Something did not fit.
    pub overflowed: bool,
}

impl Line {
    /// An empty line.
    pub(crate) fn new() -> Line {
        Line {
            buf: [0; 256],
            len: 0,
            overflowed: false,
        }
    }

    /// Appends `bytes`.
    pub(crate) fn put(&mut self, bytes: &[u8]) {
        let end = self.len + bytes.len();
        match self.buf.get_mut(self.len..end) {
            Some(to) => {
                to.copy_from_slice(bytes);
                self.len = end;
            }
            None => self.overflowed = true,
        }
    }

    /// Appends `amount` as its JSON string reads, without quotes.
    pub(crate) fn amount(&mut self, amount: Amount) {
        let mut buf = [0u8; 48];
        match decimal_bytes(amount.0, &mut buf) {
            Some(text) => self.put(text),
            None => self.put(amount.0.to_string().as_bytes()),
        }
    }

    /// Appends `date` as `YYYY-MM-DD`.
    pub(crate) fn date(&mut self, date: Date) {
        let mut buf = [0u8; 10];
        match date_bytes(date, &mut buf) {
            Some(text) => self.put(text),
            None => self.put(date.to_string().as_bytes()),
        }
    }

    /// The text so far.
    pub(crate) fn bytes(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or_default()
    }
}

fn date_text(d: Date, buf: &mut [u8; 10]) -> Option<&str> {
    std::str::from_utf8(date_bytes(d, buf)?).ok()
}

/// [`date_text`]'s ASCII bytes.
fn date_bytes(d: Date, buf: &mut [u8; 10]) -> Option<&[u8]> {
    let mut put = |from: usize, width: usize, mut v: u32| {
        for k in (from..from + width).rev() {
            if let Some(b) = buf.get_mut(k) {
                *b = b'0' + u8::try_from(v % 10).unwrap_or(0);
            }
            v /= 10;
        }
    };
    put(0, 4, u32::try_from(d.year()).ok()?);
    put(5, 2, d.month());
    put(8, 2, d.day());
    buf[4] = b'-';
    buf[7] = b'-';
    Some(buf)
}

/// Appends `amount` as its JSON string would read, without quotes.
pub(crate) fn push_amount(out: &mut Vec<u8>, amount: Amount) {
    let mut buf = [0u8; 48];
    match decimal_bytes(amount.0, &mut buf) {
        Some(text) => out.extend_from_slice(text),
        None => out.extend_from_slice(amount.0.to_string().as_bytes()),
    }
}

/// Serializes a rate or percentage with at least two decimals: `8` →
/// `"8.00"`, `10.15` → `"10.15"`, `7.125` → `"7.125"`.
pub(crate) fn decimal<S: Serializer>(v: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    let mut d = v.normalize();
    if d.scale() < 2 {
        d.rescale(2);
    }
    s.collect_str(&d)
}

/// Serializes a decimal with the scale it has (`Some(1.9709)` →
/// `"1.9709"`, `Some(2.0000)` → `"2.0000"`); only called for `Some`.
pub(crate) fn optional_decimal<S: Serializer>(
    v: &Option<Decimal>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match v {
        Some(d) => s.collect_str(d),
        None => s.serialize_none(),
    }
}

/// Serializes `(key, value)` pairs as a JSON object, in order.
pub(crate) fn pairs_as_map<S: Serializer>(
    pairs: &[(String, String)],
    s: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = s.serialize_map(Some(pairs.len()))?;
    for (k, v) in pairs {
        map.serialize_entry(k, v)?;
    }
    map.end()
}

/// Serializes an optional decimal as a string or `null`.
pub(crate) fn opt_decimal<S: Serializer>(v: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(d) => s.collect_str(d),
        None => s.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::dec;

    #[test]
    fn fast_text_matches_display() {
        for text in [
            "0.00",
            "1234.50",
            "-12.05",
            "0.07",
            "7",
            "1000000000000.00",
            "0",
            "-0.50",
            "3.000",
        ] {
            let d = dec(text).unwrap();
            let mut buf = [0u8; 48];
            assert_eq!(
                decimal_text(d, &mut buf),
                Some(d.to_string().as_str()),
                "{text}"
            );
        }
        let date = Date::parse("2026-03-09", "d").unwrap();
        let mut buf = [0u8; 10];
        assert_eq!(date_text(date, &mut buf), Some("2026-03-09"));
    }
}
