//! Debtor links, proposals and calendars (SPEC §6) through the JSON API.

use serde_json::{json, Value};

fn call(f: fn(&str) -> Result<String, cobro::api::ApiError>, input: &Value) -> Value {
    let text = f(&input.to_string())
        .unwrap_or_else(|e| panic!("{input}: {} {} {}", e.code, e.field, e.message));
    serde_json::from_str(&text).expect("the API returns JSON")
}

fn fail(
    f: fn(&str) -> Result<String, cobro::api::ApiError>,
    input: &Value,
) -> cobro::api::ApiError {
    match f(&input.to_string()) {
        Ok(out) => panic!("{input} should fail, gave {out}"),
        Err(e) => e,
    }
}

/// A hostile creditor name: markup, the iCalendar and CSV separators, and
/// every kind of line break.
const HOSTILE: &str = "<img src=x onerror=alert(1)>; Núñez, \"S.L.\"\r\nLínea 2\rfin\\";

fn offer() -> Value {
    json!({
        "amount": "1350.5", "currency": "EUR", "asOf": "2026-11-29", "validUntil": "2026-12-31",
        "reference": "F-2026-014, F-2026-019",
        "creditor": {"name": HOSTILE, "email": "cobros@estudionorte.example", "whatsapp": "+34 600 111 222"},
        "policy": {"maxInstallments": 12, "minInstallmentAmount": "50", "minDownPaymentPercent": 10,
                   "maxTermDays": 365, "maxFirstPaymentDays": 31, "allowedFrequencies": ["monthly", "biweekly"]},
        "annualRatePercent": "0", "method": "french", "fee": "0",
        "settlement": {"percent": "5", "deadline": "2026-12-15"},
        "country": "ES", "lang": "en", "locale": "en-GB"
    })
}

fn fragment_of(offer: &Value) -> String {
    call(cobro::api::encode_offer_json, offer)["fragment"]
        .as_str()
        .expect("fragment")
        .to_string()
}

#[test]
fn offer_round_trip_keeps_every_field() {
    let fragment = fragment_of(&offer());
    // URL-safe: only what a fragment and a chat message carry as is.
    assert!(
        fragment
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"&=%+-._*".contains(&b)),
        "{fragment}"
    );
    assert!(fragment.starts_with("o1&n=%3Cimg+src%3Dx"), "{fragment}");
    let back = call(
        cobro::api::decode_offer_json,
        &json!({ "fragment": format!("#{fragment}") }),
    );
    // The same fields, amounts with the currency's two decimals, the phone in E.164.
    assert_eq!(
        back,
        json!({
            "amount": "1350.50", "currency": "EUR", "asOf": "2026-11-29", "validUntil": "2026-12-31",
            "reference": "F-2026-014, F-2026-019",
            "creditor": {"name": HOSTILE, "email": "cobros@estudionorte.example", "whatsapp": "+34600111222"},
            "policy": {"maxInstallments": 12, "minInstallmentAmount": "50.00", "minDownPaymentPercent": "10",
                       "maxTermDays": 365, "maxFirstPaymentDays": 31, "allowedFrequencies": ["monthly", "biweekly"]},
            "annualRatePercent": "0", "method": "french", "fee": "0.00",
            "settlement": {"percent": "5", "deadline": "2026-12-15"},
            "country": "ES", "lang": "en", "locale": "en-GB"
        })
    );
    // Encoding what was decoded gives the same link.
    assert_eq!(fragment_of(&back), fragment);
}

#[test]
fn a_minimal_offer_is_short() {
    let fragment = fragment_of(&json!({
        "amount": 900, "currency": "EUR", "asOf": "2026-11-29", "creditor": {"name": "Ana"}
    }));
    // Hand-derived layout; the checksum is CRC-32 of "n=Ana\na=900.00\nc=EUR\nt=2026-11-29\n".
    let body = "n=Ana\na=900.00\nc=EUR\nt=2026-11-29\n";
    let crc = crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC).checksum(body.as_bytes());
    assert_eq!(
        fragment,
        format!("o1&n=Ana&a=900.00&c=EUR&t=2026-11-29&k={crc:08x}")
    );
}

