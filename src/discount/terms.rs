//! Payment terms as people write them: "2/10 net 30", "2/10 n/30",
//! "2/10, 1/20, net 30", "1/10 EOM", "2% 10 días, neto 30",
//! "1,5 % a 10 días; neto a 60 días", "neto 30 fin de mes".
//!
//! Grammar (case and accents ignored, spaces optional between tokens):
//!
//! ```text
//! terms := item ((sep)? item)*          sep := , ; y and +
//! item  := tier | net | eom | filler
//! tier  := number ( "%" ( link? int )? | "/" int ) day-word?     ("2/10", "2% 10 días")
//! net   := ("net" | "neto" | "n") "/"? link? int day-word?       ("net 30", "n/30", "neto a 30 días")
//! eom   := "eom" | "fin de mes" | "fdm" | "end of month"
//! link  := "a" | "en" | "in" | "within"
//! filler:= "pronto pago" | "descuento" | "dto" | "días" …         (ignored)
//! ```
//!
//! A tier's percent may have decimals ("1.5/10", "1,5 % 10"); days are
//! whole numbers. Anything else is `invalid_terms`, never a guess.

use crate::error::{Code, Error, Result};
use rust_decimal::Decimal;

/// One discount tier: `percent` off if paid within `days`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tier {
    /// Discount, percent of the amount.
    pub percent: Decimal,
    /// Days from the invoice date (or from the month end with EOM).
    pub days: u32,
}

/// Parsed payment terms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Terms {
    /// Discount tiers, by increasing days.
    pub tiers: Vec<Tier>,
    /// Days until the full amount is due.
    pub net_days: u32,
    /// Days count from the end of the invoice's month ("EOM").
    pub end_of_month: bool,
}

/// Net days assumed for EOM terms that give none ("1/10 EOM"): due 30 days
/// after the month end, the usual "n/30 EOM".
pub const DEFAULT_EOM_NET_DAYS: u32 = 30;
/// Longest accepted term, in days.
pub const MAX_TERM_DAYS: u32 = 3650;

const FILLER: &[&str] = &[
    "pronto",
    "pago",
    "descuento",
    "dto",
    "dcto",
    "discount",
    "days",
    "day",
    "dias",
    "dia",
    "d",
    "naturales",
    "terms",
    "terminos",
    "condiciones",
    "if",
    "paid",
    "si",
    "se",
    "paga",
];
const LINKS: &[&str] = &["a", "en", "in", "within"];

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Number(String),
    Percent,
    Slash,
    Sep,
    Word(String),
}

/// Reads terms text.
///
/// # Errors
/// `invalid_terms` (with the expected forms), `invalid_discount`,
/// `discount_after_net`, all about `field`.
///
/// # Example
/// ```
/// use cobro::discount::parse_terms;
/// let t = parse_terms("2% 10 días, neto 30", "terms")?;
/// assert_eq!((t.tiers[0].days, t.net_days, t.end_of_month), (10, 30, false));
/// assert!(parse_terms("pay whenever", "terms").is_err());
/// # Ok::<(), cobro::Error>(())
/// ```
pub fn parse_terms(text: &str, field: &str) -> Result<Terms> {
    let invalid = || Error::new(Code::InvalidTerms, field, crate::error::quote(text.trim()));
    if text.chars().count() > 200 {
        return Err(invalid());
    }
    let tokens = tokenize(text).ok_or_else(invalid)?;
    let mut tiers = Vec::new();
    let mut net = None;
    let mut eom = false;
    let mut i = 0;
    while let Some(token) = tokens.get(i) {
        match token {
            Token::Sep => i += 1,
            Token::Number(n) => {
                let (tier, next) = read_tier(&tokens, i, n).ok_or_else(invalid)?;
                tiers.push(tier);
                i = next;
            }
            Token::Word(w) if matches!(w.as_str(), "net" | "neto" | "n") => {
                if net.is_some() {
                    return Err(invalid());
                }
                let (days, next) = read_net(&tokens, i + 1).ok_or_else(invalid)?;
                net = Some(days);
                i = next;
            }
            Token::Word(w) if matches!(w.as_str(), "eom" | "fdm") => {
                eom = true;
                i += 1;
            }
            Token::Word(w) if w == "fin" || w == "end" => {
                let next = read_month_end(&tokens, i).ok_or_else(invalid)?;
                eom = true;
                i = next;
            }
            Token::Word(w) if FILLER.contains(&w.as_str()) => i += 1,
            _ => return Err(invalid()),
        }
    }
    let net_days = match net {
        Some(n) => n,
        None if eom => DEFAULT_EOM_NET_DAYS,
        None => return Err(invalid()),
    };
    validate(
        Terms {
            tiers,
            net_days,
            end_of_month: eom,
        },
        field,
    )
}

