//! User-facing texts of the calculators (not errors: see `error.rs`), in
//! Spanish and English, with `{name}` slots filled by [`fill`].

use crate::locale::Lang;

/// A text in both languages.
pub(crate) struct Text {
    pub es: &'static str,
    pub en: &'static str,
}

impl Text {
    /// The text in `lang` with its slots filled.
    pub(crate) fn render(&self, lang: Lang, slots: &[(&str, &str)]) -> String {
        fill(lang.pick(self.es, self.en), slots)
    }
}

/// Replaces every `{name}` of `template` with its value.
pub(crate) fn fill(template: &str, slots: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in slots {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

pub(crate) const MAX_INSTALLMENTS: Text = Text {
    es: "El plan tiene {count} cuotas; el máximo permitido es {max}.",
    en: "The plan has {count} installments; the maximum allowed is {max}.",
};
pub(crate) const MIN_INSTALLMENT: Text = Text {
    es: "La cuota de {amount} es menor que el mínimo permitido de {min}.",
    en: "The installment of {amount} is below the allowed minimum of {min}.",
};
pub(crate) const MIN_DOWN_PAYMENT: Text = Text {
    es: "La entrada es el {percent} de la deuda; se pide al menos el {min}.",
    en: "The down payment is {percent} of the debt; at least {min} is required.",
};
pub(crate) const MAX_TERM: Text = Text {
    es: "El plan termina el {last}, {days} días después del acuerdo; el máximo permitido es {max} días.",
    en: "The plan ends on {last}, {days} days after the agreement; the maximum allowed is {max} days.",
};
pub(crate) const MAX_FIRST_PAYMENT: Text = Text {
    es: "El primer pago es el {first}, {days} días después del acuerdo; el máximo permitido es {max} días.",
    en: "The first payment is on {first}, {days} days after the agreement; the maximum allowed is {max} days.",
};
pub(crate) const FREQUENCY_NOT_ALLOWED: Text = Text {
    es: "La periodicidad «{frequency}» no está permitida; se admiten: {allowed}.",
    en: "The “{frequency}” frequency is not allowed; allowed: {allowed}.",
};
pub(crate) const FIRST_PERIOD_LONGER: Text = Text {
    es: "El primer vencimiento ({first}) llega {days} días después de lo que correspondería con un periodo regular ({regular}): la primera cuota lleva {interest} más de intereses por esos días (interés simple, días reales/365).",
    en: "The first due date ({first}) is {days} days later than one regular period would put it ({regular}): the first installment carries {interest} more interest for those days (simple interest, actual/365).",
};
pub(crate) const FIRST_PERIOD_SHORTER: Text = Text {
    es: "El primer vencimiento ({first}) llega {days} días antes de lo que correspondería con un periodo regular ({regular}): la primera cuota lleva {interest} menos de intereses (interés simple, días reales/365).",
    en: "The first due date ({first}) is {days} days earlier than one regular period would put it ({regular}): the first installment carries {interest} less interest (simple interest, actual/365).",
};
pub(crate) const PLAN_SHORTENED: Text = Text {
    es: "Al redondear la cuota a múltiplos de {roundTo}, la deuda queda pagada en {count} cuotas en lugar de {requested}.",
    en: "With the installment rounded up to multiples of {roundTo}, the debt is repaid in {count} installments instead of {requested}.",
};
pub(crate) const DATES_MOVED: Text = Text {
    es: "{moved} vencimientos caían en fin de semana o festivo y se han movido según la regla «{rule}»; los importes no cambian.",
    en: "{moved} due dates fell on a weekend or holiday and were moved by the “{rule}” rule; the amounts do not change.",
};
pub(crate) const APR_NOT_COMPUTED: Text = Text {
    es: "No se ha podido calcular la TAE de este plan.",
    en: "The APR of this plan could not be computed.",
};

pub(crate) const CAPITALISED: Text = Text {
    es: "Cada año completo de retraso, los intereses de ese año se suman al principal y generan a su vez intereses.",
    en: "After each full year of delay, that year's interest is added to the principal and earns interest itself.",
};
pub(crate) const PROVISIONAL_RATE: Text = Text {
    es: "Provisional: los tipos publicados de «{regime}» llegan hasta el {until}; desde el {from} se aplica el último tipo conocido, {rate}. Vuelva a calcular cuando se publique el nuevo.",
    en: "Provisional: the published rates of “{regime}” run until {until}; from {from} the last known rate, {rate}, is assumed. Compute again once the new one is published.",
};
pub(crate) const RATE_FIXED: Text = Text {
    es: "El tipo ({rate}) es el de referencia del semestre en que empezó el retraso y se mantiene durante toda la deuda.",
    en: "The rate ({rate}) is the reference rate of the half-year in which the delay began, and stays fixed for the whole debt.",
};
pub(crate) const COMPENSATION_EUR: Text = Text {
    es: "La indemnización fija de este régimen es de 40 EUR; para una factura en {currency}, indica su importe en «compensation».",
    en: "This regime's fixed compensation is EUR 40; for an invoice in {currency}, give its amount in “compensation”.",
};
pub(crate) const COMPENSATION_GBP: Text = Text {
    es: "La cantidad fija de este régimen está en libras; para una factura en {currency}, indica su importe en «compensation».",
    en: "This regime's fixed sum is in pounds; for an invoice in {currency}, give its amount in “compensation”.",
};

pub(crate) const TERMS_TIER: Text = Text {
    es: "{percent} de descuento si se paga en {days} días",
    en: "{percent} off if paid within {days} days",
};
pub(crate) const TERMS_NET: Text = Text {
    es: "importe íntegro a {days} días",
    en: "full amount due in {days} days",
};
pub(crate) const TERMS_NET_EOM: Text = Text {
    es: "importe íntegro a {days} días desde el fin de mes (los plazos cuentan desde el último día del mes de la factura)",
    en: "full amount due {days} days after the month end (periods count from the last day of the invoice's month)",
};
pub(crate) const DISCOUNT_APPLIES: Text = Text {
    es: "Pagando el {date} se aplica el descuento del {percent}: {discount} menos, {pay} en total. Vale hasta el {deadline}, incluido.",
    en: "Paying on {date} earns the {percent} discount: {discount} less, {pay} in all. It holds until {deadline}, inclusive.",
};
pub(crate) const COST_OF_FORGOING: Text = Text {
    es: "No aprovechar el descuento del {percent} cuesta el equivalente a un {compound} anual ({simple} en interés simple).",
    en: "Not taking the {percent} discount costs the equivalent of {compound} a year ({simple} as simple interest).",
};
pub(crate) const PAID_LATE: Text = Text {
    es: "El pago llega {days} días después del vencimiento neto ({net}).",
    en: "The payment comes {days} days after the net due date ({net}).",
};

/// Names of the payment frequencies: (id, Spanish, English).
pub(crate) const FREQUENCY_NAMES: &[(&str, &str, &str)] = &[
    ("weekly", "semanal", "weekly"),
    ("biweekly", "cada dos semanas", "every two weeks"),
    (
        "semimonthly",
        "quincenal (día 15 y fin de mes)",
        "twice a month (15th and month end)",
    ),
    ("monthly", "mensual", "monthly"),
    ("bimonthly", "bimestral", "every two months"),
    ("quarterly", "trimestral", "quarterly"),
];

/// Names of the business-day rules: (id, Spanish, English).
pub(crate) const BUSINESS_DAY_NAMES: &[(&str, &str, &str)] = &[
    ("none", "sin ajuste", "no adjustment"),
    ("following", "día hábil siguiente", "following business day"),
    (
        "modifiedFollowing",
        "día hábil siguiente salvo cambio de mes",
        "modified following",
    ),
    ("preceding", "día hábil anterior", "preceding business day"),
];

/// The name of `id` in `lang` from a `(id, es, en)` table.
pub(crate) fn name_of(
    table: &[(&str, &'static str, &'static str)],
    id: &str,
    lang: Lang,
) -> String {
    table.iter().find(|(i, _, _)| *i == id).map_or_else(
        || id.to_string(),
        |(_, es, en)| lang.pick(es, en).to_string(),
    )
}

pub(crate) const EFFECTIVE_ANNUAL: Text = Text {
    es: "Interés moratorio a la tasa de usura de cada mes (1,5 veces el interés bancario corriente de crédito de consumo y ordinario que certifica la Superintendencia Financiera), una tasa efectiva anual: cada día suma (1 + EA)^(1/365) − 1 sobre el capital pendiente, sin capitalizar intereses (arts. 884 y 886 del Código de Comercio).",
    en: "Default interest at each month's usury rate (1.5 times the consumer and ordinary credit bank rate the Superintendencia Financiera certifies), an effective annual rate: each day adds (1 + EA)^(1/365) − 1 on the outstanding capital, with no interest on interest (Código de Comercio arts. 884 and 886).",
};
pub(crate) const AGREED_RATE_CAPPED: Text = Text {
    es: "El interés pactado ({agreed} EA) supera la tasa de usura de {months}: en esos meses se aplica la tasa de usura. Cobrar intereses por encima de la usura hace perder todos los intereses (art. 884 del Código de Comercio y art. 72 de la Ley 45 de 1990).",
    en: "The agreed rate ({agreed} EA) is above the usury rate of {months}: in those months the usury rate applies. Charging interest above the usury rate forfeits all the interest (Código de Comercio art. 884 and Ley 45 de 1990 art. 72).",
};
