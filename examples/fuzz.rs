//! `make fuzz`: a million cases per entry point (or `cargo run --release
//! --example fuzz -- CASES SEED`), through the functions the wasm exports
//! call. Prints cases, results, coded errors, the time, and the slowest
//! call of each entry point.
#[path = "../tests/native/fuzz_cases.rs"]
mod fuzz_cases;

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let cases: u64 = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(2026);
    println!(
        "{:<18} {:>9} {:>9} {:>9} {:>9} {:>12}",
        "entry point", "cases", "results", "errors", "seconds", "slowest ms"
    );
    for (name, f, valid) in fuzz_cases::entry_points() {
        let start = Instant::now();
        let (ok, errors, slowest) = fuzz_cases::run(name, f, &valid, cases, seed);
        println!(
            "{name:<18} {cases:>9} {ok:>9} {errors:>9} {:>9.1} {:>12.2}",
            start.elapsed().as_secs_f64(),
            slowest.as_secs_f64() * 1000.0
        );
    }
}
