//! Public holidays by rule (SPEC §2): Colombia, Mexico, Spain, Germany,
//! England and Wales, the Netherlands.
//!
//! Each country's holidays are computed from its law for the year asked:
//! fixed days, days moved to a Monday, days counted from Easter Sunday,
//! "the third Monday of March", substitute days. Nothing is a typed-in list
//! of dates, except the few one-off days a government proclaimed (a royal
//! jubilee in England, the 500th Reformation Day in Germany), which no rule
//! can know.
//!
//! ```
//! use cobro::holidays::{public_holidays, Country};
//! let co = public_holidays(Country::Co, 2025, "year")?;
//! // Sagrado Corazón and San Pedro y San Pablo both move to Monday 30 June:
//! // one day off, two names.
//! let june30: Vec<_> = co.iter().filter(|h| h.date.to_string() == "2025-06-30").collect();
//! assert_eq!(june30.len(), 1);
//! assert_eq!(june30[0].name.len(), 2);
//! # Ok::<(), cobro::Error>(())
//! ```

use crate::date::{Date, Weekday};
use crate::error::{Code, Error, Result};
use crate::input::Obj;
use crate::json::Json;
use crate::locale::Lang;
use serde::Serialize;

/// A country (or, for the United Kingdom, a nation) with a holiday rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Country {
    /// Colombia (Ley 51 de 1983).
    Co,
    /// Mexico (Ley Federal del Trabajo, art. 74).
    Mx,
    /// Spain: the national holidays common to every region.
    Es,
    /// Germany: the holidays of every Land (federal and state law).
    De,
    /// England and Wales (Banking and Financial Dealings Act 1971).
    GbEng,
    /// The Netherlands (Algemene termijnenwet, art. 3).
    Nl,
}

/// The codes `holidays` and `publicHolidays` accept, in the order listed
/// in errors.
pub const CODES: &[(&str, Country)] = &[
    ("CO", Country::Co),
    ("MX", Country::Mx),
    ("ES", Country::Es),
    ("DE", Country::De),
    ("GB-ENG", Country::GbEng),
    ("NL", Country::Nl),
];

impl Country {
    /// The country of an ISO 3166 code (`"CO"`, `"GB-ENG"`; case is
    /// ignored).
    ///
    /// # Errors
    /// `unknown_country` about `field`, naming the codes known.
    pub fn find(code: &str, field: &str) -> Result<Country> {
        CODES
            .iter()
            .find(|(c, _)| c.eq_ignore_ascii_case(code.trim()))
            .map(|(_, country)| *country)
            .ok_or_else(|| {
                let known: Vec<&str> = CODES.iter().map(|(c, _)| *c).collect();
                Error::localized(
                    Code::UnknownCountry,
                    field,
                    format!(
                        "«{}»; los países con calendario son {}",
                        crate::error::quote(code),
                        known.join(", ")
                    ),
                    format!(
                        "“{}”; the countries with a calendar are {}",
                        crate::error::quote(code),
                        known.join(", ")
                    ),
                )
            })
    }

    /// The code of the country, as [`Country::find`] reads it.
    pub fn code(self) -> &'static str {
        CODES
            .iter()
            .find(|(_, c)| *c == self)
            .map_or("", |(code, _)| code)
    }

    /// The first year whose holidays the rule gives as they were: the law
    /// it follows was in force then.
    pub fn first_year(self) -> i32 {
        match self {
            // Ley 51 de 1983 ("Ley Emiliani") took effect in 1984.
            Country::Co => 1984,
            // The Monday holidays of art. 74 LFT (DOF 17 January 2006), first
            // kept in full in 2007.
            Country::Mx => 2007,
            // Real Decreto 2001/1983 and the Fiesta Nacional of Ley 18/1987.
            Country::Es => 1988,
            // Buß- und Bettag stopped being a holiday of every Land in 1995.
            Country::De => 1995,
            // The early May bank holiday was first given in 1978.
            Country::GbEng => 1978,
            // Koningsdag and Koninginnedag: 30 April since 1949, on the
            // 29th when the 30th is a Sunday since 1980.
            Country::Nl => 1980,
        }
    }

    /// The law the calendar follows, for a page's source line.
    pub fn source(self) -> &'static str {
        match self {
            Country::Co => "Ley 51 de 1983 (festivos trasladados al lunes) y Ley 37 de 1905",
            Country::Mx => "Ley Federal del Trabajo, art. 74",
            Country::Es => "Estatuto de los Trabajadores, art. 37.2, y Real Decreto 2001/1983, art. 45 (fiestas nacionales comunes)",
            Country::De => "Feiertagsgesetze der Länder; Einigungsvertrag, Art. 2 (Tag der Deutschen Einheit)",
            Country::GbEng => "Banking and Financial Dealings Act 1971, Schedule 1, and royal proclamations",
            Country::Nl => "Algemene termijnenwet, art. 3",
        }
    }
}