/// A fragment with a valid checksum around arbitrary pairs: what a
/// determined debtor can build, so the fields must still be validated.
fn forged(pairs: &[(&str, &str)]) -> String {
    let mut body = String::new();
    let mut out = form_urlencoded::Serializer::new(String::from("o1"));
    for (k, v) in pairs {
        body.push_str(&format!("{k}={v}\n"));
        out.append_pair(k, v);
    }
    let crc = crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC).checksum(body.as_bytes());
    out.append_pair("k", &format!("{crc:08x}"));
    out.finish()
}

#[test]
fn damaged_or_forged_links_give_coded_errors() {
    let good = fragment_of(&offer());
    let cut = &good[..good.find("&c=EUR").expect("currency")];
    let cases: Vec<(String, &str, &str)> = vec![
        (
            good.replacen("a=1350.50", "a=1950.50", 1),
            "invalid_link",
            "fragment",
        ),
        (cut.to_string(), "invalid_link", "fragment"),
        (
            good.replacen("o1&", "o9&", 1),
            "unsupported_version",
            "fragment",
        ),
        ("plan".to_string(), "invalid_link", "fragment"),
        (String::new(), "invalid_link", "fragment"),
        ("%%%&&&===".to_string(), "invalid_link", "fragment"),
        (
            format!("o1&{}", "x=1&".repeat(2000)),
            "out_of_range",
            "fragment",
        ),
        (
            forged(&[("n", "A"), ("a", "-5"), ("c", "EUR"), ("t", "2026-11-29")]),
            "invalid_amount",
            "amount",
        ),
        (
            forged(&[("n", "A"), ("a", "5"), ("c", "XXX"), ("t", "2026-11-29")]),
            "unknown_currency",
            "currency",
        ),
        (
            forged(&[("n", "A"), ("a", "5"), ("c", "EUR"), ("t", "2026-02-30")]),
            "invalid_date",
            "asOf",
        ),
        (
            forged(&[
                ("n", "A"),
                ("w", "600111222"),
                ("a", "5"),
                ("c", "EUR"),
                ("t", "2026-11-29"),
            ]),
            "invalid_phone",
            "creditor.whatsapp",
        ),
        (
            forged(&[
                ("n", "A"),
                ("e", "a@b"),
                ("a", "5"),
                ("c", "EUR"),
                ("t", "2026-11-29"),
            ]),
            "invalid_email",
            "creditor.email",
        ),
        (
            forged(&[
                ("n", "A"),
                ("a", "5"),
                ("c", "EUR"),
                ("t", "2026-11-29"),
                ("pi", "0"),
            ]),
            "out_of_range",
            "policy.maxInstallments",
        ),
        (
            forged(&[
                ("n", "A"),
                ("a", "5"),
                ("c", "EUR"),
                ("t", "2026-11-29"),
                ("pf", "daily"),
            ]),
            "invalid_option",
            "policy.allowedFrequencies[0]",
        ),
        (
            forged(&[("a", "5"), ("c", "EUR"), ("t", "2026-11-29")]),
            "missing_field",
            "creditor.name",
        ),
        (
            forged(&[
                ("n", "A"),
                ("a", "5"),
                ("c", "EUR"),
                ("t", "2026-11-29"),
                ("sp", "100"),
                ("sd", "2026-12-01"),
            ]),
            "out_of_range",
            "settlement.percent",
        ),
    ];
    for (fragment, code, field) in cases {
        let e = fail(
            cobro::api::decode_offer_json,
            &json!({ "fragment": fragment, "lang": "en" }),
        );
        assert_eq!(
            (e.code, e.field.as_str()),
            (code, field),
            "{fragment}: {}",
            e.message
        );
        assert!(e.message.len() < 400, "{}", e.message);
    }
}

#[test]
fn an_unknown_version_says_so_plainly() {
    let good = fragment_of(&offer());
    let e = fail(
        cobro::api::decode_offer_json,
        &json!({ "fragment": good.replacen("o1&", "o2&", 1) }),
    );
    assert_eq!(
        e.message,
        "Este enlace o código usa un formato (o2) que esta versión de Cobro no sabe leer; pide uno nuevo."
    );
    // "o01" is not version 1.
    let e = fail(
        cobro::api::decode_offer_json,
        &json!({ "fragment": good.replacen("o1&", "o01&", 1) }),
    );
    assert_eq!(e.code, "unsupported_version");
}

