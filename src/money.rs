//! Currencies, exact amounts and named roundings.
//!
//! Amounts are [`Decimal`]s in major units, never floating point. Every
//! rounding names its strategy; the default for amounts is half-up (away
//! from zero at the midpoint) to the currency's minor unit:
//! `12.345 EUR → 12.35`, `-12.345 EUR → -12.35`, `1234.5 JPY → 1235`.

use crate::error::{Code, Error, Result};
use rust_decimal::{Decimal, RoundingStrategy};

/// The largest amount any input may carry: 10^12 major units.
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(3_567_587_328, 232, 0, false, 0);

/// An ISO 4217 currency the crate knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Currency {
    /// The ISO 4217 alphabetic code, e.g. `"EUR"`.
    pub code: &'static str,
    /// ISO 4217 minor-unit digits: the decimals of every output amount.
    pub minor_units: u32,
    /// Decimals shown in formatted text, as `Intl.NumberFormat` shows them
    /// (ICU shows COP without cents although ISO 4217 gives it two).
    pub display_digits: u32,
    /// Spanish name.
    pub name_es: &'static str,
    /// English name.
    pub name_en: &'static str,
}

const fn cur(
    code: &'static str,
    minor_units: u32,
    display_digits: u32,
    name_es: &'static str,
    name_en: &'static str,
) -> Currency {
    Currency {
        code,
        minor_units,
        display_digits,
        name_es,
        name_en,
    }
}

/// The currency table (ISO 4217 minor units; display digits from ICU).
pub const CURRENCIES: &[Currency] = &[
    cur("EUR", 2, 2, "euro", "euro"),
    cur("USD", 2, 2, "dólar estadounidense", "US dollar"),
    cur("GBP", 2, 2, "libra esterlina", "pound sterling"),
    cur("MXN", 2, 2, "peso mexicano", "Mexican peso"),
    cur("COP", 2, 0, "peso colombiano", "Colombian peso"),
    cur("CLP", 0, 0, "peso chileno", "Chilean peso"),
    cur("PEN", 2, 2, "sol peruano", "Peruvian sol"),
    cur("ARS", 2, 2, "peso argentino", "Argentine peso"),
    cur("UYU", 2, 2, "peso uruguayo", "Uruguayan peso"),
    cur("BRL", 2, 2, "real brasileño", "Brazilian real"),
    cur("CHF", 2, 2, "franco suizo", "Swiss franc"),
    cur("JPY", 0, 0, "yen japonés", "Japanese yen"),
    cur("BOB", 2, 2, "boliviano", "boliviano"),
    cur("CRC", 2, 2, "colón costarricense", "Costa Rican colón"),
    cur("DOP", 2, 2, "peso dominicano", "Dominican peso"),
    cur("GTQ", 2, 2, "quetzal guatemalteco", "Guatemalan quetzal"),
    cur("HNL", 2, 2, "lempira hondureño", "Honduran lempira"),
    cur("NIO", 2, 2, "córdoba nicaragüense", "Nicaraguan córdoba"),
    cur("PAB", 2, 2, "balboa panameño", "Panamanian balboa"),
    cur("PYG", 0, 0, "guaraní paraguayo", "Paraguayan guaraní"),
    cur("CAD", 2, 2, "dólar canadiense", "Canadian dollar"),
    cur("SEK", 2, 2, "corona sueca", "Swedish krona"),
    cur("NOK", 2, 2, "corona noruega", "Norwegian krone"),
    cur("DKK", 2, 2, "corona danesa", "Danish krone"),
    cur("PLN", 2, 2, "esloti polaco", "Polish złoty"),
    cur("KWD", 3, 3, "dinar kuwaití", "Kuwaiti dinar"),
];

impl Currency {
    /// Looks a currency up by its ISO 4217 code (upper case).
    ///
    /// # Errors
    /// `unknown_currency` about `field` when the code is not in the table.
    ///
    /// # Example
    /// ```
    /// let eur = cobro::Currency::find("EUR", "currency")?;
    /// assert_eq!(eur.minor_units, 2);
    /// # Ok::<(), cobro::Error>(())
    /// ```
    pub fn find(code: &str, field: &str) -> Result<Currency> {
        CURRENCIES
            .iter()
            .find(|c| c.code == code)
            .copied()
            .ok_or_else(|| Error::new(Code::UnknownCurrency, field, crate::error::quote(code)))
    }

