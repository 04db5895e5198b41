//! The legal late-payment regimes: how each one's rate applies and what
//! compensation it gives. Their rate tables, sources and coverage are data
//! in `data.rs`; to add a semester, append its row there and move
//! `covered_until` (CONTRIBUTING.md).

// Dates are written YYYY_MM_DD on purpose.
#![allow(clippy::inconsistent_digit_grouping)]

/// How a regime's rate applies over time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RateRule {
    /// The rate of each day is the table's row in force that day.
    Table,
    /// The rate in force when interest starts applies for the life of the
    /// debt (UK 1998 Act: reference rate of the 30 June / 31 December
    /// before the day interest starts).
    FixedAtStart,
    /// Like `Table`, and accrued interest is added to the principal at
    /// each anniversary of the day interest starts (Dutch BW 6:119a lid 3:
    /// "telkens na afloop van een jaar").
    TableCompoundedYearly,
    /// Like `Table`, with each row an effective annual rate (Colombia's
    /// EA): a day's rate is `(1 + EA)^(1/365) − 1`, simple interest on the
    /// outstanding capital (C. de Co. art. 886: no capitalisation). An
    /// agreed `annualRatePercent` (EA) applies where it is lower than the
    /// row, which is then a ceiling.
    EffectiveAnnualCeiling,
    /// A rate the caller gives (`annualRatePercent`).
    CallerRate,
    /// Only the caller's `rateTable`.
    CallerTable,
}

/// The compensation for recovery costs a regime gives by default.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compensation {
    /// None.
    None,
    /// EUR 40 per invoice (Directive 2011/7/EU art. 6), for debts falling
    /// due on or after `from` (YYYYMMDD).
    Eu40 {
        /// First due date the fixed sum applies to.
        from: u32,
    },
    /// UK fixed sum: £40 below £1,000, £70 below £10,000, £100 from £10,000
    /// (Late Payment of Commercial Debts (Interest) Act 1998, s. 5A).
    UkFixedSum,
}

/// One regime.
#[derive(Clone, Copy, Debug)]
pub struct Regime {
    /// Stable id used in inputs, e.g. `"es-commercial"`.
    pub id: &'static str,
    /// Name in Spanish.
    pub name_es: &'static str,
    /// Name in English.
    pub name_en: &'static str,
    /// The law, and where the figures are published, in Spanish.
    pub source_es: &'static str,
    /// The same in English.
    pub source_en: &'static str,
    /// Last day the rows are known for (YYYYMMDD); `None`: no end.
    pub covered_until: Option<u32>,
    /// `(valid_from YYYYMMDD, rate in hundredths of a percent)`, sorted.
    pub rows: &'static [(u32, i64)],
    /// How the rows apply.
    pub rule: RateRule,
    /// The `auto` compensation.
    pub compensation: Compensation,
}

/// A statutory table with a fixed margin added to every row.
pub struct Margin {
    /// The base rows.
    pub base: &'static [(u32, i64)],
    /// Points added, in hundredths.
    pub add: i64,
}

pub use super::data::{margin_of, REGIMES};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_inside_coverage() {
        for r in REGIMES {
            let rows = margin_of(r.id).map_or(r.rows, |m| m.base);
            for pair in rows.windows(2) {
                assert!(pair[0].0 < pair[1].0, "{} unsorted at {}", r.id, pair[1].0);
            }
            if let (Some(until), Some(last)) = (r.covered_until, rows.last()) {
                assert!(last.0 <= until, "{} row after coverage", r.id);
            }
            assert!(
                rows.is_empty() == matches!(r.rule, RateRule::CallerRate | RateRule::CallerTable),
                "{}",
                r.id
            );
        }
    }

    #[test]
    fn spanish_rows_match_ecb_plus_margin() {
        // ECB main refinancing rate in force before each half-year (hundredths)
        // + 8 points; + 7 before 24 Feb 2013.
        let ecb = [
            (2013_07_01, 50),
            (2014_01_01, 25),
            (2014_07_01, 15),
            (2015_01_01, 5),
            (2016_07_01, 0),
            (2023_01_01, 250),
            (2023_07_01, 400),
            (2024_01_01, 450),
            (2024_07_01, 425),
            (2025_01_01, 315),
            (2025_07_01, 215),
        ];
        for (from, rate) in ecb {
            let row = super::super::data::ES_COMMERCIAL
                .iter()
                .find(|r| r.0 == from)
                .unwrap();
            assert_eq!(row.1, rate + 800, "{from}");
        }
    }
}