#[test]
fn a_cut_link_still_says_whom_to_ask() {
    let mut o = offer();
    o["creditor"]["name"] = json!("Estudio Norte");
    let good = fragment_of(&o);
    let cut = &good[..good.find("&t=").expect("date")];
    let e = fail(cobro::api::decode_offer_json, &json!({ "fragment": cut }));
    assert_eq!(
        e.message,
        "Este enlace no es válido: está incompleto; puede que se cortara al copiarlo; pide uno nuevo a Estudio Norte (cobros@estudionorte.example · +34600111222)."
    );
    let e = fail(
        cobro::api::decode_offer_json,
        &json!({ "fragment": cut, "lang": "en" }),
    );
    assert!(
        e.message
            .starts_with("This link is not valid: it is incomplete"),
        "{}",
        e.message
    );
}

#[test]
fn offers_are_validated_when_encoded() {
    let cases = [
        (
            "/creditor/email",
            json!("no at sign"),
            "invalid_email",
            "creditor.email",
        ),
        (
            "/creditor/whatsapp",
            json!("+0034 600"),
            "invalid_phone",
            "creditor.whatsapp",
        ),
        (
            "/creditor/name",
            json!("x".repeat(101)),
            "out_of_range",
            "creditor.name",
        ),
        // A right-to-left override would reverse the sentence around the name.
        (
            "/creditor/name",
            json!("Ana \u{202e}gnp.exe"),
            "invalid_text",
            "creditor.name",
        ),
        ("/reference", json!("F-1\u{0}"), "invalid_text", "reference"),
        // Limits that leave the debtor no plan at all.
        (
            "/policy/minDownPaymentPercent",
            json!("100"),
            "out_of_range",
            "policy.minDownPaymentPercent",
        ),
        (
            "/policy/minInstallmentAmount",
            json!("2000"),
            "out_of_range",
            "policy.minInstallmentAmount",
        ),
        (
            "/validUntil",
            json!("2026-12-10"),
            "date_order",
            "settlement.deadline",
        ),
        (
            "/validUntil",
            json!("2026-11-01"),
            "date_order",
            "validUntil",
        ),
        (
            "/settlement/deadline",
            json!("2026-11-29"),
            "date_order",
            "settlement.deadline",
        ),
        (
            "/annualRatePercent",
            json!("-1"),
            "out_of_range",
            "annualRatePercent",
        ),
        ("/country", json!("spain"), "invalid_option", "country"),
        ("/amount", json!("0"), "invalid_amount", "amount"),
    ];
    for (path, value, code, field) in cases {
        let mut o = offer();
        *o.pointer_mut(path).expect(path) = value;
        let e = fail(cobro::api::encode_offer_json, &o);
        assert_eq!((e.code, e.field.as_str()), (code, field), "{path}");
    }
}

fn proposal_input(installments: u32) -> Value {
    json!({
        "amount": "1350.50", "currency": "EUR", "startDate": "2026-11-29", "installments": installments,
        "frequency": "monthly", "downPaymentPercent": "10", "reference": "F-2026-014",
        "creditorName": "Estudio Norte", "lang": "es"
    })
}

fn creditor_terms(code: &str) -> Value {
    json!({
        "code": code, "amount": "1350.50", "currency": "EUR", "creditorName": "Estudio Norte",
        "policy": {"maxInstallments": 12, "minInstallmentAmount": "50", "minDownPaymentPercent": 10,
                   "allowedFrequencies": ["monthly", "biweekly"]},
        "lang": "es"
    })
}