    /// The smallest amount of the currency: `0.01` for EUR, `1` for JPY.
    pub fn minor_unit(&self) -> Decimal {
        Decimal::new(1, self.minor_units)
    }

    /// Rounds half-up (midpoint away from zero) to the minor unit:
    /// `0.125 EUR → 0.13`.
    pub fn round(&self, amount: Decimal) -> Decimal {
        round_half_up(amount, self.minor_units)
    }

    /// The amount as an API string with exactly the minor-unit digits
    /// (`1234.5 EUR → "1234.50"`). Rounds half-up first.
    pub fn to_api_string(&self, amount: Decimal) -> String {
        let mut rounded = self.round(amount);
        rounded.rescale(self.minor_units);
        rounded.to_string()
    }
}

/// 10^0 to 10^28, the scales of a Decimal.
// Indexed while compiling: an index out of bounds would not build.
#[allow(clippy::indexing_slicing)]
const POW10: [u128; 29] = {
    let mut table = [1u128; 29];
    let mut i = 1;
    while i < table.len() {
        table[i] = table[i - 1] * 10;
        i += 1;
    }
    table
};

/// Half-up rounding (`RoundingStrategy::MidpointAwayFromZero`) to `dp`
/// decimals: `2.345 → 2.35`, `-2.345 → -2.35`.
///
/// The same value as `round_dp_with_strategy` (a property test compares
/// them), in one 128-bit division instead of rust_decimal's word-by-word
/// loop: schedules round every row's interest, and this is their hot path.
/// (The power of ten comes from a table, and a u64 quotient from wasm's
/// native 64-bit division.)
pub fn round_half_up(value: Decimal, dp: u32) -> Decimal {
    let exact = || value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
    let Some(unit) = value
        .scale()
        .checked_sub(dp)
        .filter(|drop| *drop > 0)
        .and_then(|drop| POW10.get(usize::try_from(drop).ok()?).copied())
    else {
        return exact();
    };
    let m = value.mantissa();
    let abs = m.unsigned_abs();
    // One division; in u64 (a native instruction in wasm) when both fit.
    let q = match (u64::try_from(abs), u64::try_from(unit)) {
        (Ok(a), Ok(u)) => u128::from(a / u),
        _ => abs / unit,
    };
    let r = abs - q * unit;
    // Half or more of the unit dropped: away from zero.
    let q = if r >= unit - r { q + 1 } else { q };
    let rounded = i128::try_from(q)
        .ok()
        .and_then(|q| Decimal::try_from_i128_with_scale(q, dp).ok());
    match rounded {
        Some(mut d) => {
            // A negative value that rounds to zero is a plain zero, as in
            // rust_decimal.
            d.set_sign_negative(m < 0 && q != 0);
            d
        }
        None => exact(),
    }
}

/// Rounds a positive `value` up to the next multiple of `increment`
/// (`RoundingStrategy::ToPositiveInfinity` on the quotient):
/// `304.1459 by 0.01 → 304.15`, `152_301 by 1000 → 153_000`.
///
/// # Errors
/// `overflow` about `field` when the figures do not fit.
pub fn round_up_to(value: Decimal, increment: Decimal, field: &str) -> Result<Decimal> {
    let steps = value
        .checked_div(increment)
        .ok_or_else(|| Error::new(Code::Overflow, field, ""))?
        .round_dp_with_strategy(0, RoundingStrategy::ToPositiveInfinity);
    steps
        .checked_mul(increment)
        .ok_or_else(|| Error::new(Code::Overflow, field, ""))
}

/// `base^n` by repeated squaring; each product keeps rust_decimal's 28
/// significant digits.
///
/// # Errors
/// `overflow` about `field` when the power does not fit.
pub fn pow(base: Decimal, n: u32, field: &str) -> Result<Decimal> {
    let (mut result, mut square, mut n) = (Decimal::ONE, base, n);
    while n > 0 {
        if n & 1 == 1 {
            result = result.mul(square, field)?;
        }
        n >>= 1;
        if n > 0 {
            square = square.mul(square, field)?;
        }
    }
    Ok(result)
}

