//! collectionAdvice: one test per ladder rule and per hold, the messages,
//! and bad input.

use cobro::collection::{render, MESSAGES, PLACEHOLDERS};
use serde_json::{json, Value};

fn advice(input: Value) -> Value {
    let text = cobro::api::collection_advice_json(&input.to_string())
        .unwrap_or_else(|e| panic!("{input}: {} {} {}", e.code, e.field, e.message));
    serde_json::from_str(&text).expect("JSON")
}

fn day(offset: i64) -> String {
    cobro::Date::parse("2026-10-01", "d")
        .unwrap()
        .add_days(offset, "d")
        .unwrap()
        .to_string()
}

/// One invoice of 1,000 EUR due 2026-10-01 (a Thursday), seen `late` days after.
fn base(late: i64) -> Value {
    json!({
        "invoices": [{"number": "F-101", "amount": "1000", "currency": "EUR", "issueDate": "2026-09-01", "dueDate": "2026-10-01"}],
        "asOf": day(late), "regime": "es-commercial",
        "customer": {"name": "Ana Pérez", "b2b": true},
        "creditor": {"name": "Estudio Norte", "paymentMethods": ["transferencia"], "contact": "hola@norte.example"},
    })
}

#[test]
fn default_ladder_stages_by_days_late() {
    let cases = [
        (-5, "not_due"),
        (-3, "pre_due"),
        (0, "pre_due"),
        (1, "first_reminder"),
        (6, "first_reminder"),
        (7, "second_reminder"),
        (15, "firm_notice"),
        (30, "suspension_notice"),
        (45, "formal_demand"),
        (60, "collection_agency"),
        (90, "legal_action"),
        (400, "legal_action"),
    ];
    for (late, stage) in cases {
        assert_eq!(advice(base(late))["stage"], stage, "{late} days");
    }
}

#[test]
fn next_stage_and_contacts_move_off_weekends_and_holidays() {
    // Day 7 (Thu 8 Oct): second reminder; next, the firm notice at +15 = Fri 16 Oct.
    let out = advice(base(7));
    assert_eq!(
        out["nextStage"],
        json!({"stage": "firm_notice", "date": "2026-10-16"})
    );
    // Day 15 (Fri 16 Oct): next is the suspension notice at +30 = Sat 31 Oct → Mon 2 Nov.
    let out = advice(base(15));
    assert_eq!(
        out["nextStage"],
        json!({"stage": "suspension_notice", "date": "2026-11-02"})
    );
    // With 2 Nov a holiday, it moves again to Tue 3 Nov.
    let mut input = base(15);
    input["holidays"] = json!(["2026-11-02"]);
    assert_eq!(advice(input)["nextStage"]["date"], "2026-11-03");
    // Seen on a Saturday (day 30, 31 Oct): today's contact waits for Monday 2 Nov.
    let out = advice(base(30));
    assert_eq!(out["contactDate"], "2026-11-02");
    // The firm notice's new deadline is 7 days after the contact, on a working day:
    // contact Fri 16 Oct + 7 = Fri 23 Oct.
    assert_eq!(
        advice(base(15))["values"]["newDeadline"],
        "23 de octubre de 2026"
    );
}

#[test]
fn a_custom_ladder_replaces_the_default() {
    let mut input = base(5);
    input["ladder"] = json!([
        {"stage": "first_reminder", "day": 3, "channels": ["whatsapp"]},
        {"stage": "firm_notice", "day": 10},
    ]);
    let out = advice(input.clone());
    assert_eq!(out["stage"], "first_reminder");
    assert_eq!(out["messages"].as_array().unwrap().len(), 1);
    assert_eq!(out["messages"][0]["channel"], "whatsapp");
    // +10 is Sun 11 Oct → Mon 12 Oct.
    assert_eq!(
        out["nextStage"],
        json!({"stage": "firm_notice", "date": "2026-10-12"})
    );
    input["asOf"] = json!(day(10));
    assert_eq!(advice(input)["stage"], "firm_notice");
}

