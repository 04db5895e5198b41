//! Public holidays by rule (SPEC §2) against published calendars, and the
//! `holidays` field's country codes in plans and advice.

use super::plan;
use cobro::holidays::{public_holidays, Country};
use proptest::prelude::*;
use serde_json::{json, Value};

fn holidays(country: &str, year: i32, lang: &str) -> Value {
    let text = cobro::api::public_holidays_json(
        &json!({"country": country, "year": year, "lang": lang}).to_string(),
    )
    .unwrap_or_else(|e| panic!("{country} {year}: {} {}", e.code, e.message));
    serde_json::from_str(&text).unwrap()
}

/// The year's days off as `MM-DD`.
fn days(country: &str, year: i32) -> Vec<String> {
    holidays(country, year, "es")["holidays"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            let d = h["date"].as_str().unwrap();
            assert_eq!(&d[..4], year.to_string(), "{country} {year}: {d}");
            d[5..].to_string()
        })
        .collect()
}

fn list(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_string).collect()
}

// Every list below was also checked against python-holidays 0.109 (the
// reference library most calendars are built on); where Cobro differs on
// purpose, the test says why.

#[test]
fn colombia_2025_to_2027() {
    // 2025: Blu Radio, 16 Oct 2025, "enero (1 y 6), marzo (24), abril (17 y
    // 18), mayo (1), junio (2, 23 y 30), agosto (7 y 18) y octubre (13) …
    // el 3 y 17 de noviembre, el 8 de diciembre y el 25"; 20 July fell on a
    // Sunday (the press counts 16 days off; the list has it, a Sunday).
    assert_eq!(
        days("CO", 2025),
        list("01-01 01-06 03-24 04-17 04-18 05-01 06-02 06-23 06-30 07-20 08-07 08-18 10-13 11-03 11-17 12-08 12-25")
    );
    // 2026: El Cronista (17 Feb 2026): San José on Monday 23 March, Jueves
    // Santo 2 April, Viernes Santo 3 April, 1 May, Ascensión 18 May, Corpus
    // 8 June, Sagrado Corazón 15 June, San Pedro 29 June, 20 July…; El
    // Colombiano (14 Oct 2025): Reyes on Monday 12 January; Blu Radio: 18
    // holidays in 2026.
    assert_eq!(
        days("CO", 2026),
        list("01-01 01-12 03-23 04-02 04-03 05-01 05-18 06-08 06-15 06-29 07-20 08-07 08-17 10-12 11-02 11-16 12-08 12-25")
    );
    // 2027 (Easter 28 March): python-holidays 0.109. It also lists, from
    // 2026, a "Día de la Virgen de Chiquinquirá" that no 2026 calendar in
    // the press has (Blu Radio counts 18 days for 2026 without it): left out.
    assert_eq!(
        days("CO", 2027),
        list("01-01 01-11 03-22 03-25 03-26 05-01 05-10 05-31 06-07 07-05 07-20 08-07 08-16 10-18 11-01 11-15 12-08 12-25")
    );
}

#[test]
fn two_colombian_holidays_on_one_day_are_one_entry_with_both_names() {
    // 30 June 2025: Sagrado Corazón (Friday 27 June, moved) and San Pedro y
    // San Pablo (Sunday 29 June, moved).
    let es = holidays("CO", 2025, "es");
    let day = es["holidays"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["date"] == "2025-06-30")
        .unwrap();
    assert_eq!(
        day["name"],
        "Sagrado Corazón de Jesús; San Pedro y San Pablo"
    );
    let en = holidays("CO", 2025, "en");
    assert_eq!(
        en["holidays"][8]["name"],
        "Sacred Heart; Saint Peter and Saint Paul"
    );
    assert_eq!(
        en["holidays"][8]["localName"],
        "Sagrado Corazón de Jesús; San Pedro y San Pablo"
    );
    assert_eq!(en["country"], "CO");
    assert_eq!(en["year"], 2025);
}