/// Parses an exact decimal written as `-?digits(.digits)?`. JSON numbers
/// arrive here as their shortest decimal text, so `0.1` is exactly 0.1;
/// exponent forms (`1e+21`, `1.5e-7`) are accepted for them, and come out
/// without trailing zeros. `None` for any other form, and for a value a
/// `Decimal` cannot hold exactly (more than 28 decimals or 2^96 − 1).
///
/// Written by hand instead of rust_decimal's `from_str_exact` and
/// `from_scientific`: this is all the API accepts, in a fraction of their
/// wasm size (BENCHMARKS.md); a property test compares them.
pub fn parse_decimal(text: &str, allow_exponent: bool) -> Option<Decimal> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (number, exponent) = match body.find(['e', 'E']) {
        Some(at) if allow_exponent => (body.get(..at)?, Some(body.get(at + 1..)?)),
        Some(_) => return None,
        None => (body, None),
    };
    let (int, frac) = match number.split_once('.') {
        Some((i, f)) => (i, f),
        None => (number, ""),
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || !digits(int) || !digits(frac) || (number.contains('.') && frac.is_empty())
    {
        return None;
    }
    // At most 2^96 − 1: 29 digits fit in a u128 without overflow.
    let mut mantissa: u128 = 0;
    for b in int.bytes().chain(frac.bytes()) {
        mantissa = mantissa
            .checked_mul(10)?
            .checked_add(u128::from(b - b'0'))?;
    }
    let mut scale = i64::try_from(frac.len()).ok()?;
    let Some(exponent) = exponent else {
        return decimal_from(negative, mantissa, scale);
    };
    // The digits before the exponent must fit a Decimal on their own, as
    // they had to for rust_decimal's `from_scientific`.
    if mantissa >> 96 != 0 {
        return None;
    }
    let exp_digits = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
    if exp_digits.is_empty() || !digits(exp_digits) || exp_digits.len() > 4 {
        return None;
    }
    let e: i64 = exp_digits
        .bytes()
        .fold(0, |acc, b| acc * 10 + i64::from(b - b'0'));
    // As rust_decimal's `from_scientific`, which the API used before: no
    // exponent beyond ±28, and no scale beyond 28 before trailing zeros go.
    if e > 28 {
        return None;
    }
    scale -= if exponent.starts_with('-') { -e } else { e };
    if scale > 28 {
        return None;
    }
    // Trailing zeros off, as `Decimal::normalize` would.
    while mantissa != 0 && mantissa % 10 == 0 && scale > 0 {
        mantissa /= 10;
        scale -= 1;
    }
    while scale < 0 {
        mantissa = mantissa.checked_mul(10)?;
        scale += 1;
    }
    if mantissa == 0 {
        scale = 0;
    }
    decimal_from(negative, mantissa, scale)
}

/// The decimal `±mantissa × 10^−scale`, when a `Decimal` holds it.
fn decimal_from(negative: bool, mantissa: u128, scale: i64) -> Option<Decimal> {
    let scale = u32::try_from(scale).ok().filter(|s| *s <= 28)?;
    if mantissa >> 96 != 0 {
        return None;
    }
    let m = i128::try_from(mantissa).ok()?;
    let mut d = Decimal::try_from_i128_with_scale(m, scale).ok()?;
    d.set_sign_negative(negative && mantissa != 0);
    Some(d)
}

/// Checked arithmetic on input-derived amounts: every failure is an
/// `overflow` error about the field whose figures caused it.
pub(crate) trait Checked: Sized {
    fn add(self, other: Self, field: &str) -> Result<Self>;
    fn sub(self, other: Self, field: &str) -> Result<Self>;
    fn mul(self, other: Self, field: &str) -> Result<Self>;
    fn div(self, other: Self, field: &str) -> Result<Self>;
}

impl Checked for Decimal {
    fn add(self, other: Self, field: &str) -> Result<Self> {
        self.checked_add(other).ok_or_else(|| overflow(field))
    }
    fn sub(self, other: Self, field: &str) -> Result<Self> {
        self.checked_sub(other).ok_or_else(|| overflow(field))
    }
    fn mul(self, other: Self, field: &str) -> Result<Self> {
        self.checked_mul(other).ok_or_else(|| overflow(field))
    }
    fn div(self, other: Self, field: &str) -> Result<Self> {
        self.checked_div(other).ok_or_else(|| overflow(field))
    }
}