#[test]
fn a_proposal_inside_the_policy_fits() {
    let encoded = call(cobro::api::encode_proposal_json, &proposal_input(10));
    let code = encoded["code"].as_str().expect("code");
    assert!(
        code.starts_with("p1&a=1350.50&c=EUR&s=2026-11-29&dq=10&n=10&f=monthly&r=F-2026-014&k="),
        "{code}"
    );
    // Down payment 10 % = 135.05; 1215.45 / 10 = 121.545 → rounded up 121.55; last 1215.45 − 9 × 121.55 = 121.50.
    assert_eq!(
        encoded["summary"],
        "Entrada de 135,05\u{a0}€ el 29 de noviembre de 2026. Pagos: 10 × 121,55\u{a0}€ (el último, 121,50\u{a0}€); periodicidad: mensual; del 29 de diciembre de 2026 al 29 de septiembre de 2027. Total: 1350,50\u{a0}€."
    );
    let body = encoded["message"]["body"].as_str().expect("body");
    assert!(body.starts_with("Hola, Estudio Norte:\n\nPropongo pagar la deuda de 1350,50\u{a0}€ (ref. F-2026-014) así:"), "{body}");
    assert!(body.contains("\nEntrada. 29 de noviembre de 2026: 135,05\u{a0}€\n1. 29 de diciembre de 2026: 121,55\u{a0}€\n"), "{body}");
    assert!(
        body.contains("\n10. 29 de septiembre de 2027: 121,50\u{a0}€\n"),
        "{body}"
    );
    assert!(body.contains(code), "{body}");
    assert_eq!(
        encoded["message"]["subject"],
        "Propuesta de pago (ref. F-2026-014)"
    );

    // The creditor pastes it back, with the line breaks a mail program adds.
    let wrapped = format!("  {}\n{} ", &code[..30], &code[30..]);
    let check = call(cobro::api::check_proposal_json, &creditor_terms(&wrapped));
    assert_eq!(check["fits"], true);
    assert_eq!(check["violations"], json!([]));
    assert_eq!(check["kind"], "plan");
    assert_eq!(check["reference"], "F-2026-014");
    assert_eq!(check["plan"]["count"], 10);
    assert_eq!(check["plan"]["installmentAmount"], "121.55");
    assert_eq!(check["plan"]["schedule"][9]["payment"], "121.50");
    assert_eq!(
        check["reply"]["subject"],
        "Aceptamos su plan de pagos (ref. F-2026-014)"
    );
    let reply = check["reply"]["body"].as_str().expect("reply");
    assert!(
        reply.contains("La aceptamos y le confirmamos por escrito lo acordado (ref. F-2026-014):"),
        "{reply}"
    );
    assert!(reply.ends_with("Un saludo,\nEstudio Norte"), "{reply}");
    // The input it holds computes the same plan through paymentPlan.
    let again = crate::plan(check["input"].clone());
    assert_eq!(again["schedule"], check["plan"]["schedule"]);
}

#[test]
fn the_creditors_policy_decides_not_the_links() {
    // A debtor who edited the link to allow 24 installments proposes 24.
    let code = call(cobro::api::encode_proposal_json, &proposal_input(24))["code"]
        .as_str()
        .expect("code")
        .to_string();
    let check = call(cobro::api::check_proposal_json, &creditor_terms(&code));
    assert_eq!(check["fits"], false);
    // 1215.45 / 24 = 50.64375 → 50.65, above the 50 € minimum: only the count breaks the policy.
    assert_eq!(
        check["violations"],
        json!([{"code": "max_installments", "field": "installments",
                "message": "El plan tiene 24 cuotas; el máximo permitido es 12."}])
    );
    let reply = check["reply"]["body"].as_str().expect("reply");
    assert!(reply.contains("No podemos aceptarla tal como está:\n\n• El plan tiene 24 cuotas; el máximo permitido es 12.\n"), "{reply}");
}

