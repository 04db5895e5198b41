//! The one error type of the crate.
//!
//! Every failure carries a stable snake_case [`Error::code`], the path of the
//! offending input in [`Error::field`] (`"payments[2].date"`), and a human
//! message in Spanish or English from [`Error::message`]. Messages are data:
//! see `MESSAGES` below.

use crate::locale::Lang;
use std::fmt;

/// Stable error codes. The snake_case string of each is part of the JS API.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Code {
    /// The input is not an object.
    InvalidInput,
    /// A required field is absent (or `null`).
    MissingField,
    /// A field has the wrong JSON type.
    InvalidType,
    /// An amount is not a decimal, is negative or zero where it must be
    /// positive, or has more decimals than the currency allows.
    InvalidAmount,
    /// A rate, percentage or count is not a valid number.
    InvalidNumber,
    /// A date is not a real `YYYY-MM-DD` civil date.
    InvalidDate,
    /// The currency is not an ISO 4217 code the crate knows.
    UnknownCurrency,
    /// A value is outside the documented limits.
    OutOfRange,
    /// A value is not one of the allowed options.
    InvalidOption,
    /// Two fields that exclude each other were both given.
    ConflictingFields,
    /// The down payment is not smaller than the debt.
    DownPaymentTooLarge,
    /// The installment never repays the debt.
    InstallmentTooSmall,
    /// A date comes before the date it must follow.
    DateOrder,
    /// An intermediate figure exceeds what the arithmetic can hold.
    Overflow,
    /// No rate is known for a day: past a table's coverage, or before its
    /// first row.
    RateUnknown,
    /// The late-interest regime is not one the crate knows.
    UnknownRegime,
    /// A country code with no holiday calendar.
    UnknownCountry,
    /// A payment is dated after the calculation date.
    PaymentAfterAsOf,
    /// A payment is larger than everything owed on its date.
    Overpayment,
    /// The rows of a rate table are not in date order.
    RateTableUnsorted,
    /// Two rows of a rate table start on the same day.
    RateTableDuplicate,
    /// Payment terms that cannot be read.
    InvalidTerms,
    /// A discount of 0 % or less, or of 100 % or more.
    InvalidDiscount,
    /// A discount period that does not end before the net period.
    DiscountAfterNet,
    /// A template names a placeholder that does not exist.
    UnknownPlaceholder,
    /// A template has an unclosed `{{` or a stray `}}`.
    InvalidTemplate,
    /// Invoices of one call are in different currencies.
    CurrencyMismatch,
    /// An invoice is paid more than its amount.
    Overpaid,
    /// A custom ladder names a stage that does not exist.
    UnknownStage,
    /// A debtor link or proposal code that is not one, is cut short, or
    /// was altered (its checksum does not match).
    InvalidLink,
    /// A debtor link or proposal code of a version this build cannot read.
    UnsupportedVersion,
    /// An e-mail address that cannot be one.
    InvalidEmail,
    /// A phone number that is not in E.164 form (`+34600111222`).
    InvalidPhone,
    /// A text with characters that cannot be shown as they are (controls,
    /// direction overrides).
    InvalidText,
    /// A field the entry point does not know (a typo, most often): never
    /// ignored, since an ignored field is a silently wrong figure.
    UnknownField,
    /// A text longer than its limit (a string field, a rendered message).
    TextTooLong,
    /// A list with more items than its limit (rows, invoices, a batch).
    TooManyItems,
    /// A whole input larger than the entry point accepts.
    InputTooLarge,
}

impl Code {
    /// Every code, in the order of the messages table.
    pub fn all() -> impl Iterator<Item = Code> {
        MESSAGES.iter().map(|(code, _, _)| *code)
    }