/// A holiday's name in Spanish and English, and in the country's own
/// language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Name {
    /// In Spanish.
    pub es: &'static str,
    /// In English.
    pub en: &'static str,
    /// As the country names it.
    pub local: &'static str,
}

impl Name {
    /// The name in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        lang.pick(self.es, self.en)
    }
}

/// One day off: its date and the holiday (or holidays, when two fall on
/// the same day) it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Holiday {
    /// The day off.
    pub date: Date,
    /// The holidays of that day, at least one.
    pub name: Vec<Name>,
}

const fn name(es: &'static str, en: &'static str, local: &'static str) -> Name {
    Name { es, en, local }
}

/// A name that is the same in Spanish and in the country's language.
const fn es_name(es: &'static str, en: &'static str) -> Name {
    Name { es, en, local: es }
}

const NEW_YEAR: Name = es_name("Año Nuevo", "New Year's Day");
const GOOD_FRIDAY: Name = es_name("Viernes Santo", "Good Friday");
const LABOUR_DAY: Name = es_name("Día del Trabajo", "Labour Day");
const CHRISTMAS: Name = es_name("Navidad", "Christmas Day");
const ASSUMPTION: Name = es_name("Asunción de la Virgen", "Assumption Day");
const ALL_SAINTS: Name = es_name("Todos los Santos", "All Saints' Day");
const IMMACULATE: Name = es_name("Inmaculada Concepción", "Immaculate Conception");

/// Easter Sunday of `year` in the Gregorian calendar: the "anonymous
/// Gregorian" computus (Meeus, *Astronomical Algorithms*, ch. 8), exact
/// for every Gregorian year.
pub fn easter(year: i32) -> Result<Date> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, month.unsigned_abs(), day.unsigned_abs(), "year")
}

/// `year-month-day`, one out-of-line function for every rule (each
/// inlined `Date::new` would carry its own error text into the wasm).
#[inline(never)]
fn ymd(year: i32, month: u32, day: u32) -> Result<Date> {
    Date::new(year, month, day, "year")
}

/// `d` moved by `n` days, out of line for the same reason.
#[inline(never)]
fn shift(d: Date, n: i64) -> Result<Date> {
    d.add_days(n, "year")
}

/// Days of the week as chrono counts them from Monday.
fn weekday_index(w: Weekday) -> i64 {
    match w {
        Weekday::Mon => 0,
        Weekday::Tue => 1,
        Weekday::Wed => 2,
        Weekday::Thu => 3,
        Weekday::Fri => 4,
        Weekday::Sat => 5,
        Weekday::Sun => 6,
    }
}

/// The first `weekday` on or after `d`.
fn on_or_after(d: Date, weekday: Weekday) -> Result<Date> {
    let ahead = (weekday_index(weekday) - weekday_index(d.weekday())).rem_euclid(7);
    shift(d, ahead)
}

/// The `n`-th `weekday` of a month (n from 1), or the last when `n` is 0.
fn nth_weekday(year: i32, month: u32, weekday: Weekday, n: i64) -> Result<Date> {
    if n == 0 {
        let last = ymd(year, month, 1)?.month_end();
        let back = (weekday_index(last.weekday()) - weekday_index(weekday)).rem_euclid(7);
        return shift(last, -back);
    }
    shift(on_or_after(ymd(year, month, 1)?, weekday)?, 7 * (n - 1))
}