/// `numerator / divisor`, rounded half-up to `dp` decimals, for a
/// non-negative `numerator` and a positive whole `divisor` (a late-interest
/// segment: base × rate × days over 100 × the year's days), in integers.
///
/// The same value as rounding rust_decimal's quotient
/// (`round_half_up(numerator / divisor, dp)`) wherever it answers: it
/// answers only when the quotient is below 10^16 units of 10^−dp and the
/// divisor, at that unit, below 10^11. rust_decimal keeps 28 significant
/// digits, so its quotient is then off the exact one by less than 10^−12
/// units, while an exact quotient that is not a midpoint lies at least
/// 1 / (2 × divisor) > 5 × 10^−12 units from one: both round the same way.
/// `None` otherwise (the caller divides in `Decimal`).
pub(crate) fn div_round_half_up(numerator: Decimal, divisor: u64, dp: u32) -> Option<Decimal> {
    let m = u128::try_from(numerator.mantissa()).ok()?;
    let scale = numerator.scale();
    // numerator / divisor = m / (divisor × 10^scale); in units of 10^−dp:
    // (m × 10^(dp − scale)) / divisor, or m / (divisor × 10^(scale − dp)).
    let (num, den) = if scale >= dp {
        let up = POW10.get(usize::try_from(scale - dp).ok()?)?;
        (m, u128::from(divisor).checked_mul(*up)?)
    } else {
        let up = POW10.get(usize::try_from(dp - scale).ok()?)?;
        (m.checked_mul(*up)?, u128::from(divisor))
    };
    if den == 0 || den >= 100_000_000_000 {
        return None;
    }
    let q = num / den;
    if q >= 10_000_000_000_000_000 {
        return None;
    }
    let r = num - q * den;
    let q = if r >= den - r { q + 1 } else { q };
    Decimal::try_from_i128_with_scale(i128::try_from(q).ok()?, dp).ok()
}

fn overflow(field: &str) -> Error {
    Error::new(Code::Overflow, field, "")
}