    /// The stable snake_case string of the code.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::InvalidInput => "invalid_input",
            Code::MissingField => "missing_field",
            Code::InvalidType => "invalid_type",
            Code::InvalidAmount => "invalid_amount",
            Code::InvalidNumber => "invalid_number",
            Code::InvalidDate => "invalid_date",
            Code::UnknownCurrency => "unknown_currency",
            Code::OutOfRange => "out_of_range",
            Code::InvalidOption => "invalid_option",
            Code::ConflictingFields => "conflicting_fields",
            Code::DownPaymentTooLarge => "down_payment_too_large",
            Code::InstallmentTooSmall => "installment_too_small",
            Code::DateOrder => "date_order",
            Code::Overflow => "overflow",
            Code::RateUnknown => "rate_unknown",
            Code::UnknownRegime => "unknown_regime",
            Code::UnknownCountry => "unknown_country",
            Code::PaymentAfterAsOf => "payment_after_as_of",
            Code::Overpayment => "overpayment",
            Code::RateTableUnsorted => "rate_table_unsorted",
            Code::RateTableDuplicate => "rate_table_duplicate",
            Code::InvalidTerms => "invalid_terms",
            Code::InvalidDiscount => "invalid_discount",
            Code::DiscountAfterNet => "discount_after_net",
            Code::UnknownPlaceholder => "unknown_placeholder",
            Code::InvalidTemplate => "invalid_template",
            Code::CurrencyMismatch => "currency_mismatch",
            Code::Overpaid => "overpaid",
            Code::UnknownStage => "unknown_stage",
            Code::InvalidLink => "invalid_link",
            Code::UnsupportedVersion => "unsupported_version",
            Code::InvalidEmail => "invalid_email",
            Code::InvalidPhone => "invalid_phone",
            Code::InvalidText => "invalid_text",
            Code::UnknownField => "unknown_field",
            Code::TextTooLong => "text_too_long",
            Code::TooManyItems => "too_many_items",
            Code::InputTooLarge => "input_too_large",
        }
    }
}

/// Longest piece of an input quoted in a message, in characters.
pub const MAX_QUOTE: usize = 80;

/// At most [`MAX_QUOTE`] characters of an input, controls dropped, for a
/// message: an error never echoes a megabyte back.
pub fn quote(input: &str) -> String {
    let mut out: String = input
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_QUOTE)
        .collect();
    if input.chars().nth(MAX_QUOTE).is_some() {
        out.push('…');
    }
    out
}

/// A failure: stable code, field path and the values its message needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    code: Code,
    field: String,
    detail_es: String,
    detail_en: String,
}

impl Error {
    /// An error of `code` about `field`; `detail` is the offending value or
    /// the limit that was crossed, shown inside the message (may be empty).
    pub fn new(code: Code, field: impl Into<String>, detail: impl Into<String>) -> Error {
        let detail = detail.into();
        Error {
            code,
            field: path(field.into()),
            detail_es: detail.clone(),
            detail_en: detail,
        }
    }

    /// Like [`Error::new`], with a detail that needs words in each language.
    pub fn localized(
        code: Code,
        field: impl Into<String>,
        detail_es: impl Into<String>,
        detail_en: impl Into<String>,
    ) -> Error {
        Error {
            code,
            field: path(field.into()),
            detail_es: detail_es.into(),
            detail_en: detail_en.into(),
        }
    }

    /// The same error about a field nested under `prefix` (`"policy"` +
    /// `"maxInstallments"` → `"policy.maxInstallments"`).
    pub fn within(mut self, prefix: &str) -> Error {
        self.field = if self.field.is_empty() {
            prefix.to_string()
        } else if self.field.starts_with('[') {
            format!("{prefix}{}", self.field)
        } else {
            format!("{prefix}.{}", self.field)
        };
        self
    }

    /// The same error about `field` (for checks that name their field
    /// only when they fail: a path is a `format!` the success path skips).
    pub(crate) fn at(mut self, field: String) -> Error {
        self.field = path(field);
        self
    }

    /// The same error with `es` / `en` added after its detail.
    pub(crate) fn with_more_detail(mut self, es: &str, en: &str) -> Error {
        self.detail_es.push_str(es);
        self.detail_en.push_str(en);
        self
    }