/// When a holiday falls, as its law says.
#[derive(Clone, Copy)]
enum When {
    /// On its day.
    Fixed(u32, u32),
    /// On its day, or the next Monday when that is not a Monday (Colombia,
    /// Ley 51 de 1983: "cuando no caigan en día lunes se trasladarán al
    /// lunes siguiente").
    Monday(u32, u32),
    /// Days after Easter Sunday (negative: before).
    Easter(i64),
    /// The `n`-th Monday of a month (`0`: the last).
    NthMonday(u32, i64),
    /// On its day; on a Sunday, the Saturday before (Koningsdag).
    SundayToSaturday(u32, u32),
    /// On its day; on a Saturday or a Sunday, the days given later, with
    /// the rule's substitute name (England's substitute days).
    Substitute(u32, u32, i64, i64),
}

/// The years a rule holds.
#[derive(Clone, Copy)]
enum Years {
    /// Every year of the country's calendar.
    All,
    /// From this year on.
    From(i32),
    /// Until this year.
    Until(i32),
    /// Only these years (a day moved by proclamation).
    Only(&'static [i32]),
    /// This year alone (a day added by proclamation).
    Once(i32),
    /// Every year but these (the years it was moved).
    Except(&'static [i32]),
    /// Every `step` years from `first` to `last`.
    Every(i32, i32, i32),
}

impl Years {
    fn holds(self, year: i32) -> bool {
        match self {
            Years::All => true,
            Years::From(y) => year >= y,
            Years::Until(y) => year <= y,
            Years::Only(list) => list.contains(&year),
            Years::Once(y) => year == y,
            Years::Except(list) => !list.contains(&year),
            Years::Every(first, last, step) => {
                (first..=last).contains(&year) && (year - first) % step == 0
            }
        }
    }
}

/// One holiday of a country's law.
struct Rule {
    when: When,
    years: Years,
    name: Name,
    /// The name of a substitute day ([`When::Substitute`]).
    substitute: Option<Name>,
}

const fn rule(when: When, name: Name) -> Rule {
    Rule {
        when,
        years: Years::All,
        name,
        substitute: None,
    }
}

const fn rule_in(when: When, years: Years, name: Name) -> Rule {
    Rule {
        when,
        years,
        name,
        substitute: None,
    }
}

/// A bank holiday proclaimed for one day: `year-m-d`, named in Spanish and
/// English.
const fn once(year: i32, m: u32, d: u32, es: &'static str, en: &'static str) -> Rule {
    rule_in(When::Fixed(m, d), Years::Once(year), en_name(es, en))
}

const fn substitute(m: u32, d: u32, sat: i64, sun: i64, name: Name, moved: Name) -> Rule {
    Rule {
        when: When::Substitute(m, d, sat, sun),
        years: Years::All,
        name,
        substitute: Some(moved),
    }
}

/// The day (and name) a rule gives in `year`, or `None` when it does not
/// hold that year.
fn day_of(r: &Rule, year: i32, easter: Date) -> Result<Option<(Date, Name)>> {
    if !r.years.holds(year) {
        return Ok(None);
    }
    let mut name = r.name;
    let date = match r.when {
        When::Fixed(m, d) => ymd(year, m, d)?,
        When::Monday(m, d) => on_or_after(ymd(year, m, d)?, Weekday::Mon)?,
        When::Easter(n) => shift(easter, n)?,
        When::NthMonday(m, n) => nth_weekday(year, m, Weekday::Mon, n)?,
        When::SundayToSaturday(m, d) => {
            let day = ymd(year, m, d)?;
            if day.weekday() == Weekday::Sun {
                shift(day, -1)?
            } else {
                day
            }
        }
        When::Substitute(m, d, sat, sun) => {
            let day = ymd(year, m, d)?;
            let by = match day.weekday() {
                Weekday::Sat => sat,
                Weekday::Sun => sun,
                _ => 0,
            };
            if by != 0 {
                name = r.substitute.unwrap_or(name);
            }
            shift(day, by)?
        }
    };
    Ok(Some((date, name)))
}

/// The holidays of `country` in `year`, in date order; two holidays on one
/// day make one entry with both names.
///
/// # Errors
/// `out_of_range` about `field` for a year before the country's rule
/// ([`Country::first_year`]) or after 2200.
pub fn public_holidays(country: Country, year: i32, field: &str) -> Result<Vec<Holiday>> {
    if year < country.first_year() || year > crate::date::MAX_YEAR {
        return Err(Error::localized(
            Code::OutOfRange,
            field,
            format!(
                "{year}; el calendario de {} se calcula para los años {}–{}",
                country.code(),
                country.first_year(),
                crate::date::MAX_YEAR
            ),
            format!(
                "{year}; the {} calendar is computed for the years {}–{}",
                country.code(),
                country.first_year(),
                crate::date::MAX_YEAR
            ),
        ));
    }
    let rules = match country {
        Country::Co => COLOMBIA,
        Country::Mx => MEXICO,
        Country::Es => SPAIN,
        Country::De => GERMANY,
        Country::GbEng => ENGLAND,
        Country::Nl => NETHERLANDS,
    };
    let easter = easter(year)?;
    // In date order as they come (a country has a score of rules: an
    // insertion keeps the wasm free of a general sort for these items).
    let mut out: Vec<Holiday> = Vec::with_capacity(rules.len());
    for r in rules {
        let Some((date, n)) = day_of(r, year, easter)? else {
            continue;
        };
        let at = out.partition_point(|h| h.date < date);
        match out.get_mut(at) {
            Some(same) if same.date == date => same.name.push(n),
            _ => out.insert(
                at,
                Holiday {
                    date,
                    name: vec![n],
                },
            ),
        }
    }
    Ok(out)
}

/// Colombia: Ley 51 de 1983 moves seven holidays and three Easter feasts to
/// the next Monday; the rest stay on their day.
const COLOMBIA: &[Rule] = &[
    rule(When::Fixed(1, 1), NEW_YEAR),
    rule(
        When::Monday(1, 6),
        es_name("Día de los Reyes Magos", "Epiphany"),
    ),
    rule(
        When::Monday(3, 19),
        es_name("Día de San José", "Saint Joseph's Day"),
    ),
    rule(When::Easter(-3), es_name("Jueves Santo", "Maundy Thursday")),
    rule(When::Easter(-2), GOOD_FRIDAY),
    rule(When::Fixed(5, 1), LABOUR_DAY),
    // Thursday 39 days after Easter, moved to the Monday after.
    rule(
        When::Easter(43),
        es_name("Ascensión del Señor", "Ascension Day"),
    ),
    // Thursday 60 days after Easter, moved to the Monday after.
    rule(
        When::Easter(64),
        es_name("Corpus Christi", "Corpus Christi"),
    ),
    // Friday 68 days after Easter, moved to the Monday after.
    rule(
        When::Easter(71),
        es_name("Sagrado Corazón de Jesús", "Sacred Heart"),
    ),
    rule(
        When::Monday(6, 29),
        es_name("San Pedro y San Pablo", "Saint Peter and Saint Paul"),
    ),
    rule(
        When::Fixed(7, 20),
        es_name("Día de la Independencia", "Independence Day"),
    ),
    rule(
        When::Fixed(8, 7),
        es_name("Batalla de Boyacá", "Battle of Boyacá"),
    ),
    rule(When::Monday(8, 15), ASSUMPTION),
    rule(
        When::Monday(10, 12),
        es_name("Día de la Raza", "Columbus Day"),
    ),
    rule(When::Monday(11, 1), ALL_SAINTS),
    rule(
        When::Monday(11, 11),
        es_name("Independencia de Cartagena", "Independence of Cartagena"),
    ),
    rule(When::Fixed(12, 8), IMMACULATE),
    rule(When::Fixed(12, 25), CHRISTMAS),
];

/// The day the President takes office, a holiday of art. 74 LFT: 1 October
/// every six years from 2024 ("cuando corresponda a la transmisión del
/// Poder Ejecutivo Federal"), 1 December until 2018.
const INAUGURATION: Name = es_name(
    "Transmisión del Poder Ejecutivo Federal",
    "Inauguration of the President",
);

/// Mexico: the days off of art. 74 of the Ley Federal del Trabajo. The
/// federal and local election days the article also names are left to the
/// caller's own dates.
const MEXICO: &[Rule] = &[
    rule(When::Fixed(1, 1), NEW_YEAR),
    rule(
        When::NthMonday(2, 1),
        es_name("Día de la Constitución", "Constitution Day"),
    ),
    rule(
        When::NthMonday(3, 3),
        es_name("Natalicio de Benito Juárez", "Benito Juárez's Birthday"),
    ),
    rule(When::Fixed(5, 1), LABOUR_DAY),
    rule(
        When::Fixed(9, 16),
        es_name("Día de la Independencia", "Independence Day"),
    ),
    rule_in(
        When::Fixed(10, 1),
        Years::Every(2024, 2200, 6),
        INAUGURATION,
    ),
    rule(
        When::NthMonday(11, 3),
        es_name("Día de la Revolución", "Revolution Day"),
    ),
    rule_in(
        When::Fixed(12, 1),
        Years::Every(2012, 2018, 6),
        INAUGURATION,
    ),
    rule(When::Fixed(12, 25), CHRISTMAS),
];

/// Spain: the national holidays every region keeps. Jueves Santo, 19 March,
/// 25 July and the Monday after a holiday on Sunday vary by region and are
/// left to the caller's own dates.
const SPAIN: &[Rule] = &[
    rule(When::Fixed(1, 1), NEW_YEAR),
    rule(When::Fixed(1, 6), es_name("Epifanía del Señor", "Epiphany")),
    rule(When::Easter(-2), GOOD_FRIDAY),
    rule(
        When::Fixed(5, 1),
        es_name("Fiesta del Trabajo", "Labour Day"),
    ),
    rule(When::Fixed(8, 15), ASSUMPTION),
    rule(
        When::Fixed(10, 12),
        es_name("Fiesta Nacional de España", "National Day of Spain"),
    ),
    rule(When::Fixed(11, 1), ALL_SAINTS),
    rule(
        When::Fixed(12, 6),
        es_name("Día de la Constitución Española", "Constitution Day"),
    ),
    rule(When::Fixed(12, 8), IMMACULATE),
    rule(
        When::Fixed(12, 25),
        es_name("Natividad del Señor", "Christmas Day"),
    ),
];

/// Germany: the holidays of every Land. Epiphany, Corpus Christi,
/// Reformation Day and the others some Länder add are left to the caller.
const GERMANY: &[Rule] = &[
    rule(
        When::Fixed(1, 1),
        name("Año Nuevo", "New Year's Day", "Neujahr"),
    ),
    rule(
        When::Easter(-2),
        name("Viernes Santo", "Good Friday", "Karfreitag"),
    ),
    rule(
        When::Easter(1),
        name("Lunes de Pascua", "Easter Monday", "Ostermontag"),
    ),
    rule(
        When::Fixed(5, 1),
        name("Día del Trabajo", "Labour Day", "Tag der Arbeit"),
    ),
    rule(
        When::Easter(39),
        name(
            "Ascensión del Señor",
            "Ascension Day",
            "Christi Himmelfahrt",
        ),
    ),
    rule(
        When::Easter(50),
        name("Lunes de Pentecostés", "Whit Monday", "Pfingstmontag"),
    ),
    rule(
        When::Fixed(10, 3),
        name(
            "Día de la Unidad Alemana",
            "German Unity Day",
            "Tag der Deutschen Einheit",
        ),
    ),
    // The 500th anniversary of the Reformation, once in every Land.
    rule_in(
        When::Fixed(10, 31),
        Years::Once(2017),
        name("Día de la Reforma", "Reformation Day", "Reformationstag"),
    ),
    rule(
        When::Fixed(12, 25),
        name("Navidad", "Christmas Day", "1. Weihnachtstag"),
    ),
    rule(
        When::Fixed(12, 26),
        name("San Esteban", "Second Day of Christmas", "2. Weihnachtstag"),
    ),
];

/// A name in Spanish and English, English being England's own.
const fn en_name(es: &'static str, en: &'static str) -> Name {
    Name { es, en, local: en }
}

/// England and Wales: the bank holidays of the 1971 Act with its
/// substitute days (a holiday on a weekend moves to the next weekday that
/// is not one already), and the days moved or added by royal proclamation.
const ENGLAND: &[Rule] = &[
    // New Year's Day on a Saturday: Monday 3; on a Sunday: Monday 2.
    substitute(
        1,
        1,
        2,
        1,
        en_name("Año Nuevo", "New Year's Day"),
        en_name(
            "Año Nuevo (día sustitutivo)",
            "New Year's Day (substitute day)",
        ),
    ),
    rule(When::Easter(-2), en_name("Viernes Santo", "Good Friday")),
    rule(When::Easter(1), en_name("Lunes de Pascua", "Easter Monday")),
    // Moved to Friday 8 May in 1995 and 2020 (VE Day anniversaries).
    rule_in(
        When::NthMonday(5, 1),
        Years::Except(&[1995, 2020]),
        EARLY_MAY,
    ),
    rule_in(When::Fixed(5, 8), Years::Only(&[1995, 2020]), EARLY_MAY),
    // Moved to early June for the jubilees of 2002, 2012 and 2022.
    rule_in(
        When::NthMonday(5, 0),
        Years::Except(&[2002, 2012, 2022]),
        SPRING,
    ),
    rule_in(When::Fixed(6, 4), Years::Only(&[2002, 2012]), SPRING),
    rule_in(When::Fixed(6, 2), Years::Once(2022), SPRING),
    rule(
        When::NthMonday(8, 0),
        en_name("Festivo de verano", "Summer bank holiday"),
    ),
    // Christmas on a Saturday or a Sunday: Monday or Tuesday 27.
    substitute(
        12,
        25,
        2,
        2,
        en_name("Navidad", "Christmas Day"),
        en_name(
            "Navidad (día sustitutivo)",
            "Christmas Day (substitute day)",
        ),
    ),
    // Boxing Day on a Saturday or a Sunday: Monday or Tuesday 28.
    substitute(
        12,
        26,
        2,
        2,
        en_name("San Esteban", "Boxing Day"),
        en_name(
            "San Esteban (día sustitutivo)",
            "Boxing Day (substitute day)",
        ),
    ),
    // One-off bank holidays by royal proclamation.
    once(1981, 7, 29, "Boda real", "Royal Wedding"),
    once(1999, 12, 31, "Milenio", "Millennium Celebrations"),
    once(2002, 6, 3, "Jubileo de Oro", "Golden Jubilee"),
    once(2011, 4, 29, "Boda real", "Royal Wedding"),
    once(2012, 6, 5, "Jubileo de Diamante", "Diamond Jubilee"),
    once(2022, 6, 3, "Jubileo de Platino", "Platinum Jubilee"),
    once(
        2022,
        9,
        19,
        "Funeral de Estado de la reina Isabel II",
        "State Funeral of Queen Elizabeth II",
    ),
    once(
        2023,
        5,
        8,
        "Coronación del rey Carlos III",
        "Coronation of King Charles III",
    ),
];

const EARLY_MAY: Name = en_name("Festivo de principios de mayo", "Early May bank holiday");
const SPRING: Name = en_name("Festivo de primavera", "Spring bank holiday");

/// The Netherlands: the holidays of art. 3 of the Algemene termijnenwet,
/// with Easter and Whit Sunday. Good Friday is not one of them.
const NETHERLANDS: &[Rule] = &[
    rule(
        When::Fixed(1, 1),
        name("Año Nuevo", "New Year's Day", "Nieuwjaarsdag"),
    ),
    rule(
        When::Easter(0),
        name("Domingo de Pascua", "Easter Sunday", "Eerste Paasdag"),
    ),
    rule(
        When::Easter(1),
        name("Lunes de Pascua", "Easter Monday", "Tweede Paasdag"),
    ),
    // Koningsdag, 27 April since 2014 (Koninginnedag, 30 April, before);
    // on a Sunday, the Saturday before.
    rule_in(
        When::SundayToSaturday(4, 27),
        Years::From(2014),
        name("Día del Rey", "King's Day", "Koningsdag"),
    ),
    rule_in(
        When::SundayToSaturday(4, 30),
        Years::Until(2013),
        name("Día de la Reina", "Queen's Day", "Koninginnedag"),
    ),
    rule(
        When::Fixed(5, 5),
        name("Día de la Liberación", "Liberation Day", "Bevrijdingsdag"),
    ),
    rule(
        When::Easter(39),
        name("Ascensión del Señor", "Ascension Day", "Hemelvaartsdag"),
    ),
    rule(
        When::Easter(49),
        name(
            "Domingo de Pentecostés",
            "Whit Sunday",
            "Eerste Pinksterdag",
        ),
    ),
    rule(
        When::Easter(50),
        name("Lunes de Pentecostés", "Whit Monday", "Tweede Pinksterdag"),
    ),
    rule(
        When::Fixed(12, 25),
        name("Navidad", "Christmas Day", "Eerste Kerstdag"),
    ),
    rule(
        When::Fixed(12, 26),
        name("San Esteban", "Boxing Day", "Tweede Kerstdag"),
    ),
];

/// What a `holidays` field holds: country calendars and the caller's own
/// dates.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Holidays {
    /// Countries whose public holidays are days off.
    pub countries: Vec<Country>,
    /// Further days off (a local feast, a company holiday).
    pub dates: Vec<Date>,
}

impl Holidays {
    /// No holidays at all.
    pub fn is_empty(&self) -> bool {
        self.countries.is_empty() && self.dates.is_empty()
    }