#[test]
fn mexico_2025_to_2027() {
    // Ley Federal del Trabajo art. 74: 1 Jan, first Monday of February,
    // third Monday of March, 1 May, 16 Sep, third Monday of November,
    // 25 Dec; python-holidays 0.109 gives the same days.
    assert_eq!(
        days("MX", 2025),
        list("01-01 02-03 03-17 05-01 09-16 11-17 12-25")
    );
    assert_eq!(
        days("MX", 2026),
        list("01-01 02-02 03-16 05-01 09-16 11-16 12-25")
    );
    assert_eq!(
        days("MX", 2027),
        list("01-01 02-01 03-15 05-01 09-16 11-15 12-25")
    );
    // 1 October every six years from 2024 (the new President takes office).
    assert!(days("MX", 2024).contains(&"10-01".to_string()));
    assert!(days("MX", 2030).contains(&"10-01".to_string()));
    assert!(!days("MX", 2029).contains(&"10-01".to_string()));
    // Until 2018 the term began on 1 December.
    assert!(days("MX", 2018).contains(&"12-01".to_string()));
    assert!(!days("MX", 2024).contains(&"12-01".to_string()));
}

#[test]
fn spain_2025_to_2027() {
    // BOE, "Resolución … por la que se publica la relación de fiestas
    // laborales" for 2025 and 2026: the national days of every region. A
    // holiday on a Sunday (12 Oct 2025, 1 Nov and 6 Dec 2026) is listed on
    // its date; the Monday some regions give instead is theirs to add.
    // python-holidays 0.109 lists the same weekday holidays.
    assert_eq!(
        days("ES", 2025),
        list("01-01 01-06 04-18 05-01 08-15 10-12 11-01 12-06 12-08 12-25")
    );
    assert_eq!(
        days("ES", 2026),
        list("01-01 01-06 04-03 05-01 08-15 10-12 11-01 12-06 12-08 12-25")
    );
    assert_eq!(
        days("ES", 2027),
        list("01-01 01-06 03-26 05-01 08-15 10-12 11-01 12-06 12-08 12-25")
    );
}

#[test]
fn germany_2025_to_2027() {
    // The nine holidays of every Land (Bundesministerium des Innern,
    // "Gesetzliche Feiertage"); python-holidays 0.109 gives the same days.
    assert_eq!(
        days("DE", 2025),
        list("01-01 04-18 04-21 05-01 05-29 06-09 10-03 12-25 12-26")
    );
    assert_eq!(
        days("DE", 2026),
        list("01-01 04-03 04-06 05-01 05-14 05-25 10-03 12-25 12-26")
    );
    assert_eq!(
        days("DE", 2027),
        list("01-01 03-26 03-29 05-01 05-06 05-17 10-03 12-25 12-26")
    );
    let de = holidays("DE", 2026, "en");
    assert_eq!(de["holidays"][1]["name"], "Good Friday");
    assert_eq!(de["holidays"][1]["localName"], "Karfreitag");
    // 2017: the Reformation's 500th anniversary, once in every Land.
    assert!(days("DE", 2017).contains(&"10-31".to_string()));
}

#[test]
fn england_2025_to_2027_with_substitute_days() {
    // GOV.UK, "UK bank holidays", England and Wales: 2026 Boxing Day is a
    // Saturday → Monday 28 December (substitute day); 2027 Christmas is a
    // Saturday → Monday 27 and Tuesday 28 December. python-holidays 0.109
    // also lists the weekend days themselves; only the days off are here.
    assert_eq!(
        days("GB-ENG", 2025),
        list("01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26")
    );
    assert_eq!(
        days("GB-ENG", 2026),
        list("01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28")
    );
    assert_eq!(
        days("GB-ENG", 2027),
        list("01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28")
    );
    let en = holidays("GB-ENG", 2027, "en");
    assert_eq!(en["holidays"][6]["name"], "Christmas Day (substitute day)");
    assert_eq!(en["holidays"][7]["name"], "Boxing Day (substitute day)");
    // 2022: the spring bank holiday moved to 2 June, the Platinum Jubilee on
    // 3 June, the Queen's state funeral on 19 September (GOV.UK).
    assert_eq!(
        days("GB-ENG", 2022),
        list("01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27")
    );
}

