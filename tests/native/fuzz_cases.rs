//! Fuzz cases for every JSON entry point, through the same functions the
//! wasm exports call (`cobro::api::*_json`). Shared by the short seeded
//! slice in `make test` and by `make fuzz` (`examples/fuzz.rs`, a million
//! cases per entry point).
//!
//! Half the cases are structured: a valid input of the entry point with a
//! few fields replaced by hostile values, removed, or joined by unknown
//! ones. The other half are arbitrary JSON built from the same pieces. Every
//! call must return `Ok` or an error with a non-empty stable code; a panic
//! aborts the run.

use serde_json::{json, Map, Value};
use std::time::{Duration, Instant};

/// An entry point of the JSON API.
pub type Entry = fn(&str) -> Result<String, cobro::api::ApiError>;

/// Each entry point with a valid input to mutate.
pub fn entry_points() -> Vec<(&'static str, Entry, Value)> {
    let plan = json!({"amount": "1200", "currency": "EUR", "startDate": "2026-11-26", "installments": 12,
                      "annualRatePercent": "9.5", "policy": {"maxInstallments": 12}});
    let interest = json!({"currency": "EUR", "principal": "2500", "dueDate": "2026-01-31", "asOf": "2026-06-30",
                          "regime": "es-commercial", "payments": [{"date": "2026-03-01", "amount": "100"}]});
    let offer = json!({"amount": "900", "currency": "EUR", "asOf": "2026-11-26",
                       "creditor": {"name": "Ana", "email": "a@b.es"}, "policy": {"maxInstallments": 6},
                       "settlement": {"percent": "5", "deadline": "2026-12-15"}});
    // A real link and a real code, so that mutations reach past the checksum.
    let made = |key: &str, f: Entry, input: &Value| {
        let out: Value = f(&input.to_string())
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default();
        out[key].clone()
    };
    vec![
        (
            "paymentPlan",
            cobro::api::payment_plan_json as Entry,
            plan.clone(),
        ),
        (
            "lateInterest",
            cobro::api::late_interest_json,
            interest.clone(),
        ),
        (
            "lateInterestBatch",
            cobro::api::late_interest_batch_json,
            json!([interest.clone(), interest]),
        ),
        (
            "earlyPayDiscount",
            cobro::api::early_pay_discount_json,
            json!({"amount": "1000", "currency": "EUR", "invoiceDate": "2026-11-01", "terms": "2/10 net 30", "paymentDate": "2026-11-05"}),
        ),
        (
            "classifyCustomer",
            cobro::api::classify_customer_json,
            json!({"asOf": "2026-11-26", "history": [{"invoiceId": "F-1", "amount": "100", "dueDate": "2026-10-01", "paidDate": "2026-10-09"}]}),
        ),
        (
            "collectionAdvice",
            cobro::api::collection_advice_json,
            json!({"asOf": "2026-11-26", "invoices": [{"number": "F-1", "amount": "100", "currency": "EUR", "dueDate": "2026-10-01"}],
                "customer": {"name": "Ana", "b2b": true}, "creditor": {"name": "Norte"}, "regime": "es-commercial"}),
        ),
        (
            "renderTemplate",
            cobro::api::render_template_json,
            json!({"template": "Hola {{customerName}}, {{amountDue}}", "values": {"customerName": "Ana", "amountDue": "10 €"}}),
        ),
        ("encodeOffer", cobro::api::encode_offer_json, offer.clone()),
        (
            "decodeOffer",
            cobro::api::decode_offer_json,
            json!({"fragment": made("fragment", cobro::api::encode_offer_json, &offer)}),
        ),
        (
            "encodeProposal",
            cobro::api::encode_proposal_json,
            plan.clone(),
        ),
        (
            "checkProposal",
            cobro::api::check_proposal_json,
            json!({"code": made("code", cobro::api::encode_proposal_json, &plan), "amount": "1200",
                   "currency": "EUR", "policy": {"maxInstallments": 6}}),
        ),
        ("planCalendar", cobro::api::plan_calendar_json, plan),
    ]
}

/// A small, seedable generator (SplitMix64): the same seed, the same cases.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % u64::try_from(n.max(1)).unwrap_or(1)).unwrap_or(0)
    }

    fn pick<'a, T: ?Sized>(&mut self, items: &'a [&'a T]) -> &'a T {
        items[self.below(items.len())]
    }
}

const STRINGS: &[&str] = &[
    "",
    " ",
    "0",
    "-0",
    "1e3",
    "1e30",
    "-1",
    "0.000000000000000000000000001",
    "99999999999999999999999999999",
    "1000000000000",
    "1000000000000.01",
    "12,5",
    "1.200,50",
    "NaN",
    "Infinity",
    "-Infinity",
    "2026-02-29",
    "2024-02-29",
    "1899-12-31",
    "2200-12-31",
    "2201-01-01",
    "EUR",
    "JPY",
    "KWD",
    "XXX",
    "weekly",
    "semimonthly",
    "german",
    "flat",
    "following",
    "es",
    "en",
    "fr",
    "es-CO",
    "en-GB",
    "fixed",
    "custom",
    "de-b2b",
    "uk-commercial",
    "nl-commercial",
    "auto",
    "eu",
    "uk",
    "none",
    "act/act",
    "legal_action",
    "email",
    "sms",
    "{{customerName}}",
    "{{nope}}",
    "{{",
    "}}",
    "<img src=x onerror=alert(1)>",
    "=HYPERLINK(\"x\")",
    "a\r\nb",
    "\u{202e}x",
    "\u{fffd}",
    "😀",
    "o1&k=0",
    "p1&k=0",
    "o2&a=1&k=0",
    "2/10 net 30",
    "1/10 EOM",
    "neto 30",
    "50/10 net 30",
];

