//! `make fuzz`: a million cases per entry point (or `cargo run --release
//! --example fuzz -- CASES SEED`), through the functions the wasm exports
//! call. Prints cases, results, coded errors, the time, and the slowest
//! call of each entry point.
#[path = "../tests/native/fuzz_cases.rs"]
mod fuzz_cases;

use rust_decimal::{Decimal, RoundingStrategy};
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
    fast_paths(cases.saturating_mul(10), seed);
}

/// The fast paths against rust_decimal, on ten times as many cases
/// (`tests/native/fast_paths.rs` runs 200,000 of each in `make test`):
/// `money::round_half_up` and `money::parse_decimal` must give the same
/// 16 bytes.
fn fast_paths(cases: u64, seed: u64) {
    let mut state = seed;
    let mut next = move || {
        // SplitMix64.
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    let start = Instant::now();
    for _ in 0..cases {
        let (a, b) = (next(), next());
        let width = (a & 3) as u32;
        let hi = if width < 3 { 0 } else { (b >> 32) as u32 };
        let mid = if width == 0 { 0 } else { b as u32 };
        let value = Decimal::from_parts(
            (a >> 32) as u32,
            mid,
            hi,
            a & 4 != 0,
            ((a >> 8) % 29) as u32,
        );
        let dp = ((a >> 16) % 7) as u32;
        let fast = cobro::money::round_half_up(value, dp);
        let exact = value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
        assert_eq!(fast.serialize(), exact.serialize(), "{value} to {dp} dp");
        let text = value.to_string();
        let read = cobro::money::parse_decimal(&text, false);
        assert_eq!(
            read.map(|d| d.serialize()),
            Decimal::from_str_exact(&text).ok().map(|d| d.serialize()),
            "{text}"
        );
    }
    println!(
        "{:<18} {cases:>9} {:>9} {:>9} {:>9.1} {:>12}",
        "round+parse",
        cases,
        0,
        start.elapsed().as_secs_f64(),
        "-"
    );
}
