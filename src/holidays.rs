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
    d.add_days(ahead, "year")
}

/// The `n`-th `weekday` of a month (n from 1), or the last when `n` is 0.
fn nth_weekday(year: i32, month: u32, weekday: Weekday, n: i64) -> Result<Date> {
    if n == 0 {
        let last = Date::new(year, month, 1, "year")?.month_end();
        let back = (weekday_index(last.weekday()) - weekday_index(weekday)).rem_euclid(7);
        return last.add_days(-back, "year");
    }
    on_or_after(Date::new(year, month, 1, "year")?, weekday)?.add_days(7 * (n - 1), "year")
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
    let mut days = match country {
        Country::Co => colombia(year)?,
        Country::Mx => mexico(year)?,
        Country::Es => spain(year)?,
        Country::De => germany(year)?,
        Country::GbEng => england(year)?,
        Country::Nl => netherlands(year)?,
    };
    days.sort_by_key(|(d, _)| *d);
    let mut out: Vec<Holiday> = Vec::with_capacity(days.len());
    for (date, n) in days {
        match out.last_mut() {
            Some(last) if last.date == date => last.name.push(n),
            _ => out.push(Holiday {
                date,
                name: vec![n],
            }),
        }
    }
    Ok(out)
}

/// Colombia: Ley 51 de 1983 moves seven holidays and three Easter feasts to
/// the next Monday; the rest stay on their day.
fn colombia(year: i32) -> Result<Vec<(Date, Name)>> {
    let easter = easter(year)?;
    let fixed = |m, d| Date::new(year, m, d, "year");
    // "Cuando no caigan en día lunes se trasladarán al lunes siguiente."
    let monday = |m, d| on_or_after(Date::new(year, m, d, "year")?, Weekday::Mon);
    let e = |n| easter.add_days(n, "year");
    Ok(vec![
        (fixed(1, 1)?, NEW_YEAR),
        (monday(1, 6)?, es_name("Día de los Reyes Magos", "Epiphany")),
        (
            monday(3, 19)?,
            es_name("Día de San José", "Saint Joseph's Day"),
        ),
        (e(-3)?, es_name("Jueves Santo", "Maundy Thursday")),
        (e(-2)?, GOOD_FRIDAY),
        (fixed(5, 1)?, LABOUR_DAY),
        // Thursday 39 days after Easter, moved to the Monday after.
        (e(43)?, es_name("Ascensión del Señor", "Ascension Day")),
        // Thursday 60 days after Easter, moved to the Monday after.
        (e(64)?, es_name("Corpus Christi", "Corpus Christi")),
        // Friday 68 days after Easter, moved to the Monday after.
        (e(71)?, es_name("Sagrado Corazón de Jesús", "Sacred Heart")),
        (
            monday(6, 29)?,
            es_name("San Pedro y San Pablo", "Saint Peter and Saint Paul"),
        ),
        (
            fixed(7, 20)?,
            es_name("Día de la Independencia", "Independence Day"),
        ),
        (
            fixed(8, 7)?,
            es_name("Batalla de Boyacá", "Battle of Boyacá"),
        ),
        (monday(8, 15)?, ASSUMPTION),
        (monday(10, 12)?, es_name("Día de la Raza", "Columbus Day")),
        (monday(11, 1)?, ALL_SAINTS),
        (
            monday(11, 11)?,
            es_name("Independencia de Cartagena", "Independence of Cartagena"),
        ),
        (fixed(12, 8)?, IMMACULATE),
        (fixed(12, 25)?, CHRISTMAS),
    ])
}

/// Mexico: the days off of art. 74 of the Ley Federal del Trabajo. The
/// federal and local election days the article also names are left to the
/// caller's own dates.
fn mexico(year: i32) -> Result<Vec<(Date, Name)>> {
    let fixed = |m, d| Date::new(year, m, d, "year");
    let mut out = vec![
        (fixed(1, 1)?, NEW_YEAR),
        (
            nth_weekday(year, 2, Weekday::Mon, 1)?,
            es_name("Día de la Constitución", "Constitution Day"),
        ),
        (
            nth_weekday(year, 3, Weekday::Mon, 3)?,
            es_name("Natalicio de Benito Juárez", "Benito Juárez's Birthday"),
        ),
        (fixed(5, 1)?, LABOUR_DAY),
        (
            fixed(9, 16)?,
            es_name("Día de la Independencia", "Independence Day"),
        ),
        (
            nth_weekday(year, 11, Weekday::Mon, 3)?,
            es_name("Día de la Revolución", "Revolution Day"),
        ),
        (fixed(12, 25)?, CHRISTMAS),
    ];
    // "El 1o. de octubre de cada seis años, cuando corresponda a la
    // transmisión del Poder Ejecutivo Federal": 2024, 2030, …; until 2018
    // the term began on 1 December.
    let transfer = es_name(
        "Transmisión del Poder Ejecutivo Federal",
        "Inauguration of the President",
    );
    if year >= 2024 && (year - 2024) % 6 == 0 {
        out.push((fixed(10, 1)?, transfer));
    } else if year < 2024 && (year - 2012) % 6 == 0 {
        out.push((fixed(12, 1)?, transfer));
    }
    Ok(out)
}

