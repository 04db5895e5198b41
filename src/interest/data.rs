//! The rate tables of the late-interest regimes, with their sources and
//! coverage: data only, compiled in. Updating a table is a change to this
//! file alone (CONTRIBUTING.md, "Updating the rate tables").
//!
//! Each row is `(valid_from as YYYYMMDD, annual rate in hundredths of a
//! percent)`, so `(2023_07_01, 1200)` reads "12.00 % from 1 July 2023". A
//! regime's `covered_until` is the last day its rows are known for; past
//! it the engine refuses (`rate_unknown`) unless the caller supplies rows
//! or asks `pastCoverage: "assumeLastRate"`. The test
//! `tables_are_sorted_and_inside_coverage` (regimes.rs) keeps the data honest.

// Dates are written YYYY_MM_DD on purpose.
#![allow(clippy::inconsistent_digit_grouping)]

use super::regimes::{Compensation, Margin, RateRule, Regime};

/// ECB main refinancing rate + 8 points (+ 7 before the 2013 reform), by
/// calendar half-year: Spain's Ley 3/2004 art. 7.2 and the Netherlands'
/// BW 6:119a lid 2 give the same figures from mid-2013.
pub(super) const ES_COMMERCIAL: &[(u32, i64)] = &[
    (2009_01_01, 950),
    (2009_07_01, 800),
    (2011_07_01, 825),
    (2012_01_01, 800),
    (2013_01_01, 775),
    // Real Decreto-ley 4/2013 raised the margin to 8 points from 24 Feb 2013.
    (2013_02_24, 875),
    (2013_07_01, 850),
    (2014_01_01, 825),
    (2014_07_01, 815),
    (2015_01_01, 805),
    (2016_07_01, 800),
    (2023_01_01, 1050),
    (2023_07_01, 1200),
    (2024_01_01, 1250),
    (2024_07_01, 1225),
    (2025_01_01, 1115),
    (2025_07_01, 1015),
    (2026_01_01, 1015),
    (2026_07_01, 1040),
];

/// Dutch statutory commercial interest: the same ECB + 8 figures, except
/// that the Dutch 8-point margin (implementing Directive 2011/7/EU) took
/// effect on 16 March 2013.
pub(super) const NL_COMMERCIAL: &[(u32, i64)] = &[
    (2013_01_01, 775),
    (2013_03_16, 875),
    (2013_07_01, 850),
    (2014_01_01, 825),
    (2014_07_01, 815),
    (2015_01_01, 805),
    (2016_07_01, 800),
    (2023_01_01, 1050),
    (2023_07_01, 1200),
    (2024_01_01, 1250),
    (2024_07_01, 1225),
    (2025_01_01, 1115),
    (2025_07_01, 1015),
    (2026_01_01, 1015),
    (2026_07_01, 1040),
];

/// Interés legal del dinero, set each year by the Ley de Presupuestos.
/// 2009 had two: 5.50 % (Ley 2/2008) until Real Decreto-ley 3/2009 cut it
/// to 4.00 % from 1 April 2009.
pub(super) const ES_LEGAL: &[(u32, i64)] = &[
    (2009_01_01, 550),
    (2009_04_01, 400),
    (2015_01_01, 350),
    (2016_01_01, 300),
    (2023_01_01, 325),
];

/// Bundesbank Basiszinssatz (§ 247 BGB), by half-year, in hundredths.
pub(super) const DE_BASE: &[(u32, i64)] = &[
    (2013_01_01, -13),
    (2013_07_01, -38),
    (2014_01_01, -63),
    (2014_07_01, -73),
    (2015_01_01, -83),
    (2016_07_01, -88),
    (2023_01_01, 162),
    (2023_07_01, 312),
    (2024_01_01, 362),
    (2024_07_01, 337),
    (2025_01_01, 227),
    (2025_07_01, 127),
    (2026_01_01, 127),
    (2026_07_01, 152),
];

/// Bank of England Bank Rate on the reference day (31 December for
/// interest starting January–June, 30 June for July–December).
pub(super) const UK_BASE: &[(u32, i64)] = &[
    (2023_01_01, 350),
    (2023_07_01, 500),
    (2024_01_01, 525),
    (2024_07_01, 525),
    (2025_01_01, 475),
    (2025_07_01, 425),
    (2026_01_01, 375),
    (2026_07_01, 375),
];

pub(super) const MX_COMMERCIAL: &[(u32, i64)] = &[(1900_01_01, 600)];

