//! Texts of the debtor link, the proposal and its calendar, in Spanish
//! and English. Data only, with `{name}` slots (see `crate::texts`).

use crate::error::Error;
use crate::texts::Text;

/// A damaged link's error, naming whom to ask for a new one when the
/// readable part of the link says so.
pub(crate) fn with_contact(e: Error, salvaged: &[(String, String)]) -> Error {
    if e.kind() != crate::error::Code::InvalidLink {
        return e;
    }
    let get = |key: &str| {
        salvaged
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| super::offer::short(v))
            .filter(|v| !v.trim().is_empty())
    };
    let Some(name) = get("n") else {
        return e;
    };
    let ways: Vec<String> = [get("e"), get("w").and_then(|w| super::offer::e164(&w))]
        .into_iter()
        .flatten()
        .collect();
    let ways = if ways.is_empty() {
        String::new()
    } else {
        format!(" ({})", ways.join(" · "))
    };
    e.with_more_detail(
        &format!("; pide uno nuevo a {name}{ways}"),
        &format!("; ask {name} for a new one{ways}"),
    )
}

pub(crate) const MISMATCH_AMOUNT: Text = Text {
    es: "La propuesta es por {proposed}, pero la deuda es de {amount}.",
    en: "The proposal is for {proposed}, but the debt is {amount}.",
};
pub(crate) const MISMATCH_CURRENCY: Text = Text {
    es: "La propuesta está en {proposed}, pero la deuda está en {currency}.",
    en: "The proposal is in {proposed}, but the debt is in {currency}.",
};
pub(crate) const MISMATCH_RATE: Text = Text {
    es: "La propuesta aplica un interés del {proposed}; tus condiciones dicen {rate}.",
    en: "The proposal applies {proposed} interest; your terms say {rate}.",
};
pub(crate) const MISMATCH_FEE: Text = Text {
    es: "La propuesta lleva una comisión de {proposed}; tus condiciones dicen {fee}.",
    en: "The proposal carries a fee of {proposed}; your terms say {fee}.",
};
pub(crate) const MISMATCH_METHOD: Text = Text {
    es: "La propuesta usa otro sistema de amortización ({proposed}) que el tuyo ({method}).",
    en: "The proposal uses another amortization method ({proposed}) than yours ({method}).",
};
pub(crate) const SETTLEMENT_NOT_OFFERED: Text = Text {
    es: "La propuesta pide un descuento del {percent} por pago único, pero no lo estás ofreciendo.",
    en: "The proposal asks for a {percent} discount for paying at once, but you are not offering one.",
};
pub(crate) const SETTLEMENT_PERCENT: Text = Text {
    es: "La propuesta pide un descuento del {percent}; ofreces como máximo el {max}.",
    en: "The proposal asks for a {percent} discount; you offer at most {max}.",
};
pub(crate) const SETTLEMENT_LATE: Text = Text {
    es: "La propuesta paga el {date}; el descuento solo vale hasta el {deadline}.",
    en: "The proposal pays on {date}; the discount only holds until {deadline}.",
};
pub(crate) const OFFER_EXPIRED: Text = Text {
    es: "La propuesta es del {date}; la oferta solo valía hasta el {until}.",
    en: "The proposal is dated {date}; the offer only held until {until}.",
};
pub(crate) const START_IN_FUTURE: Text = Text {
    es: "La propuesta empieza el {date}, después de hoy ({today}).",
    en: "The proposal starts on {date}, after today ({today}).",
};

