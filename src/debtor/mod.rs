//! Debtor self-service (SPEC §6): the creditor's offer travels in a link's
//! fragment, the debtor picks a plan inside its policy and sends back a
//! proposal code, and the creditor checks that code against their own
//! terms. Also the plan's payments as an `.ics` calendar.
//!
//! The link is readable by anyone who has it and editable by the debtor;
//! its checksum only catches damage. What protects the creditor is
//! [`check_proposal`], which takes the policy from the creditor, never
//! from the link.
//!
//! ```
//! let link = cobro::api::encode_offer_json(
//!     r#"{"amount": "900", "currency": "EUR", "asOf": "2026-11-29",
//!         "creditor": {"name": "Estudio Norte"}, "policy": {"maxInstallments": 6}}"#,
//! ).map_err(|e| e.message)?;
//! assert!(link.contains(r#""fragment":"o1&n=Estudio+Norte&a=900.00&c=EUR"#));
//! # Ok::<(), String>(())
//! ```

mod calendar;
mod codec;
mod offer;
mod proposal;
mod texts;

pub use calendar::{plan_calendar, Calendar};
pub use codec::MAX_TEXT;
pub use offer::{Creditor, Offer, OfferView, Settlement};
pub use proposal::{check_proposal, encode_proposal, Check, Encoded, Message, Proposal};

use crate::error::Result;
use crate::input::Obj;
use crate::json::Json;
use serde::Serialize;

/// What `encodeOffer` returns.
#[derive(Serialize)]
#[cfg_attr(feature = "typegen", derive(ts_rs::TS))]
pub struct Link {
    /// The fragment, without `#`: append it to the page's address.
    pub fragment: String,
}

/// `encodeOffer(offer) → {fragment}`.
///
/// # Errors
/// The first wrong field of the offer, with its code and path.
pub fn encode_offer(value: &Json) -> Result<Link> {
    let offer = Offer::from_obj(&Obj::root(value)?)?;
    Ok(Link {
        fragment: offer.to_fragment(),
    })
}

/// `decodeOffer({fragment}) → offer`.
///
/// # Errors
/// `missing_field` without a fragment; `invalid_link`,
/// `unsupported_version`, then the field errors of the offer it holds.
pub fn decode_offer(value: &Json) -> Result<OfferView> {
    let o = Obj::root(value)?;
    o.only(&[&["fragment", "lang", "locale"]])?;
    let fragment = o.required("fragment", o.str("fragment"))?;
    Ok(OfferView::from(&Offer::from_fragment(fragment)?))
}