    /// The stable snake_case code, e.g. `"invalid_date"`.
    pub fn code(&self) -> &'static str {
        self.code.as_str()
    }

    /// The code as an enum, for Rust callers.
    pub fn kind(&self) -> Code {
        self.code
    }

    /// The path of the offending input, e.g. `"payments[2].date"`.
    pub fn field(&self) -> &str {
        &self.field
    }

    /// True when the error is about `field`.
    pub fn is_about(&self, field: &str) -> bool {
        self.field == field
    }

    /// The human message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let template = message_template(self.code, lang);
        let field = if self.field.is_empty() {
            match lang {
                Lang::Es => "datos de entrada",
                Lang::En => "input",
            }
        } else {
            self.field.as_str()
        };
        let detail = match lang {
            Lang::Es => &self.detail_es,
            Lang::En => &self.detail_en,
        };
        template
            .replace("{field}", field)
            .replace("{detail}", detail)
    }
}

/// A field path, shortened when a hostile key made it long.
fn path(field: String) -> String {
    if field.chars().nth(2 * MAX_QUOTE).is_some() {
        quote(&field)
    } else {
        field
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code(), self.message(Lang::En))
    }
}

impl std::error::Error for Error {}

/// Message templates: `{field}` is the input path, `{detail}` the value or limit.
const MESSAGES: &[(Code, &str, &str)] = &[
    (
        Code::InvalidInput,
        "La entrada debe ser un objeto con los datos del cálculo.",
        "The input must be an object with the calculation's data.",
    ),
    (
        Code::MissingField,
        "Falta el dato «{field}».",
        "The field “{field}” is required.",
    ),
    (
        Code::InvalidType,
        "«{field}» tiene un tipo no válido: se esperaba {detail}.",
        "“{field}” has the wrong type: expected {detail}.",
    ),
    (
        Code::InvalidAmount,
        "«{field}» no es un importe válido: {detail}.",
        "“{field}” is not a valid amount: {detail}.",
    ),
    (
        Code::InvalidNumber,
        "«{field}» no es un número válido: {detail}.",
        "“{field}” is not a valid number: {detail}.",
    ),
    (
        Code::InvalidDate,
        "«{field}» no es una fecha válida ({detail}); usa el formato AAAA-MM-DD.",
        "“{field}” is not a valid date ({detail}); use the format YYYY-MM-DD.",
    ),
    (
        Code::UnknownCurrency,
        "«{field}»: la moneda «{detail}» no es un código ISO 4217 admitido.",
        "“{field}”: the currency “{detail}” is not a supported ISO 4217 code.",
    ),
    (
        Code::OutOfRange,
        "«{field}» está fuera del rango admitido: {detail}.",
        "“{field}” is out of range: {detail}.",
    ),
    (
        Code::InvalidOption,
        "«{field}» no admite ese valor; valores posibles: {detail}.",
        "“{field}” does not accept that value; allowed: {detail}.",
    ),
    (
        Code::ConflictingFields,
        "«{field}» no puede indicarse junto con «{detail}»: elige uno.",
        "“{field}” cannot be given together with “{detail}”: choose one.",
    ),
    (
        Code::DownPaymentTooLarge,
        "La entrada debe ser menor que la deuda ({detail}).",
        "The down payment must be smaller than the debt ({detail}).",
    ),
    (
        Code::InstallmentTooSmall,
        "Con esa cuota la deuda no se paga nunca: {detail}.",
        "That installment never repays the debt: {detail}.",
    ),
    (
        Code::DateOrder,
        "«{field}» debe ser posterior a {detail}.",
        "“{field}” must come after {detail}.",
    ),
    (
        Code::Overflow,
        "Las cifras de «{field}» son demasiado grandes para calcularlas con exactitud.",
        "The figures of “{field}” are too large to compute exactly.",
    ),
    (
        Code::RateUnknown,
        "No hay un tipo de interés conocido para {detail}. Indica el tipo de esas fechas en «rateTable».",
        "No interest rate is known for {detail}. Give the rate for those dates in “rateTable”.",
    ),
    (
        Code::UnknownRegime,
        "«{field}»: el régimen «{detail}» no existe; los disponibles son los de rateRegimes().",
        "“{field}”: there is no regime “{detail}”; rateRegimes() lists the available ones.",
    ),
    (
        Code::UnknownCountry,
        "«{field}»: no hay calendario de festivos para {detail}.",
        "“{field}”: there is no holiday calendar for {detail}.",
    ),
    (
        Code::PaymentAfterAsOf,
        "«{field}»: el pago es posterior a la fecha del cálculo ({detail}).",
        "“{field}”: the payment is dated after the calculation date ({detail}).",
    ),
    (
        Code::Overpayment,
        "«{field}»: el pago supera lo que se debía ese día ({detail}).",
        "“{field}”: the payment exceeds everything owed on that day ({detail}).",
    ),
    (
        Code::RateTableUnsorted,
        "«{field}»: las filas de la tabla de tipos deben ir en orden de fecha ({detail}).",
        "“{field}”: the rate table rows must be in date order ({detail}).",
    ),
    (
        Code::RateTableDuplicate,
        "«{field}»: dos filas de la tabla de tipos empiezan el mismo día ({detail}).",
        "“{field}”: two rows of the rate table start on the same day ({detail}).",
    ),
    (
        Code::InvalidTerms,
        "No se entienden las condiciones de pago «{detail}». Escríbelas como «2/10 neto 30», «2% 10 días, neto 30», «2/10, 1/20, n/30» o «1/10 EOM».",
        "The payment terms “{detail}” cannot be read. Write them as “2/10 net 30”, “2/10 n/30”, “2/10, 1/20, net 30” or “1/10 EOM”.",
    ),
    (
        Code::InvalidDiscount,
        "«{field}»: el descuento debe ser mayor que 0 % y menor que 100 % ({detail}); p. ej. «2/10 neto 30».",
        "“{field}”: the discount must be above 0% and below 100% ({detail}); e.g. “2/10 net 30”.",
    ),
    (
        Code::DiscountAfterNet,
        "«{field}»: el plazo del descuento ({detail}) debe terminar antes del plazo neto; p. ej. «2/10 neto 30».",
        "“{field}”: the discount period ({detail}) must end before the net period; e.g. “2/10 net 30”.",
    ),
    (
        Code::UnknownPlaceholder,
        "«{field}»: la plantilla usa «{{{detail}}}», que no existe. Posibles: customerName, invoiceNumbers, amountDue, daysLate, interest, totalDue, newDeadline, paymentLink, paymentMethods, creditorName…",
        "“{field}”: the template uses “{{{detail}}}”, which does not exist. Available: customerName, invoiceNumbers, amountDue, daysLate, interest, totalDue, newDeadline, paymentLink, paymentMethods, creditorName…",
    ),
    (
        Code::InvalidTemplate,
        "«{field}»: la plantilla tiene un «{{» sin cerrar o un «}}» suelto ({detail}).",
        "“{field}”: the template has an unclosed “{{” or a stray “}}” ({detail}).",
    ),
    (
        Code::CurrencyMismatch,
        "«{field}»: todas las facturas deben estar en la misma moneda ({detail}).",
        "“{field}”: all invoices must be in the same currency ({detail}).",
    ),
    (
        Code::Overpaid,
        "«{field}»: lo pagado supera el importe de la factura ({detail}).",
        "“{field}”: the amount paid exceeds the invoice amount ({detail}).",
    ),
    (
        Code::UnknownStage,
        "«{field}»: la etapa «{detail}» no existe; posibles: pre_due, first_reminder, second_reminder, firm_notice, suspension_notice, formal_demand, collection_agency, legal_action.",
        "“{field}”: there is no stage “{detail}”; possible: pre_due, first_reminder, second_reminder, firm_notice, suspension_notice, formal_demand, collection_agency, legal_action.",
    ),
    (
        Code::InvalidLink,
        "{detail}.",
        "{detail}.",
    ),
    (
        Code::UnsupportedVersion,
        "Este enlace o código usa un formato ({detail}) que esta versión de Cobro no sabe leer; pide uno nuevo.",
        "This link or code uses a format ({detail}) this version of Cobro cannot read; ask for a new one.",
    ),
    (
        Code::InvalidEmail,
        "«{field}» no es una dirección de correo válida: «{detail}».",
        "“{field}” is not a valid e-mail address: “{detail}”.",
    ),
    (
        Code::TextTooLong,
        "«{field}» es demasiado largo: {detail}.",
        "“{field}” is too long: {detail}.",
    ),
    (
        Code::TooManyItems,
        "«{field}» tiene demasiados elementos: {detail}.",
        "“{field}” has too many items: {detail}.",
    ),
    (
        Code::InputTooLarge,
        "La entrada es demasiado grande: {detail}.",
        "The input is too large: {detail}.",
    ),
    (
        Code::UnknownField,
        "«{field}» no es un dato que esta función conozca; {detail}",
        "“{field}” is not a field this function knows; {detail}",
    ),
    (
        Code::InvalidText,
        "«{field}» contiene un carácter que no se puede mostrar ({detail}): un control o una marca de dirección del texto.",
        "“{field}” holds a character that cannot be shown ({detail}): a control or a text-direction mark.",
    ),
    (
        Code::InvalidPhone,
        "«{field}» no es un número internacional válido: «{detail}»; escríbelo con el prefijo del país, p. ej. +34 600 111 222.",
        "“{field}” is not a valid international number: “{detail}”; write it with the country code, e.g. +44 7700 900123.",
    ),
];