pub(crate) const REPLY_FITS_SUBJECT: Text = Text {
    es: "Aceptamos su plan de pagos{ref}",
    en: "We accept your payment plan{ref}",
};
pub(crate) const REPLY_FITS_BODY: Text = Text {
    es: "Hola:\n\nGracias por su propuesta. La aceptamos y le confirmamos por escrito lo acordado{ref}:\n\n{plan}\n\n{schedule}\n\nMientras pague en estas fechas no le enviaremos recordatorios. Si algo cambia, avísenos antes, por favor.\n\nUn saludo,\n{creditor}",
    en: "Hello,\n\nThank you for your proposal. We accept it and confirm in writing what we agreed{ref}:\n\n{plan}\n\n{schedule}\n\nAs long as you pay on these dates we will not send you reminders. If anything changes, please let us know beforehand.\n\nKind regards,\n{creditor}",
};
pub(crate) const REPLY_DECLINE_SUBJECT: Text = Text {
    es: "Su propuesta de plan de pagos{ref}",
    en: "Your payment plan proposal{ref}",
};
pub(crate) const REPLY_DECLINE_BODY: Text = Text {
    es: "Hola:\n\nGracias por su propuesta{ref}. No podemos aceptarla tal como está:\n\n{violations}\n\n¿Puede elegir otro plan dentro de las condiciones que le enviamos? Estaremos encantados de confirmarlo.\n\nUn saludo,\n{creditor}",
    en: "Hello,\n\nThank you for your proposal{ref}. We cannot accept it as it stands:\n\n{violations}\n\nCould you choose another plan within the terms we sent you? We will be glad to confirm it.\n\nKind regards,\n{creditor}",
};
pub(crate) const PLAN_IN_WORDS: Text = Text {
    es: "Pagos: {count} × {installment}; periodicidad: {frequency}; del {first} al {last}. Total: {total}.",
    en: "Payments: {count} × {installment}; frequency: {frequency}; from {first} to {last}. Total: {total}.",
};
pub(crate) const PLAN_IN_WORDS_ONE: Text = Text {
    es: "Un único pago de {installment} el {first}.",
    en: "A single payment of {installment} on {first}.",
};
pub(crate) const DOWN_PAYMENT_IN_WORDS: Text = Text {
    es: "Entrada de {amount} el {date}.",
    en: "Down payment of {amount} on {date}.",
};
pub(crate) const FEE_IN_WORDS: Text = Text {
    es: "Comisión de apertura de {amount} el {date}.",
    en: "Opening fee of {amount} on {date}.",
};
pub(crate) const FIRST_UNLIKE: Text = Text {
    es: "el primero, {amount}",
    en: "the first one, {amount}",
};
pub(crate) const LAST_UNLIKE: Text = Text {
    es: "el último, {amount}",
    en: "the last one, {amount}",
};
pub(crate) const SETTLEMENT_IN_WORDS: Text = Text {
    es: "Pago único de {amount} el {date}, con un descuento del {percent} ({discount}) sobre {debt}.",
    en: "A single payment of {amount} on {date}, with a {percent} discount ({discount}) on {debt}.",
};
pub(crate) const SCHEDULE_LINE: Text = Text {
    es: "{number}. {date}: {amount}",
    en: "{number}. {date}: {amount}",
};
pub(crate) const DOWN_PAYMENT_LINE: Text = Text {
    es: "Entrada. {date}: {amount}",
    en: "Down payment. {date}: {amount}",
};

pub(crate) const FEE_LINE: Text = Text {
    es: "Comisión de apertura. {date}: {amount}",
    en: "Opening fee. {date}: {amount}",
};

pub(crate) const EVENT_DOWN_PAYMENT: Text = Text {
    es: "Entrada: {amount} · {title}",
    en: "Down payment: {amount} · {title}",
};
pub(crate) const EVENT_FEE: Text = Text {
    es: "Comisión de apertura: {amount} · {title}",
    en: "Opening fee: {amount} · {title}",
};
pub(crate) const EVENT_DOWN_PAYMENT_AND_FEE: Text = Text {
    es: "Entrada y comisión de apertura: {amount} · {title}",
    en: "Down payment and opening fee: {amount} · {title}",
};
pub(crate) const EVENT_SINGLE: Text = Text {
    es: "Pago único: {amount} · {title}",
    en: "Single payment: {amount} · {title}",
};
pub(crate) const EVENT_INSTALLMENT: Text = Text {
    es: "Cuota {number}/{count}: {amount} · {title}",
    en: "Installment {number}/{count}: {amount} · {title}",
};
pub(crate) const EVENT_DESCRIPTION: Text = Text {
    es: "Pago de {amount} a {creditor}{ref}. Pendiente después de este pago: {balance}.",
    en: "Payment of {amount} to {creditor}{ref}. Still owed after this payment: {balance}.",
};
pub(crate) const EVENT_ALARM: Text = Text {
    es: "Mañana: {summary}",
    en: "Tomorrow: {summary}",
};
pub(crate) const DEFAULT_TITLE: Text = Text {
    es: "Pago a {creditor}",
    en: "Payment to {creditor}",
};
pub(crate) const REFERENCE: Text = Text {
    es: " (ref. {reference})",
    en: " (ref. {reference})",
};
