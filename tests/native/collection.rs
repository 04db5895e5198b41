//! Collections: segment boundaries and templates (issue 5, in progress).

use serde_json::{json, Value};

fn classify(input: Value) -> Value {
    let text = cobro::api::classify_customer_json(&input.to_string())
        .unwrap_or_else(|e| panic!("{input}: {} {} {}", e.code, e.field, e.message));
    serde_json::from_str(&text).expect("JSON")
}

/// `n` invoices of 100 due monthly from 2025-01-10, paid `late[i]` days
/// after their due date (all on time when `late` is shorter).
fn history(n: usize, late: &[i64]) -> Value {
    let due = cobro::Date::parse("2025-01-10", "d").unwrap();
    Value::Array(
        (0..n)
            .map(|i| {
                let d = due.add_months(i as i64, 10, "d").unwrap();
                let paid = d.add_days(*late.get(i).unwrap_or(&0), "d").unwrap();
                json!({"invoiceId": format!("F-{i}"), "amount": "100", "dueDate": d.to_string(), "paidDate": paid.to_string()})
            })
            .collect(),
    )
}

#[test]
fn segment_boundaries() {
    // Score = 100 − 40 × (share not on time) − 25 × min(weighted days, 60)/60
    //         − 15 × min(worst, 120)/120 − 10 per broken promise (max 20).
    let cases = [
        // All on time: 100, punctual.
        (history(10, &[]), json!([]), "punctual", 100),
        // One invoice 7 days late of 10: 100 − 4 − 25 × 0.7/60 − 15 × 7/120 = 94.83 → 95;
        // a worst delay of 7 days is still punctual…
        (history(10, &[7]), json!([]), "punctual", 95),
        // …8 days is not: 100 − 4 − 0.333 − 1 = 94.67 → 95, mild arrears.
        (history(10, &[8]), json!([]), "mild_arrears", 95),
        // A 45-day delay makes critical arrears whatever the score:
        // 100 − 4 − 25 × 4.5/60 − 15 × 45/120 = 88.5 → 89 (half-up).
        (history(10, &[45]), json!([]), "critical_arrears", 89),
        // 90 days: high risk. 100 − 4 − 3.75 − 11.25 = 81.
        (history(10, &[90]), json!([]), "high_risk", 81),
        // Two broken promises: high risk. 100 − 20 = 80.
        (
            history(10, &[]),
            json!([{"date": "2025-12-01", "kept": false}, {"date": "2026-01-15"}]),
            "high_risk",
            80,
        ),
    ];
    for (history, promises, segment, score) in cases {
        let out = classify(json!({"history": history, "promises": promises, "asOf": "2026-02-01"}));
        assert_eq!(
            (out["segment"].as_str(), out["score"].as_u64()),
            (Some(segment), Some(score)),
            "{}",
            out["reasons"]
        );
    }
}

#[test]
fn thresholds_can_be_overridden_and_reasons_are_in_words() {
    let input = json!({"history": history(10, &[10]), "asOf": "2026-02-01", "thresholds": {"punctualMaxDelayDays": 10}});
    assert_eq!(classify(input)["segment"], "punctual");
    let out = classify(json!({
        "history": [
            {"invoiceId": "A", "amount": "300", "dueDate": "2025-10-01", "paidDate": "2025-10-21"},
            {"invoiceId": "B", "amount": "1250", "dueDate": "2026-01-10"},
        ],
        "promises": [{"date": "2026-01-20", "amount": "1250", "kept": false}],
        "asOf": "2026-02-01", "lang": "es", "locale": "es-ES",
    }));
    // A: 20 days late; B: unpaid, 22 days by 1 Feb. Weighted: (300 × 20 + 1250 × 22) / 1550 = 21.6.
    assert_eq!(out["metrics"]["weightedDaysLate"], "21.60");
    assert_eq!(out["metrics"]["overdueAmount"], "1250.00");
    assert_eq!(
        out["reasons"],
        json!([
            "Pagó a tiempo 0 de 2 facturas (0\u{a0}%).",
            "Retraso medio, ponderado por importe: 22 días.",
            "Su mayor retraso: 22 días.",
            "Promesas de pago incumplidas: 1 (cumplidas: 0).",
            "Hoy tiene 1250,00\u{a0}€ vencidos en 1 facturas.",
        ])
    );
}

#[test]
fn render_template_fills_and_refuses() {
    let ok = |input: Value| -> Value {
        serde_json::from_str(&cobro::api::render_template_json(&input.to_string()).unwrap())
            .unwrap()
    };
    let out = ok(
        json!({"template": "Hola {{customerName}}: debe {{amountDue}}.", "values": {"customerName": "Ana", "amountDue": "120,00 €"}}),
    );
    assert_eq!(out["text"], "Hola Ana: debe 120,00 €.");
    assert_eq!(out["placeholders"], json!(["customerName", "amountDue"]));
    assert_eq!(out["sms"]["segments"], 1);
    let err = |input: Value| cobro::api::render_template_json(&input.to_string()).unwrap_err();
    let e = err(json!({"template": "Hola {{nombre}}", "values": {}}));
    assert_eq!(
        (e.code, e.field.as_str()),
        ("unknown_placeholder", "template")
    );
    assert_eq!(e.message, "«template»: la plantilla usa «{{nombre}}», que no existe. Posibles: customerName, invoiceNumbers, amountDue, daysLate, interest, totalDue, newDeadline, paymentLink, paymentMethods, creditorName…");
    let e = err(
        json!({"template": "Hola {{customerName", "values": {"customerName": "Ana"}, "lang": "en"}),
    );
    assert_eq!((e.code, e.field.as_str()), ("invalid_template", "template"));
    let e = err(json!({"template": "{{daysLate}} días", "values": {}}));
    assert_eq!(
        (e.code, e.field.as_str()),
        ("missing_field", "values.daysLate")
    );
}