/// Checks structured terms: discounts in (0, 100), tiers by increasing days,
/// every discount period ending before the net one.
///
/// # Errors
/// `invalid_discount`, `discount_after_net`, `invalid_terms`, `out_of_range`.
pub fn validate(terms: Terms, field: &str) -> Result<Terms> {
    if terms.net_days == 0 || terms.net_days > MAX_TERM_DAYS {
        return Err(Error::localized(
            Code::OutOfRange,
            field,
            format!("neto {}; entre 1 y {MAX_TERM_DAYS} días", terms.net_days),
            format!("net {}; between 1 and {MAX_TERM_DAYS} days", terms.net_days),
        ));
    }
    let mut previous: Option<u32> = None;
    for t in &terms.tiers {
        if t.percent <= Decimal::ZERO || t.percent >= Decimal::ONE_HUNDRED {
            return Err(Error::new(
                Code::InvalidDiscount,
                field,
                format!("{} %", t.percent.normalize()),
            ));
        }
        if t.days >= terms.net_days {
            return Err(Error::localized(
                Code::DiscountAfterNet,
                field,
                format!("{} días frente a neto {}", t.days, terms.net_days),
                format!("{} days against net {}", t.days, terms.net_days),
            ));
        }
        if previous.is_some_and(|p| t.days <= p) {
            return Err(Error::new(
                Code::InvalidTerms,
                field,
                format!("{}/{}", t.percent.normalize(), t.days),
            ));
        }
        previous = Some(t.days);
    }
    Ok(terms)
}

/// `number ("%" link? int | "/" int) day-word?` starting at `at`.
fn read_tier(tokens: &[Token], at: usize, percent: &str) -> Option<(Tier, usize)> {
    let percent = crate::money::parse_decimal(percent, false)?;
    let mut i = at + 1;
    let days = match tokens.get(i)? {
        Token::Slash => {
            i += 1;
            whole(tokens.get(i)?)?
        }
        Token::Percent => {
            i += 1;
            if tokens
                .get(i)
                .is_some_and(|t| matches!(t, Token::Word(w) if LINKS.contains(&w.as_str())))
            {
                i += 1;
            }
            whole(tokens.get(i)?)?
        }
        _ => return None,
    };
    Some((Tier { percent, days }, i + 1))
}

/// `"/"? link? int` after a net word.
fn read_net(tokens: &[Token], mut i: usize) -> Option<(u32, usize)> {
    if tokens.get(i) == Some(&Token::Slash) {
        i += 1;
    }
    if tokens
        .get(i)
        .is_some_and(|t| matches!(t, Token::Word(w) if LINKS.contains(&w.as_str())))
    {
        i += 1;
    }
    Some((whole(tokens.get(i)?)?, i + 1))
}

/// "fin de mes" / "end of month" starting at `i`.
fn read_month_end(tokens: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| match tokens.get(k) {
        Some(Token::Word(w)) => Some(w.as_str()),
        _ => None,
    };
    match (word(i)?, word(i + 1)?, word(i + 2)?) {
        ("fin", "de", "mes") | ("end", "of", "month") => Some(i + 3),
        _ => None,
    }
}

fn whole(token: &Token) -> Option<u32> {
    match token {
        Token::Number(n) if n.bytes().all(|b| b.is_ascii_digit()) => n.parse().ok(),
        _ => None,
    }
}

/// Splits text into tokens. A decimal separator belongs to a number only
/// when a digit follows and the number is followed by "%" or "/" (so
/// "2/10,1/20" stays two tiers, while "1,5%" is one and a half).
fn tokenize(text: &str) -> Option<Vec<Token>> {
    // ASCII lowercasing and the accents of Spanish words: the only words the
    // terms know. (`str::to_lowercase` would pull Unicode's case tables,
    // about 10 KB of gzip, into the wasm.)
    let folded: String = text
        .chars()
        .map(|c| fold_accent(c.to_ascii_lowercase()))
        .collect();
    let chars: Vec<char> = folded.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        match c {
            _ if c.is_whitespace() => i += 1,
            '%' => {
                tokens.push(Token::Percent);
                i += 1;
            }
            '/' => {
                tokens.push(Token::Slash);
                i += 1;
            }
            ',' | ';' | '+' | '(' | ')' | ':' | '.' | '-' => {
                tokens.push(Token::Sep);
                i += 1;
            }
            _ if c.is_ascii_digit() => {
                let start = i;
                while chars.get(i).is_some_and(char::is_ascii_digit) {
                    i += 1;
                }
                // A decimal part: "1.5" / "1,5" directly followed by % or /,
                // and never for the days after a "/".
                let after_slash = tokens.last() == Some(&Token::Slash);
                if let (false, Some('.' | ','), Some(d)) =
                    (after_slash, chars.get(i), chars.get(i + 1))
                {
                    if d.is_ascii_digit() {
                        let mut j = i + 1;
                        while chars.get(j).is_some_and(char::is_ascii_digit) {
                            j += 1;
                        }
                        let mut k = j;
                        while chars.get(k).is_some_and(|c| c.is_whitespace()) {
                            k += 1;
                        }
                        if matches!(chars.get(k), Some('%' | '/')) {
                            i = j;
                        }
                    }
                }
                let number: String = chars
                    .get(start..i)?
                    .iter()
                    .map(|&c| if c == ',' { '.' } else { c })
                    .collect();
                if number.len() > 12 {
                    return None;
                }
                tokens.push(Token::Number(number));
            }
            _ if c.is_alphabetic() => {
                let start = i;
                while chars.get(i).is_some_and(|c| c.is_alphabetic()) {
                    i += 1;
                }
                let word: String = chars.get(start..i)?.iter().collect();
                if matches!(word.as_str(), "y" | "and") {
                    tokens.push(Token::Sep);
                } else {
                    tokens.push(Token::Word(word));
                }
            }
            _ => return None,
        }
    }
    Some(tokens)
}

