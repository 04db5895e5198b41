//! # Cobro
//!
//! A collections calculator: payment plans, late-payment interest,
//! early-payment discounts and collection advice, in exact decimal money,
//! compiled to WebAssembly for the browser.
//!
//! The core (every module but the `wasm32`-only binding layer) reads no
//! clock and knows nothing of JavaScript: "today" is always an input.
//!
//! ```
//! use cobro::{money::dec, plan::{payment_plan, PlanInput, Term}, Currency, Date};
//! let eur = Currency::find("EUR", "currency")?;
//! let start = Date::parse("2025-01-15", "startDate")?;
//! let plan = payment_plan(&PlanInput::new(dec("1000")?, eur, start, Term::Installments(3)))?;
//! assert_eq!(plan.installment_amount.to_string(), "333.34");
//! assert_eq!(plan.schedule[2].payment.to_string(), "333.32");
//! # Ok::<(), cobro::Error>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]
// No panicking path in release code: no unwrap, expect, panic or
// unchecked index (issue 10); tests may.
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented
    )
)]

pub mod api;
pub mod collection;
pub mod date;
pub mod debtor;
pub mod discount;
pub mod error;
mod fixed;
pub mod holidays;
mod input;
pub mod interest;
pub mod json;
pub mod locale;
pub mod money;
pub mod plan;
mod serial;
mod texts;
#[cfg(feature = "typegen")]
pub mod typegen;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use date::Date;
pub use error::{Code, Error, Result};
pub use locale::{Lang, Locale};
pub use money::Currency;
pub use serial::Amount;
// lol_alloc's free-list allocator in place of Rust's default dlmalloc:
// 3 KB gzip smaller per module, and as fast on the plan and the
// 10,000-invoice batches (BENCHMARKS.md). The lock is a safe constructor
// (wasm here has one thread).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOC: lol_alloc::LockedAllocator<lol_alloc::FreeListAllocator> =
    lol_alloc::LockedAllocator::new(lol_alloc::FreeListAllocator::new());