/// Parses a decimal literal for doc examples and tests.
///
/// # Errors
/// `invalid_number` when `text` is not a plain decimal.
pub fn dec(text: &str) -> Result<Decimal> {
    parse_decimal(text, false).ok_or_else(|| Error::new(Code::InvalidNumber, "", text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn max_amount_is_ten_to_the_twelfth() {
        assert_eq!(MAX_AMOUNT, Decimal::from(1_000_000_000_000_i64));
    }

    #[test]
    fn half_up_rounding_table() {
        let cases = [
            ("0.125", "EUR", "0.13"),
            ("-0.125", "EUR", "-0.13"),
            ("0.124", "EUR", "0.12"),
            ("1234.5", "JPY", "1235"),
            ("1234.5", "EUR", "1234.50"),
            ("7", "KWD", "7.000"),
            ("1.0005", "KWD", "1.001"),
        ];
        for (input, code, expected) in cases {
            let c = Currency::find(code, "currency").unwrap();
            assert_eq!(
                c.to_api_string(dec(input).unwrap()),
                expected,
                "{input} {code}"
            );
        }
    }

    #[test]
    fn round_up_to_increment_table() {
        let cases = [
            ("304.1459", "0.01", "304.15"),
            ("304.14", "0.01", "304.14"),
            ("152301", "1000", "153000"),
            ("152000", "1000", "152000"),
            ("10.01", "5", "15"),
        ];
        for (v, inc, expected) in cases {
            let got = round_up_to(dec(v).unwrap(), dec(inc).unwrap(), "roundTo").unwrap();
            assert_eq!(got, dec(expected).unwrap(), "{v} by {inc}");
        }
    }

    #[test]
    fn parse_decimal_accepts_plain_and_rejects_the_rest() {
        let ok = [
            ("1234.56", "1234.56"),
            ("-3", "-3"),
            ("0.1", "0.1"),
            ("007", "7"),
        ];
        for (text, expected) in ok {
            assert_eq!(
                parse_decimal(text, false),
                Some(dec(expected).unwrap()),
                "{text}"
            );
        }
        for bad in [
            "", "1,5", "1.", ".5", "1e3", "abc", "1_000", " 1", "+1", "--1", "1.2.3",
        ] {
            assert_eq!(parse_decimal(bad, false), None, "{bad}");
        }
        assert_eq!(
            parse_decimal("1e+21", true),
            Some(dec("1000000000000000000000").unwrap())
        );
    }

    #[test]
    fn integer_powers() {
        // 1.01^3 = 1.030301; 1.005^12 = 1.0616778118644995… (28 digits kept)
        assert_eq!(
            pow(dec("1.01").unwrap(), 3, "x").unwrap(),
            dec("1.030301").unwrap()
        );
        let p = pow(dec("1.005").unwrap(), 12, "x").unwrap();
        assert_eq!(p.round_dp(12), dec("1.061677811864").unwrap());
        assert_eq!(pow(dec("7").unwrap(), 0, "x").unwrap(), Decimal::ONE);
    }

    #[test]
    fn unknown_currency_is_an_error() {
        let e = Currency::find("XYZ", "currency").unwrap_err();
        assert_eq!((e.code(), e.field()), ("unknown_currency", "currency"));
    }
}

/// [`div_round_half_up`] against rust_decimal's rounded quotient, on
/// 200,000 generated cases with a fixed seed.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod fast_path_tests {
    use super::*;
    use proptest::prelude::*;
    use rust_decimal::RoundingStrategy;

    fn config() -> ProptestConfig {
        ProptestConfig {
            cases: 200_000,
            rng_seed: proptest::test_runner::RngSeed::Fixed(2026),
            ..ProptestConfig::default()
        }
    }

    /// Mantissas of every width up to 96 bits, either sign, scale 0–28,
    /// and zero.
    fn any_decimal() -> impl Strategy<Value = Decimal> {
        (
            any::<u64>(),
            any::<u32>(),
            any::<bool>(),
            0u32..=28,
            0u32..=96,
        )
            .prop_map(|(low, high, negative, scale, bits)| {
                let wide = (u128::from(high) << 64) | u128::from(low);
                let m = if bits == 0 { 0 } else { wide >> (96 - bits) };
                let m = i128::try_from(m).unwrap_or(0);
                let mut d = Decimal::from_i128_with_scale(m, scale);
                d.set_sign_negative(negative);
                d
            })
    }

    proptest! {
        #![proptest_config(config())]

        /// A segment's interest: base (an amount) × rate (a percent with up
        /// to 6 decimals) × days over 100 × 360, 365 or 366, to 0, 2 or 3
        /// decimals; and any numerator at all.
        #[test]
        fn div_round_half_up_is_the_rounded_quotient(
            base in 0i64..=100_000_000_000_000,
            base_scale in 0u32..=3,
            rate in 0i64..=100_000_000,
            rate_scale in 0u32..=6,
            days in 1i64..=80_000,
            year in prop::sample::select(vec![360u64, 365, 366]),
            dp in prop::sample::select(vec![0u32, 2, 3]),
            any in any_decimal(),
        ) {
            let numerator = Decimal::new(base, base_scale)
                .checked_mul(Decimal::new(rate, rate_scale))
                .and_then(|n| n.checked_mul(Decimal::from(days)));
            for n in numerator.into_iter().chain([any.abs()]) {
                let divisor = 100 * year;
                let exact = n
                    .checked_div(Decimal::from(divisor))
                    .map(|q| q.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero));
                if let Some(fast) = div_round_half_up(n, divisor, dp) {
                    prop_assert_eq!(Some(fast), exact, "{} / {} to {} dp", n, divisor, dp);
                }
            }
        }
    }

    #[test]
    fn div_round_half_up_on_midpoints() {
        // 1.825 / 365 = 0.005 exactly: a midpoint, up to 0.01.
        let half = div_round_half_up(Decimal::new(1825, 3), 365, 2);
        assert_eq!(half, Some(Decimal::new(1, 2)));
        // 1.824 / 365 = 0.004997…: down to 0.00.
        assert_eq!(
            div_round_half_up(Decimal::new(1824, 3), 365, 2),
            Some(Decimal::new(0, 2))
        );
        // Past the proof's bounds: left to rust_decimal.
        assert_eq!(div_round_half_up(Decimal::new(1, 20), 36_500, 2), None);
        assert_eq!(div_round_half_up(Decimal::from(i64::MAX), 1, 2), None);
    }
}