/// The regimes. Rows of `de-*` and `uk-commercial` are derived from their
/// base-rate tables plus the statutory margin (see [`margin_of`]).
pub const REGIMES: &[Regime] = &[
    Regime {
        id: "es-commercial",
        name_es: "España, operaciones comerciales (Ley 3/2004)",
        name_en: "Spain, commercial transactions (Ley 3/2004)",
        source_es: "Ley 3/2004, art. 7.2: tipo del BCE + 8 puntos por semestre natural; tipos publicados por la Secretaría General del Tesoro en el BOE",
        source_en: "Ley 3/2004, art. 7.2: ECB main refinancing rate + 8 points per calendar half-year; rates published by the Spanish Treasury in the BOE",
        covered_until: Some(2026_12_31),
        rows: ES_COMMERCIAL,
        rule: RateRule::Table,
        compensation: Compensation::Eu40 { from: 2013_02_24 },
    },
    Regime {
        id: "es-legal",
        name_es: "España, interés legal del dinero",
        name_en: "Spain, statutory interest rate (interés legal del dinero)",
        source_es: "Código Civil art. 1108; tipo fijado cada año por la Ley de Presupuestos Generales del Estado",
        source_en: "Spanish Civil Code art. 1108; rate set each year by the State Budget Act",
        covered_until: Some(2026_12_31),
        rows: ES_LEGAL,
        rule: RateRule::Table,
        compensation: Compensation::None,
    },
    Regime {
        id: "de-b2b",
        name_es: "Alemania, entre empresas (BGB §288.2)",
        name_en: "Germany, business to business (BGB §288(2))",
        source_es: "BGB §288(2): tipo básico (Basiszinssatz, §247, Deutsche Bundesbank) + 9 puntos; 40 EUR fijos según §288(5)",
        source_en: "BGB §288(2): Basiszinssatz (§247, Deutsche Bundesbank) + 9 points; EUR 40 flat fee under §288(5)",
        covered_until: Some(2026_12_31),
        rows: &[],
        rule: RateRule::Table,
        compensation: Compensation::Eu40 { from: 2014_07_29 },
    },
    Regime {
        id: "de-b2c",
        name_es: "Alemania, con consumidores (BGB §288.1)",
        name_en: "Germany, consumers (BGB §288(1))",
        source_es: "BGB §288(1): tipo básico (Basiszinssatz, §247, Deutsche Bundesbank) + 5 puntos",
        source_en: "BGB §288(1): Basiszinssatz (§247, Deutsche Bundesbank) + 5 points",
        covered_until: Some(2026_12_31),
        rows: &[],
        rule: RateRule::Table,
        compensation: Compensation::None,
    },
    Regime {
        id: "uk-commercial",
        name_es: "Reino Unido, deudas comerciales (Ley de 1998)",
        name_en: "UK, commercial debts (Late Payment Act 1998)",
        source_es: "Late Payment of Commercial Debts (Interest) Act 1998 y SI 2002/1675: tipo base del Banco de Inglaterra del 30 de junio o 31 de diciembre anterior + 8 puntos, fijo para toda la deuda",
        source_en: "Late Payment of Commercial Debts (Interest) Act 1998 and SI 2002/1675: Bank of England base rate on the preceding 30 June or 31 December + 8 points, fixed for the debt",
        covered_until: Some(2026_12_31),
        rows: &[],
        rule: RateRule::FixedAtStart,
        compensation: Compensation::UkFixedSum,
    },
    Regime {
        id: "nl-commercial",
        name_es: "Países Bajos, interés comercial (BW 6:119a)",
        name_en: "Netherlands, commercial interest (BW 6:119a)",
        source_es: "Código Civil neerlandés (BW) 6:119a: tipo de refinanciación del BCE + 8 puntos por semestre, sumado al principal al cumplirse cada año (6:119a.3); 40 EUR (6:96.4)",
        source_en: "Dutch Civil Code 6:119a: ECB refinancing rate + 8 points per half-year, added to the principal after each year (6:119a(3)); EUR 40 (6:96(4))",
        covered_until: Some(2026_12_31),
        rows: NL_COMMERCIAL,
        rule: RateRule::TableCompoundedYearly,
        compensation: Compensation::Eu40 { from: 2013_03_16 },
    },
    Regime {
        id: "mx-commercial",
        name_es: "México, interés mercantil legal (Código de Comercio art. 362)",
        name_en: "Mexico, commercial interest (Código de Comercio art. 362)",
        source_es: "Código de Comercio, art. 362: a falta de pacto, el 6 % anual",
        source_en: "Código de Comercio, art. 362: absent an agreement, 6 % a year",
        covered_until: None,
        rows: MX_COMMERCIAL,
        rule: RateRule::Table,
        compensation: Compensation::None,
    },
    Regime {
        id: "fixed",
        name_es: "Tipo pactado",
        name_en: "Contract rate",
        source_es: "El tipo anual que fija el contrato (annualRatePercent)",
        source_en: "The annual rate set by the contract (annualRatePercent)",
        covered_until: None,
        rows: &[],
        rule: RateRule::CallerRate,
        compensation: Compensation::None,
    },
    Regime {
        id: "custom",
        name_es: "Tabla propia",
        name_en: "Custom table",
        source_es: "Los tipos que indica quien llama (rateTable)",
        source_en: "The rates the caller gives (rateTable)",
        covered_until: None,
        rows: &[],
        rule: RateRule::CallerTable,
        compensation: Compensation::None,
    },
];

/// The base table and statutory margin behind a regime whose rows are
/// derived, or `None` when its rows are its own.
pub fn margin_of(id: &str) -> Option<Margin> {
    match id {
        "de-b2b" => Some(Margin {
            base: DE_BASE,
            add: 900,
        }),
        "de-b2c" => Some(Margin {
            base: DE_BASE,
            add: 500,
        }),
        "uk-commercial" => Some(Margin {
            base: UK_BASE,
            add: 800,
        }),
        _ => None,
    }
}
