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
    let mut v = currency.round(value);
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
        s.collect_str(&self.0)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Serializes an optional decimal as a string or `null`.
pub(crate) fn opt_decimal<S: Serializer>(v: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(d) => s.collect_str(d),
        None => s.serialize_none(),
    }
}