    /// The field as the API writes it: the country codes, then the dates.
    pub fn to_texts(&self) -> Vec<String> {
        self.countries
            .iter()
            .map(|c| c.code().to_string())
            .chain(self.dates.iter().map(Date::to_string))
            .collect()
    }

    /// Reads `holidays`: a country code, a date, or a list of both
    /// (`"CO"`, `["CO", "2026-03-19"]`).
    ///
    /// # Errors
    /// `invalid_type` for an item that is not a text, `unknown_country` for
    /// a text that is neither a date nor a known code, `invalid_date` for a
    /// date that does not exist, `too_many_items` past the list limit.
    pub(crate) fn read(o: &Obj, name: &str) -> Result<Holidays> {
        let mut out = Holidays::default();
        if let Some(Json::String(text)) = o.map_value(name) {
            out.add(text, &o.path(name))?;
            return Ok(out);
        }
        for (path, v) in o.array(name)?.unwrap_or_default() {
            let text = v.as_str().ok_or_else(|| {
                Error::localized(
                    Code::InvalidType,
                    path.clone(),
                    "una fecha o un código de país",
                    "a date or a country code",
                )
            })?;
            out.add(text, &path)?;
        }
        Ok(out)
    }

    /// Adds one item: a `YYYY-MM-DD` date, or else a country code.
    fn add(&mut self, text: &str, path: &str) -> Result<()> {
        let t = text.trim();
        if t.len() == 10 && t.as_bytes().first().is_some_and(u8::is_ascii_digit) {
            self.dates.push(Date::parse(t, path)?);
        } else {
            let c = Country::find(t, path)?;
            if !self.countries.contains(&c) {
                self.countries.push(c);
            }
        }
        Ok(())
    }
}

/// One entry of `publicHolidays`: a day off and its holidays' names.
#[derive(Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct HolidayItem {
    /// The day off.
    date: Date,
    /// The holiday in the asked language; two holidays of one day are
    /// joined by "; ".
    name: String,
    /// As the country names it (`Karfreitag`, `Koningsdag`).
    local_name: String,
}