/// A Latin letter with an accent, of either case, as its plain lowercase
/// letter; `Ñ` as `ñ`.
fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'ä' | 'Á' | 'À' | 'Ä' => 'a',
        'é' | 'è' | 'ë' | 'É' | 'È' | 'Ë' => 'e',
        'í' | 'ì' | 'ï' | 'Í' | 'Ì' | 'Ï' => 'i',
        'ó' | 'ò' | 'ö' | 'Ó' | 'Ò' | 'Ö' => 'o',
        'ú' | 'ù' | 'ü' | 'Ú' | 'Ù' | 'Ü' => 'u',
        'Ñ' => 'ñ',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiers(t: &Terms) -> Vec<(String, u32)> {
        t.tiers
            .iter()
            .map(|t| (t.percent.normalize().to_string(), t.days))
            .collect()
    }

    /// (text, tiers as (percent, days), net days, end of month)
    type Case = (&'static str, &'static [(&'static str, u32)], u32, bool);

    #[test]
    fn accepted_forms() {
        let cases: &[Case] = &[
            ("2/10 net 30", &[("2", 10)], 30, false),
            ("2/10 n/30", &[("2", 10)], 30, false),
            ("2/10, n/30", &[("2", 10)], 30, false),
            ("2/10 NET30", &[("2", 10)], 30, false),
            ("2 / 10 Net 30 days", &[("2", 10)], 30, false),
            ("1/10 EOM", &[("1", 10)], 30, true),
            ("1/10 EOM net 25", &[("1", 10)], 25, true),
            ("2% 10 días, neto 30", &[("2", 10)], 30, false),
            // Capitals with accents fold like lowercase ones.
            ("2% 10 DÍAS, NETO 30 DÍAS", &[("2", 10)], 30, false),
            ("2 % a 10 dias; neto a 30 días", &[("2", 10)], 30, false),
            (
                "Pronto pago: 2% 10 días. Neto 30 días",
                &[("2", 10)],
                30,
                false,
            ),
            ("1,5% 10 días neto 60", &[("1.5", 10)], 60, false),
            ("1.5/10 net 45", &[("1.5", 10)], 45, false),
            ("2/10, 1/20, net 30", &[("2", 10), ("1", 20)], 30, false),
            ("2/10,1/20,n/30", &[("2", 10), ("1", 20)], 30, false),
            (
                "3% 10 días y 1% 30 días, neto 60",
                &[("3", 10), ("1", 30)],
                60,
                false,
            ),
            ("neto 30", &[], 30, false),
            ("net 30", &[], 30, false),
            ("2/10 neto 30 fin de mes", &[("2", 10)], 30, true),
            ("2/10 net 30 end of month", &[("2", 10)], 30, true),
        ];
        for (text, expected_tiers, net, eom) in cases {
            let t = parse_terms(text, "terms").unwrap_or_else(|e| panic!("{text}: {e}"));
            let expected: Vec<(String, u32)> = expected_tiers
                .iter()
                .map(|(p, d)| (p.to_string(), *d))
                .collect();
            assert_eq!(tiers(&t), expected, "{text}");
            assert_eq!((t.net_days, t.end_of_month), (*net, *eom), "{text}");
        }
    }

    #[test]
    fn refused_forms() {
        let cases = [
            ("", "invalid_terms"),
            ("pay whenever", "invalid_terms"),
            ("2/10", "invalid_terms"),
            ("2 10 net 30", "invalid_terms"),
            ("2/10 net 30 net 60", "invalid_terms"),
            ("2/ net 30", "invalid_terms"),
            ("2/10.5 net 30", "invalid_terms"),
            ("2/20, 1/10, net 30", "invalid_terms"),
            ("100/10 net 30", "invalid_discount"),
            ("0/10 net 30", "invalid_discount"),
            ("2/30 net 30", "discount_after_net"),
            ("2/40 net 30", "discount_after_net"),
            ("net 0", "out_of_range"),
            ("2/10 net 99999", "out_of_range"),
            ("2/10 net 30 €", "invalid_terms"),
        ];
        for (text, code) in cases {
            let e = parse_terms(text, "terms").unwrap_err();
            assert_eq!((e.code(), e.field()), (code, "terms"), "{text}");
        }
    }
}