#[test]
fn a_proposal_for_other_terms_does_not_fit() {
    let mut input = proposal_input(6);
    input["annualRatePercent"] = json!("0");
    let code = call(cobro::api::encode_proposal_json, &input)["code"]
        .as_str()
        .expect("code")
        .to_string();
    let cases = [
        (json!({"amount": "1400.00"}), "amount_mismatch", "La propuesta es por 1350,50\u{a0}€, pero la deuda es de 1400,00\u{a0}€."),
        (json!({"currency": "USD"}), "currency_mismatch", "La propuesta está en EUR, pero la deuda está en USD."),
        (json!({"annualRatePercent": "7.5"}), "annual_rate_mismatch", "La propuesta aplica un interés del 0\u{a0}%; tus condiciones dicen 7,5\u{a0}%."),
        (json!({"fee": "25"}), "fee_mismatch", "La propuesta lleva una comisión de 0,00\u{a0}€; tus condiciones dicen 25,00\u{a0}€."),
        (json!({"method": "german"}), "method_mismatch", "La propuesta usa otro sistema de amortización (french) que el tuyo (german)."),
        (json!({"validUntil": "2026-11-28"}), "offer_expired", "La propuesta es del 29 de noviembre de 2026; la oferta solo valía hasta el 28 de noviembre de 2026."),
        // One day of grace for time zones: 28 Nov is fine, 27 Nov is not.
        (json!({"asOf": "2026-11-27"}), "start_in_future", "La propuesta empieza el 29 de noviembre de 2026, después de hoy (27 de noviembre de 2026)."),
    ];
    for (change, code_id, message) in cases {
        let mut terms = creditor_terms(&code);
        for (k, v) in change.as_object().expect("object") {
            terms[k] = v.clone();
        }
        let check = call(cobro::api::check_proposal_json, &terms);
        assert_eq!(check["fits"], false, "{change}");
        let found: Vec<&Value> = check["violations"]
            .as_array()
            .expect("list")
            .iter()
            .collect();
        assert!(
            found
                .iter()
                .any(|v| v["code"] == code_id && v["message"] == message),
            "{change}: {found:?}"
        );
    }
    // Dated the day after the creditor's today: within the day of grace.
    let mut terms = creditor_terms(&code);
    terms["asOf"] = json!("2026-11-28");
    assert_eq!(call(cobro::api::check_proposal_json, &terms)["fits"], true);
}

#[test]
fn settlement_proposals() {
    let input = json!({
        "amount": "1350.50", "currency": "EUR", "startDate": "2026-11-29", "firstDueDate": "2026-12-10",
        "settlement": {"percent": "5", "deadline": "2026-12-15"}, "reference": "F-2026-014", "lang": "en", "locale": "en-GB"
    });
    let encoded = call(cobro::api::encode_proposal_json, &input);
    // 5 % of 1350.50 = 67.525 → 67.53 half-up; to pay 1282.97.
    assert_eq!(
        encoded["summary"],
        "A single payment of €1,282.97 on 10 December 2026, with a 5% discount (€67.53) on €1,350.50."
    );
    let code = encoded["code"].as_str().expect("code");
    let mut terms = creditor_terms(code);
    terms["lang"] = json!("en");
    terms["settlement"] = json!({"percent": "5", "deadline": "2026-12-15"});
    let check = call(cobro::api::check_proposal_json, &terms);
    assert_eq!(check["fits"], true, "{check}");
    assert_eq!(check["kind"], "settlement");
    assert_eq!(
        check["settlement"],
        json!({"percent": "5", "deadline": "2026-12-15", "discount": "67.53", "amountToPay": "1282.97"})
    );
    // A creditor who offers less, or no discount at all.
    terms["settlement"] = json!({"percent": "3", "deadline": "2026-12-05"});
    let check = call(cobro::api::check_proposal_json, &terms);
    let codes: Vec<&Value> = check["violations"]
        .as_array()
        .expect("list")
        .iter()
        .map(|v| &v["code"])
        .collect();
    assert_eq!(
        codes,
        [&json!("settlement_percent"), &json!("settlement_deadline")]
    );
    terms.as_object_mut().expect("object").remove("settlement");
    let check = call(cobro::api::check_proposal_json, &terms);
    assert_eq!(check["violations"][0]["code"], "settlement_not_offered");
    // The creditor's own settlement is read by the same rule as an offer's.
    terms["settlement"] = json!({"percent": "150", "deadline": "2026-12-15"});
    let e = fail(cobro::api::check_proposal_json, &terms);
    assert_eq!(
        (e.code, e.field.as_str()),
        ("out_of_range", "settlement.percent")
    );
    // A settlement cannot also have installments.
    let mut both = input.clone();
    both["installments"] = json!(3);
    assert_eq!(
        fail(cobro::api::encode_proposal_json, &both).code,
        "conflicting_fields"
    );
}

