//! Collections (SPEC §5): customer segments, the escalation ladder, and
//! the messages to send.

mod advice;
mod ladder;
mod messages;
mod segment;
mod template;

pub use advice::{
    collection_advice, stage_name, Action, Advice, Figures, InvoiceFigures, Message, NextStage,
};
pub use ladder::{default_ladder, shifted, Channel, Stage, Step};
pub use messages::{MessageText, MESSAGES};
pub use segment::{
    classify, classify_customer, Classification, HistoryItem, Metrics, Promise, Segment, Thresholds,
};
pub use template::{
    fold_to_gsm7, render, render_template, sms_length, Rendered, SmsLength, PLACEHOLDERS,
};