#[test]
fn a_pending_promise_pauses_with_a_reminder_the_day_before() {
    let mut input = base(20);
    input["promises"] = json!([{"date": "2026-10-28", "amount": "1000"}]);
    let out = advice(input.clone());
    assert_eq!(out["stage"], "promise_pending");
    // The day before, Tue 27 Oct.
    assert_eq!(
        out["nextStage"],
        json!({"stage": "promise_pending", "date": "2026-10-27"})
    );
    let codes: Vec<&str> = out["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["pause", "remind_day_before"]);
    assert!(out["messages"][0]["body"]
        .as_str()
        .unwrap()
        .contains("28 de octubre de 2026"));
    // A promise for a Monday is reminded on the Friday before.
    input["promises"] = json!([{"date": "2026-11-02"}]);
    assert_eq!(advice(input)["nextStage"]["date"], "2026-10-30");
}

#[test]
fn a_broken_promise_moves_at_least_to_the_firm_notice() {
    let mut input = base(4);
    input["promises"] = json!([{"date": "2026-10-03", "kept": false}]);
    let out = advice(input);
    assert_eq!(out["stage"], "firm_notice");
    assert_eq!(out["notes"][0]["code"], "broken_promise");
    assert!(out["actions"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["code"] == "broken_promise"));
}

#[test]
fn a_dispute_stops_escalation() {
    let mut input = base(50);
    input["disputed"] = json!(true);
    let out = advice(input);
    assert_eq!(out["stage"], "disputed");
    assert_eq!(out["nextStage"], Value::Null);
    let codes: Vec<&str> = out["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["pause", "resolve_dispute"]);
}

#[test]
fn segments_shift_the_ladder() {
    // Day 10: the default ladder says second reminder; a high-risk customer
    // (firm notice at 9) is already at the firm notice; a punctual one
    // (second reminder at 11) still at the first reminder.
    let with = |segment: &str| {
        let mut input = base(10);
        input["customer"]["segment"] = json!(segment);
        advice(input)["stage"].clone()
    };
    assert_eq!(with("mild_arrears"), "second_reminder");
    assert_eq!(with("high_risk"), "firm_notice");
    assert_eq!(with("punctual"), "first_reminder");
    // A history can stand in for the segment: two broken promises → high risk.
    let mut input = base(10);
    input["customer"]["history"] = json!([{"invoiceId": "F-90", "amount": "500", "dueDate": "2026-06-01", "paidDate": "2026-06-01"}]);
    input["promises"] =
        json!([{"date": "2026-09-01", "kept": false}, {"date": "2026-09-20", "kept": false}]);
    let out = advice(input);
    assert_eq!(
        (out["segment"].as_str(), out["stage"].as_str()),
        (Some("high_risk"), Some("firm_notice"))
    );
}

#[test]
fn several_invoices_make_one_message() {
    let mut input = base(20);
    input["invoices"] = json!([
        {"number": "F-101", "amount": "1000", "currency": "EUR", "dueDate": "2026-10-01", "paid": "250"},
        {"number": "F-107", "amount": "480.40", "currency": "EUR", "dueDate": "2026-10-10"},
        {"number": "F-099", "amount": "300", "currency": "EUR", "dueDate": "2026-09-20", "paid": "300"},
    ]);
    let out = advice(input);
    // Days late count from the oldest open invoice (1 Oct): 20.
    assert_eq!(out["figures"]["daysLate"], 20);
    assert_eq!(out["figures"]["amountDue"], "1230.40"); // 750 + 480.40; F-099 is paid
    let email = out["messages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["channel"] == "email")
        .unwrap();
    assert_eq!(
        email["subject"],
        "Aviso de impago: F-101 y F-107. Nuevo plazo: 28 de octubre de 2026"
    );
    let body = email["body"].as_str().unwrap();
    assert!(
        body.contains("• Factura F-101 · vencimiento: 1 de octubre de 2026 · 750,00\u{a0}€"),
        "{body}"
    );
    assert!(
        body.contains("• Factura F-107 · vencimiento: 10 de octubre de 2026 · 480,40\u{a0}€"),
        "{body}"
    );
    assert!(!body.contains("F-099"));
}

#[test]
fn interest_comes_from_the_regime_and_compensation_only_for_business() {
    // 1000 € from 2 Oct to 16 Oct 2026 (15 days) at 10.40 % (Ley 3/2004, 2026 H2):
    // 1000 × 10.40 % × 15 / 365 = 4.2739… → 4.27; €40 compensation for a business.
    let out = advice(base(15));
    assert_eq!(out["figures"]["interest"], "4.27");
    assert_eq!(out["figures"]["compensation"], "40.00");
    assert_eq!(out["figures"]["totalDue"], "1044.27");
}

#[test]
fn a_consumer_gets_the_consumer_regime_of_the_country_and_no_compensation() {
    // The same debt, owed by a consumer: Ley 3/2004 is for business
    // transactions only, so the interés legal del dinero applies (3.25 % since
    // 2023, Ley de Presupuestos): 1000 × 3.25 % × 15 / 365 = 1.3356… → 1.34.
    let mut consumer = base(15);
    consumer["customer"]["b2b"] = json!(false);
    let out = advice(consumer.clone());
    assert_eq!(
        (
            out["figures"]["interest"].as_str(),
            out["figures"]["compensation"].as_str(),
            out["figures"]["totalDue"].as_str()
        ),
        (Some("1.34"), Some("0.00"), Some("1001.34"))
    );
    let note = out["notes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["code"] == "consumer_regime")
        .unwrap();
    assert_eq!(
        note["message"],
        "Cliente consumidor: se aplica «España, interés legal del dinero» en lugar de «España, operaciones \
         comerciales (Ley 3/2004)», que es solo para operaciones entre empresas, y no hay indemnización por \
         costes de cobro."
    );
    // Germany: BGB §288(1), base rate + 5 points, for consumers; in English.
    let mut german = consumer.clone();
    german["regime"] = json!("de-b2b");
    german["lang"] = json!("en");
    let out = advice(german);
    let note = out["notes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["code"] == "consumer_regime")
        .unwrap();
    assert_eq!(
        note["message"],
        "Consumer customer: “Germany, consumers (BGB §288(1))” applies instead of “Germany, business to \
         business (BGB §288(2))”, which is for business transactions only, and there is no compensation for \
         recovery costs."
    );
    assert_eq!(out["figures"]["compensation"], "0.00");
    // The UK and the Netherlands: no consumer rate shipped, so a coded error, never the commercial one.
    for regime in ["uk-commercial", "nl-commercial"] {
        let mut other = consumer.clone();
        other["regime"] = json!(regime);
        let e = cobro::api::collection_advice_json(&other.to_string()).unwrap_err();
        assert_eq!(
            (e.code, e.field.as_str()),
            ("conflicting_fields", "customer.b2b"),
            "{regime}"
        );
    }
    // A business keeps the commercial regime, with no such note.
    let out = advice(base(15));
    assert!(out["notes"]
        .as_array()
        .unwrap()
        .iter()
        .all(|n| n["code"] != "consumer_regime"));
}

#[test]
fn past_the_rate_table_the_advice_still_comes() {
    let mut input = base(100); // 9 Jan 2027: the Spanish table ends on 31 Dec 2026
    input["lang"] = json!("en");
    input["customer"]["lang"] = json!("en");
    let out = advice(input);
    assert_eq!(out["stage"], "legal_action");
    assert_eq!(out["figures"]["interest"], Value::Null);
    // The €40 does not depend on the rate: still owed.
    assert_eq!(out["figures"]["compensation"], "40.00");
    assert!(out["figures"]["interestUnknownReason"]
        .as_str()
        .unwrap()
        .starts_with("No interest rate is known for January 1, 2027"));
    let letter = out["messages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["channel"] == "letter")
        .unwrap();
    assert!(letter["body"]
        .as_str()
        .unwrap()
        .contains("Late-payment interest to date: to be calculated"));
}

#[test]
fn nothing_owed_is_paid_with_a_thank_you() {
    let mut input = base(20);
    input["invoices"][0]["paid"] = json!("1000");
    let out = advice(input);
    assert_eq!(out["stage"], "paid");
    assert_eq!(out["messages"][0]["subject"], "Gracias por su pago");
}

#[test]
fn preferred_channels_pick_among_the_stage_ones() {
    let mut input = base(15);
    input["customer"]["channels"] = json!(["sms", "whatsapp"]);
    let out = advice(input);
    let channels: Vec<&str> = out["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["channel"].as_str().unwrap())
        .collect();
    assert_eq!(channels, ["sms"]); // the firm notice has no WhatsApp message
    let sms = &out["messages"][0];
    // Folded to GSM-7: no accents GSM-7 lacks, so 153-septet segments.
    assert_eq!(sms["sms"]["encoding"], "gsm7");
    assert_eq!(
        sms["body"],
        "Estudio Norte: quedan 1044,27 € pendientes de la factura F-101, intereses incluidos. Pague a mas tardar el 23 de octubre de 2026. Contacto: hola@norte.example"
    );
    assert_eq!(
        (sms["sms"]["segments"].as_u64(), sms["segments"].as_u64()),
        (Some(1), Some(1))
    );
}

#[test]
fn bad_input_has_its_code_and_path() {
    let cases = [
        (
            json!({"invoices": [
            {"number": "1", "amount": "10", "currency": "EUR", "dueDate": "2026-10-01"},
            {"number": "2", "amount": "10", "currency": "EUR", "dueDate": "2026-10-01"},
            {"number": "3", "amount": "10", "currency": "USD", "dueDate": "2026-10-01"}]}),
            "currency_mismatch",
            "invoices[2].currency",
        ),
        (
            json!({"invoices": [
            {"number": "1", "amount": "10", "currency": "EUR", "dueDate": "2026-10-01"},
            {"number": "2", "amount": "10", "currency": "EUR", "dueDate": "2026-10-01", "paid": "10.01"}]}),
            "overpaid",
            "invoices[1].paid",
        ),
        (
            json!({"promises": [{"amount": "10"}]}),
            "missing_field",
            "promises[0].date",
        ),
        (
            json!({"ladder": [{"stage": "first_reminder", "day": 1}, {"stage": "second_reminder", "day": 7},
                           {"stage": "firm_notice", "day": 15}, {"stage": "warning", "day": 20}]}),
            "unknown_stage",
            "ladder[3].stage",
        ),
        (
            json!({"ladder": [{"stage": "first_reminder", "day": 5}, {"stage": "firm_notice", "day": 5}]}),
            "date_order",
            "ladder[1].day",
        ),
        (
            json!({"customer": {"segment": "vip"}}),
            "invalid_option",
            "customer.segment",
        ),
        (json!({"invoices": []}), "missing_field", "invoices[0]"),
    ];
    for (changes, code, field) in cases {
        let mut input = base(10);
        for (k, v) in changes.as_object().unwrap() {
            input[k] = v.clone();
        }
        let e = cobro::api::collection_advice_json(&input.to_string()).unwrap_err();
        assert_eq!(
            (e.code, e.field.as_str()),
            (code, field),
            "{changes}: {}",
            e.message
        );
    }
}

#[test]
fn every_built_in_message_renders_in_both_languages() {
    let values: Vec<(&str, &str)> = PLACEHOLDERS
        .iter()
        .map(|(name, _)| match *name {
            "invoiceNumbers" => (*name, "F-7 y F-9"),
            "invoiceRef" => (*name, "las facturas F-7 y F-9"),
            "invoiceList" => (*name, "• Factura F-7 · 100,00 €\n• Factura F-9 · 50,00 €"),
            "amountDue" | "totalDue" | "promiseAmount" => (*name, "150,00 €"),
            "figures" => (
                *name,
                "Importe pendiente: 150,00 €\nTotal a la fecha: 150,00 €",
            ),
            other => (other, "x"),
        })
        .collect();
    let stages = [
        "pre_due",
        "first_reminder",
        "second_reminder",
        "firm_notice",
        "suspension_notice",
        "formal_demand",
        "collection_agency",
        "legal_action",
    ];
    for stage in stages {
        assert!(
            MESSAGES
                .iter()
                .any(|m| m.kind == stage && m.channel == "email"),
            "{stage} has an e-mail"
        );
    }
    for m in MESSAGES {
        for (lang, subject, body) in [
            ("es", m.subject_es, m.body_es),
            ("en", m.subject_en, m.body_en),
        ] {
            let text = render(body, &values, "t")
                .unwrap_or_else(|e| panic!("{} {} {lang}: {e}", m.kind, m.channel));
            assert!(
                !text.contains("{{") && !text.contains("}}"),
                "{} {} {lang}",
                m.kind,
                m.channel
            );
            assert!(
                text.contains("F-7"),
                "{} {} {lang}: invoice numbers",
                m.kind,
                m.channel
            );
            if stages.contains(&m.kind) {
                assert!(
                    text.contains("150,00 €"),
                    "{} {} {lang}: amounts",
                    m.kind,
                    m.channel
                );
            }
            if m.channel == "email" {
                let s = render(subject, &values, "t").unwrap();
                assert!(
                    !s.is_empty() && !s.contains("{{"),
                    "{} {lang} subject",
                    m.kind
                );
            }
        }
    }
}

#[test]
fn extra_messages_confirm_promises_and_propose_plans() {
    let mut input = base(20);
    input["promises"] = json!([{"date": "2026-10-28", "amount": "400"}]);
    let out = advice(input);
    assert_eq!(out["extraMessages"][0]["kind"], "promise_confirmation");
    let body = out["extraMessages"][0]["body"].as_str().unwrap();
    assert!(
        body.contains("pagará 400,00\u{a0}€ el 28 de octubre de 2026 por la factura F-101"),
        "{body}"
    );
    let out = advice(base(15));
    assert_eq!(out["extraMessages"][0]["kind"], "plan_proposal");
    assert_eq!(
        out["extraMessages"][0]["subject"],
        "Propuesta de plan de pagos: F-101"
    );
    assert_eq!(advice(base(1))["extraMessages"], json!([]));
}

#[test]
fn a_history_gives_the_segment_and_its_reasons() {
    let mut input = base(3);
    input["customer"]["history"] = json!([
        {"invoiceId": "F-80", "amount": "500", "dueDate": "2026-06-01", "paidDate": "2026-06-01"},
        {"invoiceId": "F-90", "amount": "500", "dueDate": "2026-07-01", "paidDate": "2026-07-01"},
    ]);
    let out = advice(input);
    assert_eq!(out["segment"], "punctual");
    assert_eq!(
        out["segmentReasons"][0],
        "Pagó a tiempo 2 de 2 facturas (100\u{a0}%)."
    );
}

#[test]
fn no_built_in_message_claims_earlier_contacts_it_has_no_record_of() {
    // Nothing tells Cobro what was sent: no message may say that reminders,
    // letters or a demand came before, or that the amicable route is
    // exhausted (issue 12). Every template, every channel, both languages.
    let claims = [
        "recordatorios anteriores",
        "avisos anteriores",
        "vías amistosas",
        "nuestro requerimiento",
        "de nuevo le",
        "earlier reminders",
        "previous reminders",
        "exhausted",
        "our demand",
        "amicable means",
    ];
    for m in MESSAGES {
        for (lang, text) in [
            ("es", format!("{} {}", m.subject_es, m.body_es)),
            ("en", format!("{} {}", m.subject_en, m.body_en)),
        ] {
            let lower = text.to_lowercase();
            for claim in claims {
                assert!(
                    !lower.contains(claim),
                    "{} {} {lang}: «{claim}»",
                    m.kind,
                    m.channel
                );
            }
        }
    }
    // The 95-days-late case of issue 12, in Spanish: the court-claim e-mail
    // now states the step without claiming an exhausted amicable route.
    let out = advice(base(95));
    assert_eq!(out["stage"], "legal_action");
    let email = out["messages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["channel"] == "email")
        .unwrap();
    assert!(
        email["body"]
            .as_str()
            .unwrap()
            .contains("Vamos a iniciar la reclamación judicial"),
        "{}",
        email["body"]
    );
}

#[test]
fn with_contacts_the_ladder_advances_from_what_was_sent() {
    // Due 1 Oct 2026 (a Thursday). 95 days late is 4 Jan 2027.
    // Without contacts: the days-based ladder (legal action from +90).
    assert_eq!(advice(base(95))["stage"], "legal_action");
    // With nothing on record: at most the firm notice.
    let mut none = base(95);
    none["contacts"] = json!([]);
    let out = advice(none);
    assert_eq!(out["stage"], "firm_notice");
    // Once it is sent, the suspension notice comes 15 days later (+30 − +15):
    // 4 Jan 2027 + 15 = 19 Jan 2027, a Tuesday.
    assert_eq!(
        out["nextStage"],
        json!({"stage": "suspension_notice", "date": "2027-01-19"})
    );
    // A first reminder sent on 2 Oct, at +1: the next step is the second
    // reminder (+7), one step on, not the suspension the days would give;
    // 40 days later the ladder's gap (6 days) has long passed: today.
    let mut one = base(40);
    one["contacts"] =
        json!([{"date": "2026-10-02", "stage": "first_reminder", "channel": "email"}]);
    let out = advice(one);
    assert_eq!(
        (out["stage"].as_str(), out["contactDate"].as_str()),
        (Some("second_reminder"), Some("2026-11-10"))
    );
    // Contacted yesterday with the second reminder (+7): the firm notice
    // (+15) comes 8 days after it, not today, and not the day after.
    let mut yesterday = base(20);
    yesterday["contacts"] = json!([
        {"date": "2026-10-02", "stage": "first_reminder", "channel": "email"},
        {"date": "2026-10-20", "stage": "second_reminder", "channel": "whatsapp", "note": "no answer"},
    ]);
    let out = advice(yesterday);
    // 20 Oct + 8 days = 28 Oct 2026, a Wednesday.
    assert_eq!(
        (out["stage"].as_str(), out["contactDate"].as_str()),
        (Some("firm_notice"), Some("2026-10-28"))
    );
    // Its e-mail says what is on record, and only that.
    let email = out["messages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["channel"] == "email")
        .unwrap();
    assert!(
        email["body"].as_str().unwrap().starts_with(
            "A la atención de Ana Pérez:\n\nLe escribimos sobre esta deuda el 2 de octubre de 2026 y 20 de octubre de 2026. El importe de la factura F-101"
        ),
        "{}",
        email["body"]
    );
    let plain = advice(base(20));
    let email = plain["messages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["channel"] == "email")
        .unwrap();
    assert!(
        email["body"]
            .as_str()
            .unwrap()
            .starts_with("A la atención de Ana Pérez:\n\nEl importe de la factura F-101"),
        "{}",
        email["body"]
    );
    // The gated steps: a formal demand only once the suspension notice is on record.
    let mut record = base(50);
    record["contacts"] = json!([
        {"date": "2026-10-02", "stage": "first_reminder", "channel": "email"},
        {"date": "2026-10-08", "stage": "second_reminder", "channel": "email"},
        {"date": "2026-10-16", "stage": "firm_notice", "channel": "email"},
    ]);
    assert_eq!(advice(record.clone())["stage"], "suspension_notice");
    record["contacts"]
        .as_array_mut()
        .unwrap()
        .push(json!({"date": "2026-10-31", "stage": "suspension_notice", "channel": "letter"}));
    // 50 days late is 20 Nov; the formal demand (+45) is due 15 Nov and 15 days after the suspension notice: today.
    assert_eq!(advice(record)["stage"], "formal_demand");
}

#[test]
fn contacts_are_checked_like_every_other_field() {
    for (contact, code, field) in [
        (
            json!({"date": "2026-12-01", "stage": "first_reminder", "channel": "email"}),
            "out_of_range",
            "contacts[0].date",
        ),
        (
            json!({"date": "2026-10-02", "stage": "paid", "channel": "email"}),
            "unknown_stage",
            "contacts[0].stage",
        ),
        (
            json!({"date": "2026-10-02", "stage": "first_reminder", "channel": "fax"}),
            "invalid_option",
            "contacts[0].channel",
        ),
        (
            json!({"date": "2026-10-02", "stage": "first_reminder"}),
            "missing_field",
            "contacts[0].channel",
        ),
        (
            json!({"date": "2026-10-02", "stage": "first_reminder", "channel": "email", "sent": true}),
            "unknown_field",
            "contacts[0].sent",
        ),
    ] {
        let mut input = base(20);
        input["contacts"] = json!([contact]);
        let e = cobro::api::collection_advice_json(&input.to_string()).unwrap_err();
        assert_eq!((e.code, e.field.as_str()), (code, field), "{contact}");
    }
}

#[test]
fn a_pending_promise_means_wait_today_then_a_reminder_then_the_check() {
    // Due 1 Oct 2026; the customer promised to pay on Sunday 25 Oct.
    let promised = |late: i64| {
        let mut input = base(late);
        input["promises"] = json!([{"date": "2026-10-25", "amount": "1000"}]);
        advice(input)
    };
    // On 16 Oct: wait; the reminder is the day before the promise, a
    // Saturday, so the Friday before: 23 Oct. No contact before then.
    let out = promised(15);
    assert_eq!(out["stage"], "promise_pending");
    assert_eq!(out["contactDate"], "2026-10-23");
    assert_eq!(
        out["nextStage"],
        json!({"stage": "promise_pending", "date": "2026-10-23"})
    );
    let codes: Vec<&str> = out["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["code"].as_str().unwrap())
        .collect();
    assert!(codes.iter().all(|c| !c.starts_with("send_")), "{codes:?}");
    // On 24 Oct the reminder is past: next is the check the day after the
    // promise (Sunday → Monday 26 Oct), 25 days late: the firm notice.
    let out = promised(23);
    assert_eq!(
        out["nextStage"],
        json!({"stage": "firm_notice", "date": "2026-10-26"})
    );
}