#[test]
fn damaged_proposal_codes() {
    let code = call(cobro::api::encode_proposal_json, &proposal_input(10))["code"]
        .as_str()
        .expect("code")
        .to_string();
    for (bad, expected) in [
        (code.replacen("n=10", "n=11", 1), "invalid_link"),
        (code[..code.len() - 3].to_string(), "invalid_link"),
        (code.replacen("p1&", "p2&", 1), "unsupported_version"),
        (fragment_of(&offer()), "invalid_link"),
    ] {
        let e = fail(cobro::api::check_proposal_json, &creditor_terms(&bad));
        assert_eq!((e.code, e.field.as_str()), (expected, "code"), "{bad}");
    }
    let e = fail(
        cobro::api::check_proposal_json,
        &creditor_terms(&code.replacen("n=10", "n=11", 1)),
    );
    assert_eq!(e.message, "Este código no es válido: su contenido no coincide con su código de control: se copió mal o se modificó.");
}

/// Unfolds an .ics (RFC 5545 §3.1) into its logical lines.
fn unfold(ics: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for physical in ics.split("\r\n") {
        match physical.strip_prefix(' ') {
            Some(rest) => lines.last_mut().expect("a line before").push_str(rest),
            None => lines.push(physical.to_string()),
        }
    }
    lines
}

#[test]
fn the_calendar_has_one_event_per_payment() {
    let mut input = proposal_input(10);
    input["creditorName"] = json!(HOSTILE);
    let mut plan_only = input.clone();
    for extra in ["creditorName", "reference"] {
        plan_only.as_object_mut().expect("object").remove(extra);
    }
    let plan = crate::plan(plan_only);
    let ics = call(cobro::api::plan_calendar_json, &input)["ics"]
        .as_str()
        .expect("ics")
        .to_string();
    assert!(!ics.starts_with('\u{feff}'));
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    // Only CRLF line ends, and no physical line over 75 octets.
    assert!(!ics.replace("\r\n", "").contains(['\r', '\n']));
    assert!(ics.split("\r\n").all(|l| l.len() <= 75));
    let lines = unfold(&ics);
    let events: Vec<&[String]> = lines.split(|l| l == "BEGIN:VEVENT").skip(1).collect();
    // The down payment on the start date, then the ten installments.
    assert_eq!(events.len(), 11);
    let field = |e: &[String], name: &str| {
        e.iter()
            .find_map(|l| l.strip_prefix(name))
            .unwrap_or_else(|| panic!("{name}"))
            .to_string()
    };
    assert_eq!(field(events[0], "DTSTART;VALUE=DATE:"), "20261129");
    assert!(field(events[0], "SUMMARY:").starts_with("Entrada: 135\\,05\u{a0}€ · Pago a <img src=x onerror=alert(1)>\\; Núñez\\, \"S.L.\"\\nLínea 2\\nfin\\\\"));
    let schedule = plan["schedule"].as_array().expect("schedule");
    for (event, row) in events[1..].iter().zip(schedule) {
        let due = row["dueDate"].as_str().expect("date").replace('-', "");
        assert_eq!(field(event, "DTSTART;VALUE=DATE:"), due);
        let amount = row["payment"]
            .as_str()
            .expect("payment")
            .replace('.', "\\,");
        let n = row["number"].as_u64().expect("number");
        assert!(
            field(event, "SUMMARY:").starts_with(&format!("Cuota {n}/10: {amount}\u{a0}€")),
            "{event:?}"
        );
        assert!(event.contains(&"TRIGGER:-P1D".to_string()));
        assert!(event.contains(&"BEGIN:VALARM".to_string()));
    }
    let mut uids: Vec<String> = events.iter().map(|e| field(e, "UID:")).collect();
    uids.sort();
    uids.dedup();
    assert_eq!(uids.len(), 11);
    // Stable: the same plan gives the same file.
    let again = call(cobro::api::plan_calendar_json, &input)["ics"]
        .as_str()
        .expect("ics")
        .to_string();
    assert_eq!(again, ics);
}

