//! How values cross the JSON boundary: amounts and rates as decimal
//! strings, dates as `YYYY-MM-DD`.

use crate::date::Date;
use crate::money::Currency;
use crate::plan::Installment;
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
    v.rescale(currency.minor_units);
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
    let mut m = u64::try_from(value.mantissa().unsigned_abs()).ok()?;
    let scale = usize::try_from(value.scale()).ok()?;
    let mut i = buf.len();
    let mut digits = 0;
    while m > 0 || digits <= scale {
        if digits == scale && scale > 0 {
            i -= 1;
            *buf.get_mut(i)? = b'.';
        }
        i -= 1;
        *buf.get_mut(i)? = b'0' + u8::try_from(m % 10).ok()?;
        m /= 10;
        digits += 1;
    }
    if value.is_sign_negative() && !value.is_zero() {
        i -= 1;
        *buf.get_mut(i)? = b'-';
    }
    std::str::from_utf8(buf.get(i..)?).ok()
}

fn date_text(d: Date, buf: &mut [u8; 10]) -> Option<&str> {
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
    std::str::from_utf8(buf).ok()
}

/// Serializes schedule rows as JSON text written directly: a 360-row plan
/// is most of the output, and its keys, dates and amounts never need
/// escaping. Same JSON as the derived `Serialize` of [`Installment`], which
/// a test checks.
pub(crate) fn rows<S: Serializer>(rows: &[Installment], s: S) -> Result<S::Ok, S::Error> {
    let mut out = String::with_capacity(rows.len() * 112 + 2);
    out.push('[');
    let mut buf = [0u8; 48];
    let mut date = [0u8; 10];
    for (i, r) in rows.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"number\":");
        out.push_str(decimal_text(Decimal::from(r.number), &mut buf).unwrap_or("0"));
        out.push_str(",\"dueDate\":\"");
        out.push_str(date_text(r.due_date, &mut date).unwrap_or_default());
        for (key, value) in [
            ("payment", r.payment),
            ("interest", r.interest),
            ("principal", r.principal),
            ("balance", r.balance),
        ] {
            out.push_str("\",\"");
            out.push_str(key);
            out.push_str("\":\"");
            match decimal_text(value.0, &mut buf) {
                Some(text) => out.push_str(text),
                None => out.push_str(&value.0.to_string()),
            }
        }
        out.push_str("\"}");
    }
    out.push(']');
    match serde_json::value::RawValue::from_string(out) {
        Ok(raw) => raw.serialize(s),
        Err(_) => s.serialize_none(),
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
        let row = Installment {
            number: 12,
            due_date: date,
            payment: Amount(dec("-0.05").unwrap()),
            interest: Amount(dec("1234.50").unwrap()),
            principal: Amount(dec("0").unwrap()),
            balance: Amount(dec("10.00").unwrap()),
        };
        let derived = serde_json::to_string(&[&row]).unwrap();
        let mut fast = serde_json::Serializer::new(Vec::new());
        rows(&[row], &mut fast).unwrap();
        assert_eq!(String::from_utf8(fast.into_inner()).unwrap(), derived);
        let mut buf = [0u8; 10];
        assert_eq!(date_text(date, &mut buf), Some("2026-03-09"));
    }
}