/// Spain: the national holidays every region keeps. Jueves Santo, 19 March,
/// 25 July and the Monday after a holiday on Sunday vary by region and are
/// left to the caller's own dates.
fn spain(year: i32) -> Result<Vec<(Date, Name)>> {
    let fixed = |m, d| Date::new(year, m, d, "year");
    Ok(vec![
        (fixed(1, 1)?, NEW_YEAR),
        (fixed(1, 6)?, es_name("Epifanía del Señor", "Epiphany")),
        (easter(year)?.add_days(-2, "year")?, GOOD_FRIDAY),
        (fixed(5, 1)?, es_name("Fiesta del Trabajo", "Labour Day")),
        (fixed(8, 15)?, ASSUMPTION),
        (
            fixed(10, 12)?,
            es_name("Fiesta Nacional de España", "National Day of Spain"),
        ),
        (fixed(11, 1)?, ALL_SAINTS),
        (
            fixed(12, 6)?,
            es_name("Día de la Constitución Española", "Constitution Day"),
        ),
        (fixed(12, 8)?, IMMACULATE),
        (
            fixed(12, 25)?,
            es_name("Natividad del Señor", "Christmas Day"),
        ),
    ])
}

/// Germany: the holidays of every Land. Epiphany, Corpus Christi,
/// Reformation Day and the others some Länder add are left to the caller.
fn germany(year: i32) -> Result<Vec<(Date, Name)>> {
    let easter = easter(year)?;
    let fixed = |m, d| Date::new(year, m, d, "year");
    let e = |n| easter.add_days(n, "year");
    let mut out = vec![
        (fixed(1, 1)?, name("Año Nuevo", "New Year's Day", "Neujahr")),
        (e(-2)?, name("Viernes Santo", "Good Friday", "Karfreitag")),
        (
            e(1)?,
            name("Lunes de Pascua", "Easter Monday", "Ostermontag"),
        ),
        (
            fixed(5, 1)?,
            name("Día del Trabajo", "Labour Day", "Tag der Arbeit"),
        ),
        (
            e(39)?,
            name(
                "Ascensión del Señor",
                "Ascension Day",
                "Christi Himmelfahrt",
            ),
        ),
        (
            e(50)?,
            name("Lunes de Pentecostés", "Whit Monday", "Pfingstmontag"),
        ),
        (
            fixed(10, 3)?,
            name(
                "Día de la Unidad Alemana",
                "German Unity Day",
                "Tag der Deutschen Einheit",
            ),
        ),
        (
            fixed(12, 25)?,
            name("Navidad", "Christmas Day", "1. Weihnachtstag"),
        ),
        (
            fixed(12, 26)?,
            name("San Esteban", "Second Day of Christmas", "2. Weihnachtstag"),
        ),
    ];
    if year == 2017 {
        // The 500th anniversary of the Reformation, once in every Land.
        out.push((
            fixed(10, 31)?,
            name("Día de la Reforma", "Reformation Day", "Reformationstag"),
        ));
    }
    Ok(out)
}

