//! Native timings of the same work the JS benchmarks measure, for
//! `make bench` (BENCHMARKS.md compares the three side by side).
use std::time::Instant;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn time(label: &str, runs: usize, mut f: impl FnMut()) {
    for _ in 0..runs / 10 + 1 {
        f();
    }
    let samples: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    println!("{label}\t{:.4} ms", median(samples));
}

fn main() {
    let plan = r#"{"amount": "200000", "currency": "EUR", "startDate": "2025-01-15", "installments": 360, "annualRatePercent": "3.5"}"#;
    time("native paymentPlan 360 rows (JSON in/out)", 300, || {
        let out = cobro::api::payment_plan_json(plan).unwrap_or_default();
        assert!(out.len() > 1000);
    });
    let batch = batch_input();
    time(
        "native lateInterestBatch 10000 invoices (JSON in/out)",
        15,
        || {
            let out = cobro::api::late_interest_batch_json(&batch).unwrap_or_default();
            assert!(out.len() > 10_000);
        },
    );
    time(
        "native lateInterestBatch 10000 invoices, summary (JSON in/out)",
        15,
        || {
            let out = cobro::api::late_interest_batch_with(&batch, cobro::api::Detail::Summary)
                .unwrap_or_default();
            assert!(out.len() > 10_000);
        },
    );
}

/// The same 10,000 invoices as scripts/bench.mjs: es-commercial, due
/// 2025-03-31, as of 2026-11-26, every third with a partial payment.
fn batch_input() -> String {
    let items: Vec<String> = (0..10_000)
        .map(|i| {
            let payments = if i % 3 == 0 { r#"[{"date": "2025-09-30", "amount": "100"}]"# } else { "[]" };
            format!(
                r#"{{"currency": "EUR", "principal": "{}", "dueDate": "2025-03-31", "asOf": "2026-11-26", "regime": "es-commercial", "payments": {payments}}}"#,
                1000 + i
            )
        })
        .collect();
    format!("[{}]", items.join(","))
}
