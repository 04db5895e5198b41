//! Collections (SPEC §5): customer segments, the escalation ladder, and
//! the messages to send.

mod segment;
mod template;

pub use segment::{
    classify, classify_customer, Classification, HistoryItem, Metrics, Promise, Segment, Thresholds,
};
pub use template::{render, render_template, sms_length, Rendered, SmsLength, PLACEHOLDERS};