#[test]
fn fees_and_unlike_installments_are_in_words_lines_and_calendar() {
    // 1000 € at 12 % over 3 months starting 2027-01-10, first due 2027-03-10
    // (one month late: the first installment carries the odd days' interest), fee 20.
    let input = json!({
        "amount": "1000", "currency": "EUR", "startDate": "2027-01-10", "installments": 3,
        "annualRatePercent": "12", "fee": "20", "firstDueDate": "2027-03-10", "lang": "es"
    });
    let plan = crate::plan(input.clone());
    let first = plan["schedule"][0]["payment"]
        .as_str()
        .expect("first")
        .replace('.', ",");
    let regular = plan["installmentAmount"]
        .as_str()
        .expect("regular")
        .replace('.', ",");
    assert_ne!(first, regular, "the odd days make the first one larger");
    let encoded = call(cobro::api::encode_proposal_json, &input);
    let summary = encoded["summary"].as_str().expect("summary");
    assert!(
        summary.starts_with(&format!(
            "Comisión de apertura de 20,00\u{a0}€ el 10 de enero de 2027. Pagos: 3 × {regular}\u{a0}€ (el primero, {first}\u{a0}€"
        )),
        "{summary}"
    );
    let body = encoded["message"]["body"].as_str().expect("body");
    assert!(
        body.contains(
            "\nComisión de apertura. 10 de enero de 2027: 20,00\u{a0}€\n1. 10 de marzo de 2027: "
        ),
        "{body}"
    );
    // The calendar: the fee on the agreement day (no reminder on its eve), then three installments.
    let ics = call(cobro::api::plan_calendar_json, &input)["ics"]
        .as_str()
        .expect("ics")
        .to_string();
    let lines = unfold(&ics);
    let events: Vec<&[String]> = lines.split(|l| l == "BEGIN:VEVENT").skip(1).collect();
    assert_eq!(events.len(), 4);
    assert!(events[0].contains(&"DTSTART;VALUE=DATE:20270110".to_string()));
    assert!(events[0]
        .iter()
        .any(|l| l.starts_with("SUMMARY:Comisión de apertura: 20\\,00\u{a0}€")));
    assert!(!events[0].contains(&"BEGIN:VALARM".to_string()));
    // Σ of what the calendar asks for = the plan's overall total.
    let total: rust_decimal::Decimal = plan["schedule"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            r["payment"]
                .as_str()
                .expect("payment")
                .parse::<rust_decimal::Decimal>()
                .expect("decimal")
        })
        .sum::<rust_decimal::Decimal>()
        + rust_decimal::Decimal::new(20, 0);
    assert_eq!(
        total.to_string(),
        plan["totals"]["overall"].as_str().expect("overall")
    );
}

#[test]
fn first_payment_limit_and_settlement_bounds() {
    // A first payment far out breaks maxFirstPaymentDays in the creditor's check.
    let mut input = proposal_input(6);
    input["firstDueDate"] = json!("2035-01-01");
    let code = call(cobro::api::encode_proposal_json, &input)["code"]
        .as_str()
        .expect("code")
        .to_string();
    let mut terms = creditor_terms(&code);
    terms["policy"]["maxFirstPaymentDays"] = json!(31);
    let check = call(cobro::api::check_proposal_json, &terms);
    assert_eq!(check["fits"], false);
    // 2026-11-29 → 2034-11-29: 8 × 365 + 2 leap days = 2922; → 2035-01-01: + 33 = 2955 days.
    assert_eq!(
        check["violations"][0],
        json!({"code": "max_first_payment_days", "field": "firstDueDate",
               "message": "El primer pago es el 1 de enero de 2035, 2955 días después del acuerdo; el máximo permitido es 31 días."})
    );
    // A settlement paid after its own deadline, or one that leaves nothing to pay.
    let settlement = json!({
        "amount": "1350.50", "currency": "EUR", "startDate": "2026-11-29", "firstDueDate": "2026-12-20",
        "settlement": {"percent": "5", "deadline": "2026-12-15"}
    });
    let e = fail(cobro::api::encode_proposal_json, &settlement);
    assert_eq!(
        (e.code, e.field.as_str()),
        ("date_order", "settlement.deadline")
    );
    let mut all = settlement.clone();
    all["firstDueDate"] = json!("2026-12-10");
    all["settlement"]["percent"] = json!("99.9999");
    let e = fail(cobro::api::encode_proposal_json, &all);
    assert_eq!(
        (e.code, e.field.as_str()),
        ("out_of_range", "settlement.percent")
    );
}