/// England and Wales: the bank holidays of the 1971 Act, with its
/// substitute days, and the days moved or added by royal proclamation.
fn england(year: i32) -> Result<Vec<(Date, Name)>> {
    let easter = easter(year)?;
    let fixed = |m, d| Date::new(year, m, d, "year");
    let en = |es: &'static str, en: &'static str| name(es, en, en);
    let mut out = Vec::new();

    // New Year's Day; on a weekend, the Monday after.
    let new_year = fixed(1, 1)?;
    if matches!(new_year.weekday(), Weekday::Sat | Weekday::Sun) {
        out.push((
            on_or_after(new_year, Weekday::Mon)?,
            en(
                "Año Nuevo (día sustitutivo)",
                "New Year's Day (substitute day)",
            ),
        ));
    } else {
        out.push((new_year, en("Año Nuevo", "New Year's Day")));
    }
    out.push((
        easter.add_days(-2, "year")?,
        en("Viernes Santo", "Good Friday"),
    ));
    out.push((
        easter.add_days(1, "year")?,
        en("Lunes de Pascua", "Easter Monday"),
    ));

    // Moved by proclamation: 1995 and 2020 (VE Day anniversaries) to
    // Friday 8 May; 2002, 2012 and 2022 (jubilees) to early June.
    let early_may = match year {
        1995 | 2020 => fixed(5, 8)?,
        _ => nth_weekday(year, 5, Weekday::Mon, 1)?,
    };
    out.push((
        early_may,
        en("Festivo de principios de mayo", "Early May bank holiday"),
    ));
    let spring = match year {
        2002 | 2012 => fixed(6, 4)?,
        2022 => fixed(6, 2)?,
        _ => nth_weekday(year, 5, Weekday::Mon, 0)?,
    };
    out.push((spring, en("Festivo de primavera", "Spring bank holiday")));
    out.push((
        nth_weekday(year, 8, Weekday::Mon, 0)?,
        en("Festivo de verano", "Summer bank holiday"),
    ));

    // Christmas and Boxing Day: a day on a weekend is replaced by the next
    // weekday that is not already a holiday.
    let christmas = fixed(12, 25)?;
    let boxing = fixed(12, 26)?;
    let christmas_name = en("Navidad", "Christmas Day");
    let christmas_sub = en(
        "Navidad (día sustitutivo)",
        "Christmas Day (substitute day)",
    );
    let boxing_name = en("San Esteban", "Boxing Day");
    let boxing_sub = en(
        "San Esteban (día sustitutivo)",
        "Boxing Day (substitute day)",
    );
    match christmas.weekday() {
        // Christmas on Saturday: Monday 27 and Tuesday 28.
        Weekday::Sat => {
            out.push((fixed(12, 27)?, christmas_sub));
            out.push((fixed(12, 28)?, boxing_sub));
        }
        // Christmas on Sunday: Boxing Day on Monday 26, Christmas on
        // Tuesday 27.
        Weekday::Sun => {
            out.push((boxing, boxing_name));
            out.push((fixed(12, 27)?, christmas_sub));
        }
        // Christmas on Friday: Boxing Day (Saturday) on Monday 28.
        Weekday::Fri => {
            out.push((christmas, christmas_name));
            out.push((fixed(12, 28)?, boxing_sub));
        }
        _ => {
            out.push((christmas, christmas_name));
            out.push((boxing, boxing_name));
        }
    }

    // One-off bank holidays by royal proclamation.
    let proclaimed: &[(i32, u32, u32, Name)] = &[
        (1981, 7, 29, en("Boda real", "Royal Wedding")),
        (1999, 12, 31, en("Milenio", "Millennium Celebrations")),
        (2002, 6, 3, en("Jubileo de Oro", "Golden Jubilee")),
        (2011, 4, 29, en("Boda real", "Royal Wedding")),
        (2012, 6, 5, en("Jubileo de Diamante", "Diamond Jubilee")),
        (2022, 6, 3, en("Jubileo de Platino", "Platinum Jubilee")),
        (
            2022,
            9,
            19,
            en(
                "Funeral de Estado de la reina Isabel II",
                "State Funeral of Queen Elizabeth II",
            ),
        ),
        (
            2023,
            5,
            8,
            en(
                "Coronación del rey Carlos III",
                "Coronation of King Charles III",
            ),
        ),
    ];
    for (y, m, d, n) in proclaimed {
        if *y == year {
            out.push((fixed(*m, *d)?, *n));
        }
    }
    Ok(out)
}

/// The Netherlands: the holidays of art. 3 of the Algemene termijnenwet,
/// with Easter and Whit Sunday. Good Friday is not one of them.
fn netherlands(year: i32) -> Result<Vec<(Date, Name)>> {
    let easter = easter(year)?;
    let fixed = |m, d| Date::new(year, m, d, "year");
    let e = |n| easter.add_days(n, "year");
    // Koningsdag, 27 April since 2014 (Koninginnedag, 30 April, before);
    // on a Sunday, the Saturday before.
    let (king, king_name) = if year >= 2014 {
        (
            fixed(4, 27)?,
            name("Día del Rey", "King's Day", "Koningsdag"),
        )
    } else {
        (
            fixed(4, 30)?,
            name("Día de la Reina", "Queen's Day", "Koninginnedag"),
        )
    };
    let king = if king.weekday() == Weekday::Sun {
        king.add_days(-1, "year")?
    } else {
        king
    };
    Ok(vec![
        (
            fixed(1, 1)?,
            name("Año Nuevo", "New Year's Day", "Nieuwjaarsdag"),
        ),
        (
            e(0)?,
            name("Domingo de Pascua", "Easter Sunday", "Eerste Paasdag"),
        ),
        (
            e(1)?,
            name("Lunes de Pascua", "Easter Monday", "Tweede Paasdag"),
        ),
        (king, king_name),
        (
            fixed(5, 5)?,
            name("Día de la Liberación", "Liberation Day", "Bevrijdingsdag"),
        ),
        (
            e(39)?,
            name("Ascensión del Señor", "Ascension Day", "Hemelvaartsdag"),
        ),
        (
            e(49)?,
            name(
                "Domingo de Pentecostés",
                "Whit Sunday",
                "Eerste Pinksterdag",
            ),
        ),
        (
            e(50)?,
            name("Lunes de Pentecostés", "Whit Monday", "Tweede Pinksterdag"),
        ),
        (
            fixed(12, 25)?,
            name("Navidad", "Christmas Day", "Eerste Kerstdag"),
        ),
        (
            fixed(12, 26)?,
            name("San Esteban", "Boxing Day", "Tweede Kerstdag"),
        ),
    ])
}

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