#[test]
fn netherlands_2025_to_2027() {
    // Algemene termijnenwet art. 3 (the days a legal deadline moves past):
    // Nieuwjaarsdag, Easter and Whit Sunday and Monday, Koningsdag (26 April
    // in 2025, the 27th being a Sunday), 5 May, Hemelvaartsdag, both
    // Christmas days. python-holidays 0.109 follows Rijksoverheid's list
    // instead, which adds Good Friday and has 5 May only every fifth year:
    // neither moves a deadline.
    assert_eq!(
        days("NL", 2025),
        list("01-01 04-20 04-21 04-26 05-05 05-29 06-08 06-09 12-25 12-26")
    );
    assert_eq!(
        days("NL", 2026),
        list("01-01 04-05 04-06 04-27 05-05 05-14 05-24 05-25 12-25 12-26")
    );
    assert_eq!(
        days("NL", 2027),
        list("01-01 03-28 03-29 04-27 05-05 05-06 05-16 05-17 12-25 12-26")
    );
    assert_eq!(
        holidays("NL", 2025, "es")["holidays"][3]["localName"],
        "Koningsdag"
    );
}

#[test]
fn unknown_countries_and_years_are_coded_errors() {
    let err = |input: Value| cobro::api::public_holidays_json(&input.to_string()).unwrap_err();
    let e = err(json!({"country": "FR", "year": 2026}));
    assert_eq!((e.code, e.field.as_str()), ("unknown_country", "country"));
    assert_eq!(
        e.message,
        "«country»: no hay calendario de festivos para «FR»; los países con calendario son CO, MX, ES, DE, GB-ENG, NL."
    );
    let e = err(json!({"country": "GB", "year": 2026, "lang": "en"}));
    assert_eq!(
        e.message,
        "“country”: there is no holiday calendar for “GB”; the countries with a calendar are CO, MX, ES, DE, GB-ENG, NL."
    );
    let e = err(json!({"country": "CO", "year": 1983}));
    assert_eq!((e.code, e.field.as_str()), ("out_of_range", "year"));
    assert!(e.message.contains("1984–2200"), "{}", e.message);
    let e = err(json!({"country": "CO"}));
    assert_eq!((e.code, e.field.as_str()), ("missing_field", "year"));
    let e = err(json!({"country": "CO", "year": 2026, "yaer": 1}));
    assert_eq!(e.code, "unknown_field");
    // Lower case is read too.
    assert_eq!(holidays("gb-eng", 2026, "en")["country"], "GB-ENG");
}