/// Field names of every entry point, plus a few typos and strangers.
pub const KEYS: &[&str] = &[
    "amount",
    "currency",
    "startDate",
    "installments",
    "installmentAmount",
    "frequency",
    "firstDueDate",
    "annualRatePercent",
    "method",
    "fee",
    "roundTo",
    "businessDays",
    "holidays",
    "policy",
    "downPayment",
    "downPaymentPercent",
    "lang",
    "locale",
    "principal",
    "dueDate",
    "asOf",
    "regime",
    "rateTable",
    "payments",
    "compensation",
    "dayCount",
    "terms",
    "invoiceDate",
    "paymentDate",
    "lateInterest",
    "history",
    "promises",
    "invoices",
    "customer",
    "creditor",
    "ladder",
    "template",
    "values",
    "fragment",
    "code",
    "settlement",
    "validUntil",
    "reference",
    "creditorName",
    "title",
    "annualRate",
    "Frequency",
    "payment",
    "x",
    "maxInstallments",
    "minInstallmentAmount",
    "minDownPaymentPercent",
    "maxTermDays",
    "allowedFrequencies",
    "name",
    "email",
    "whatsapp",
    "percent",
    "deadline",
    "other",
];

fn leaf(rng: &mut Rng) -> Value {
    match rng.below(8) {
        0 => Value::Null,
        1 => Value::Bool(rng.below(2) == 0),
        2 => json!(i64::try_from(rng.next() >> 1).unwrap_or(0) - (1 << 62)),
        3 => json!(rng.below(2000)),
        4 => serde_json::from_str(rng.pick(&[
            "1e308",
            "1e-308",
            "0.1",
            "-0",
            "1e+21",
            "123456789012345678901234567890",
        ]))
        .unwrap_or(Value::Null),
        // Now and then a string past the 65,536-character limit.
        5 if rng.below(16) == 0 => Value::String("x".repeat(70_000)),
        _ => Value::String(rng.pick(STRINGS).to_string()),
    }
}

/// Arbitrary JSON up to `depth` levels, keys mostly real field names.
pub fn arbitrary(rng: &mut Rng, depth: u32) -> Value {
    if depth == 0 || rng.below(3) == 0 {
        return leaf(rng);
    }
    if rng.below(2) == 0 {
        Value::Array(
            (0..rng.below(5))
                .map(|_| arbitrary(rng, depth - 1))
                .collect(),
        )
    } else {
        let mut map = Map::new();
        for _ in 0..rng.below(8) {
            map.insert(rng.pick(KEYS).to_string(), arbitrary(rng, depth - 1));
        }
        Value::Object(map)
    }
}

/// `valid` with one to three changes somewhere inside it.
pub fn mutate(rng: &mut Rng, valid: &Value) -> Value {
    let mut v = valid.clone();
    for _ in 0..=rng.below(3) {
        change(rng, &mut v, 3);
    }
    v
}

fn change(rng: &mut Rng, v: &mut Value, depth: u32) {
    match v {
        Value::Object(map) if !map.is_empty() => {
            let keys: Vec<String> = map.keys().cloned().collect();
            let key = keys[rng.below(keys.len())].clone();
            match rng.below(5) {
                0 => {
                    map.remove(&key);
                }
                1 => {
                    map.insert(rng.pick(KEYS).to_string(), arbitrary(rng, 2));
                }
                2 if depth > 0 => {
                    if let Some(inner) = map.get_mut(&key) {
                        change(rng, inner, depth - 1);
                    }
                }
                _ => {
                    map.insert(key, leaf(rng));
                }
            }
        }
        Value::Array(items) if !items.is_empty() => {
            let i = rng.below(items.len());
            if depth > 0 {
                change(rng, &mut items[i], depth - 1);
            } else {
                items[i] = leaf(rng);
            }
        }
        other => *other = leaf(rng),
    }
}

/// Runs `cases` cases through `f`: half mutations of `valid`, half
/// arbitrary JSON (as text, sometimes cut short). Returns how many gave a
/// result, how many a coded error, and the slowest call (reported by
/// `make fuzz`, never asserted).
///
/// # Panics
/// When an error has an empty code (a panic inside `f` aborts anyway).
pub fn run(name: &str, f: Entry, valid: &Value, cases: u64, seed: u64) -> (u64, u64, Duration) {
    let mut rng = Rng::new(seed);
    let (mut ok, mut errors) = (0, 0);
    let mut slowest = Duration::ZERO;
    for _ in 0..cases {
        let mut text = if rng.below(2) == 0 {
            mutate(&mut rng, valid).to_string()
        } else {
            arbitrary(&mut rng, 4).to_string()
        };
        if rng.below(16) == 0 {
            let cut = rng.below(text.len());
            text = text.chars().take(cut).collect();
        }
        let start = Instant::now();
        let result = f(&text);
        slowest = slowest.max(start.elapsed());
        match result {
            Ok(_) => ok += 1,
            Err(e) => {
                assert!(
                    !e.code.is_empty() && !e.message.is_empty(),
                    "{name}: {text}"
                );
                errors += 1;
            }
        }
    }
    (ok, errors, slowest)
}