/// The result of `publicHolidays`.
#[derive(Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PublicHolidays {
    /// The country code asked.
    #[cfg_attr(feature = "typegen", ts(as = "crate::typegen::CountryCode"))]
    country: &'static str,
    /// The year asked.
    year: i32,
    /// The law the calendar follows.
    source: &'static str,
    /// The days off, in date order, each date once.
    holidays: Vec<HolidayItem>,
}

/// `publicHolidays({country, year, lang})` (SPEC §2).
///
/// # Errors
/// `unknown_country`, `out_of_range` (a year before the country's rule),
/// the usual field errors.
pub fn public_holidays_api(value: &Json) -> Result<PublicHolidays> {
    let o = Obj::root(value)?;
    o.only(&[&["country", "year", "lang"]])?;
    let lang = o.lang()?;
    let code = o.required("country", o.str("country"))?;
    let country = Country::find(code, "country")?;
    let year = o.required(
        "year",
        o.count(
            "year",
            crate::date::MIN_YEAR.unsigned_abs(),
            crate::date::MAX_YEAR.unsigned_abs(),
        ),
    )?;
    let year = i32::try_from(year).unwrap_or(crate::date::MAX_YEAR);
    let holidays = public_holidays(country, year, "year")?
        .iter()
        .map(|h| {
            let join = |f: &dyn Fn(&Name) -> &'static str| {
                h.name.iter().map(f).collect::<Vec<_>>().join("; ")
            };
            HolidayItem {
                date: h.date,
                name: join(&|n| n.get(lang)),
                local_name: join(&|n| n.local),
            }
        })
        .collect();
    Ok(PublicHolidays {
        country: country.code(),
        year,
        source: country.source(),
        holidays,
    })
}