fn message_template(code: Code, lang: Lang) -> &'static str {
    MESSAGES
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, es, en)| match lang {
            Lang::Es => *es,
            Lang::En => *en,
        })
        .unwrap_or("{field}: {detail}")
}

/// Shorthand for results of this crate.
pub type Result<T> = std::result::Result<T, Error>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_both_messages() {
        let codes = [
            Code::InvalidInput,
            Code::MissingField,
            Code::InvalidType,
            Code::InvalidAmount,
            Code::InvalidNumber,
            Code::InvalidDate,
            Code::UnknownCurrency,
            Code::OutOfRange,
            Code::InvalidOption,
            Code::ConflictingFields,
            Code::DownPaymentTooLarge,
            Code::InstallmentTooSmall,
            Code::DateOrder,
            Code::Overflow,
            Code::RateUnknown,
            Code::UnknownRegime,
            Code::UnknownCountry,
            Code::PaymentAfterAsOf,
            Code::Overpayment,
            Code::RateTableUnsorted,
            Code::RateTableDuplicate,
            Code::InvalidTerms,
            Code::InvalidDiscount,
            Code::DiscountAfterNet,
            Code::UnknownPlaceholder,
            Code::InvalidTemplate,
            Code::CurrencyMismatch,
            Code::Overpaid,
            Code::UnknownStage,
            Code::InvalidLink,
            Code::UnsupportedVersion,
            Code::InvalidEmail,
            Code::InvalidPhone,
            Code::InvalidText,
            Code::UnknownField,
            Code::TextTooLong,
            Code::TooManyItems,
            Code::InputTooLarge,
        ];
        for code in codes {
            assert!(MESSAGES.iter().any(|(c, _, _)| *c == code), "{code:?}");
        }
        assert_eq!(codes.len(), MESSAGES.len());
    }

    #[test]
    fn message_names_field_and_detail() {
        let e = Error::new(Code::InvalidDate, "startDate", "2025-02-30");
        assert_eq!(e.code(), "invalid_date");
        assert_eq!(
            e.message(Lang::Es),
            "«startDate» no es una fecha válida (2025-02-30); usa el formato AAAA-MM-DD."
        );
        assert_eq!(
            e.message(Lang::En),
            "“startDate” is not a valid date (2025-02-30); use the format YYYY-MM-DD."
        );
    }
}