#[test]
fn a_due_date_on_a_colombian_monday_holiday_moves_to_the_next_working_day() {
    // Monthly on the 23rd from Monday 23 March 2026 (San José, moved from
    // Thursday 19 March): due on Tuesday 24 March. 23 May is a Saturday →
    // Monday 25 May. With 24 March also a local holiday, Wednesday 25.
    let input = |holidays: Value| {
        json!({
            "amount": "3000000", "currency": "COP", "startDate": "2026-02-23", "installments": 3,
            "firstDueDate": "2026-03-23", "businessDays": "following", "holidays": holidays,
        })
    };
    let due = |p: &Value| -> Vec<String> {
        p["schedule"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["dueDate"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        due(&plan(input(json!("CO")))),
        ["2026-03-24", "2026-04-23", "2026-05-25"]
    );
    assert_eq!(
        due(&plan(input(json!(["CO", "2026-03-24"])))),
        ["2026-03-25", "2026-04-23", "2026-05-25"]
    );
    // Without the calendar, only the weekend moves.
    assert_eq!(
        due(&plan(input(json!([])))),
        ["2026-03-23", "2026-04-23", "2026-05-25"]
    );
    // Spain does not keep 23 March.
    assert_eq!(due(&plan(input(json!("ES"))))[0], "2026-03-23");
}

#[test]
fn an_advice_contact_skips_a_colombian_holiday() {
    // Seen on Monday 12 January 2026 (Reyes Magos in Colombia): the contact
    // is on Tuesday 13.
    let input = |holidays: Value| {
        json!({
            "asOf": "2026-01-12",
            "invoices": [{"number": "F-7", "amount": "1500000", "currency": "COP", "dueDate": "2026-01-02"}],
            "customer": {"name": "Ferretería Andina"},
            "regime": "fixed", "annualRatePercent": "0",
            "holidays": holidays,
        })
    };
    let advise = |v: Value| -> Value {
        serde_json::from_str(&cobro::api::collection_advice_json(&v.to_string()).unwrap()).unwrap()
    };
    assert_eq!(advise(input(json!("CO")))["contactDate"], "2026-01-13");
    assert_eq!(advise(input(json!("MX")))["contactDate"], "2026-01-12");
}

proptest! {
    #[test]
    fn every_holiday_is_in_its_year_once_and_in_order(
        country in prop::sample::select(vec![Country::Co, Country::Mx, Country::Es, Country::De, Country::GbEng, Country::Nl]),
        offset in 0i32..=216,
    ) {
        let year = (country.first_year() + offset).min(2200);
        let list = public_holidays(country, year, "year").unwrap();
        prop_assert!(!list.is_empty());
        for pair in list.windows(2) {
            prop_assert!(pair[0].date < pair[1].date, "{:?} {year}: {:?}", country, pair);
        }
        for h in &list {
            prop_assert_eq!(h.date.year(), year);
            prop_assert!(!h.name.is_empty());
        }
    }
}

#[test]
fn easter_matches_the_published_dates() {
    // Easter Sunday (Gregorian): 2024-03-31, 2025-04-20, 2026-04-05,
    // 2027-03-28, 2038-04-25 (the latest possible), 2285 is past the range.
    for (y, d) in [
        (2024, "2024-03-31"),
        (2025, "2025-04-20"),
        (2026, "2026-04-05"),
        (2027, "2027-03-28"),
        (2038, "2038-04-25"),
        (2008, "2008-03-23"),
    ] {
        assert_eq!(cobro::holidays::easter(y).unwrap().to_string(), d);
    }
}

#[test]
fn a_limit_in_days_is_kept_by_a_date_moved_only_past_days_off() {
    // 31 days from Thu 26 Nov 2026 is Sun 27 Dec; a first payment on Sat
    // 26 Dec moves to Mon 28 Dec, the working day the limit itself moves
    // to: no violation. Asked for on the 28th itself, without a
    // business-day rule, it is one day late.
    let input = |first: &str, rule: &str| {
        json!({
            "amount": "1200000", "currency": "COP", "startDate": "2026-11-26", "installments": 2,
            "firstDueDate": first, "businessDays": rule, "holidays": "CO",
            "policy": {"maxFirstPaymentDays": 31, "maxTermDays": 62},
        })
    };
    let moved = plan(input("2026-12-26", "following"));
    assert_eq!(moved["schedule"][0]["dueDate"], "2026-12-28");
    // The second, Tue 26 Jan 2027, is within 62 days (27 Jan).
    assert_eq!(moved["policyViolations"], json!([]));
    let late = plan(input("2026-12-28", "none"));
    let codes: Vec<&str> = late["policyViolations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["code"].as_str().unwrap())
        .collect();
    // Its second payment, 28 Jan 2027, is past the 62 days too.
    assert_eq!(codes, ["max_term_days", "max_first_payment_days"]);
}
