//! The built-in messages, per stage and channel, in Spanish and English.
//! Texts are data: `{{placeholders}}` are filled by the same engine as a
//! caller's own templates, so a typo here fails the tests, not a customer.
//!
//! Tone rises with the stage — friendly, neutral, firm, formal — and stays
//! respectful and lawful: consequences are the ones the law provides
//! (interest, compensation, suspension of a service, a claim), never
//! threats. Spanish uses "usted" and words common to Spain and Latin
//! America.

/// A message: its kind (a stage id or an extra such as
/// `promise_confirmation`), channel, and texts.
pub struct MessageText {
    /// Stage id or extra kind.
    pub kind: &'static str,
    /// `email`, `sms`, `whatsapp`, `call` or `letter`.
    pub channel: &'static str,
    /// Subject (e-mail only).
    pub subject_es: &'static str,
    /// Subject in English.
    pub subject_en: &'static str,
    /// Body in Spanish.
    pub body_es: &'static str,
    /// Body in English.
    pub body_en: &'static str,
}

const fn m(
    kind: &'static str,
    channel: &'static str,
    subject_es: &'static str,
    subject_en: &'static str,
    body_es: &'static str,
    body_en: &'static str,
) -> MessageText {
    MessageText {
        kind,
        channel,
        subject_es,
        subject_en,
        body_es,
        body_en,
    }
}

/// Every built-in message.
pub const MESSAGES: &[MessageText] = &[
    // ── pre_due: friendly, before the due date ──────────────────────────
    m(
        "pre_due",
        "email",
        "Recordatorio de vencimiento: {{invoiceNumbers}}, {{dueDate}}",
        "Reminder: {{invoiceNumbers}} due on {{dueDate}}",
        "Hola, {{customerName}}:\n\nLe escribimos solo para recordarle que el pago de {{invoiceRef}}, por {{amountDue}}, vence el {{dueDate}}.\n\n{{invoiceList}}\n\n{{paymentMethods}}\n\nSi ya ha programado el pago, no tenga en cuenta este mensaje. Gracias por su confianza.\n\nUn saludo,\n{{creditorName}}",
        "Hello {{customerName}},\n\nJust a friendly reminder that payment of {{invoiceRef}}, {{amountDue}}, is due on {{dueDate}}.\n\n{{invoiceList}}\n\n{{paymentMethods}}\n\nIf you have already scheduled the payment, please disregard this message. Thank you for your business.\n\nKind regards,\n{{creditorName}}",
    ),
    m("pre_due", "sms", "", "",
        "{{creditorName}}: le recordamos que el pago de {{invoiceRef}} ({{amountDue}}) vence el {{dueDate}}. Gracias.",
        "{{creditorName}}: a reminder that payment of {{invoiceRef}} ({{amountDue}}) is due on {{dueDate}}. Thank you."),
    m("pre_due", "whatsapp", "", "",
        "Hola, {{customerName}}. Le recordamos que el pago de {{invoiceRef}}, por {{amountDue}}, vence el {{dueDate}}. {{paymentMethods}} ¡Gracias!",
        "Hello {{customerName}}, a reminder that payment of {{invoiceRef}}, {{amountDue}}, is due on {{dueDate}}. {{paymentMethods}} Thank you!"),
    // ── first_reminder: one day late, friendly ──────────────────────────
    m(
        "first_reminder",
        "email",
        "Pago pendiente: {{invoiceNumbers}}",
        "Payment pending: {{invoiceNumbers}}",
        "Hola, {{customerName}}:\n\nSegún nuestros registros, el pago de {{invoiceRef}} venció el {{dueDate}} y el importe, {{amountDue}}, sigue pendiente. Es posible que su pago y este mensaje se hayan cruzado; si es así, le rogamos que no lo tenga en cuenta.\n\n{{invoiceList}}\n\nSi hay algún problema con {{invoiceRef}}, o si le viene mejor otra forma de pago, díganoslo y lo resolvemos.\n\n{{paymentMethods}}\n\nUn saludo,\n{{creditorName}}",
        "Hello {{customerName}},\n\nOur records show that payment of {{invoiceRef}} fell due on {{dueDate}} and {{amountDue}} is still outstanding. Your payment may have crossed with this message; if so, please disregard it.\n\n{{invoiceList}}\n\nIf there is any problem with {{invoiceRef}}, or another way of paying would suit you better, just let us know and we will sort it out.\n\n{{paymentMethods}}\n\nKind regards,\n{{creditorName}}",
    ),
    m("first_reminder", "sms", "", "",
        "{{creditorName}}: el pago de {{invoiceRef}} ({{amountDue}}) venció el {{dueDate}}. Si ya pagó, ignore este aviso. Dudas: {{creditorContact}}",
        "{{creditorName}}: payment of {{invoiceRef}} ({{amountDue}}) was due on {{dueDate}}. If you have paid, please ignore this. Questions: {{creditorContact}}"),
    m("first_reminder", "whatsapp", "", "",
        "Hola, {{customerName}}. El pago de {{invoiceRef}} ({{amountDue}}) venció el {{dueDate}} y aún figura como pendiente. ¿Está todo bien? Si necesita otra forma de pago, díganos. {{paymentMethods}}",
        "Hello {{customerName}}, payment of {{invoiceRef}} ({{amountDue}}) was due on {{dueDate}} and still shows as outstanding. Is everything all right? If another way of paying would help, let us know. {{paymentMethods}}"),
    // ── second_reminder: ask for a payment date ─────────────────────────
    m(
        "second_reminder",
        "email",
        "Segundo aviso: {{invoiceNumbers}}, {{daysLate}} días de retraso",
        "Second reminder: {{invoiceNumbers}}, {{daysLate}} days overdue",
        "Hola, {{customerName}}:\n\nEl importe de {{invoiceRef}}, {{amountDue}}, sigue pendiente {{daysLate}} días después de su vencimiento ({{dueDate}}).\n\n{{invoiceList}}\n\n¿Podría indicarnos en qué fecha realizará el pago? Si nos indica una fecha concreta, la anotaremos y no le enviaremos más recordatorios hasta entonces.\n\n{{paymentMethods}}\n\nGracias de antemano,\n{{creditorName}}",
        "Hello {{customerName}},\n\nThe amount of {{amountDue}} for {{invoiceRef}} is still outstanding, {{daysLate}} days after the due date ({{dueDate}}).\n\n{{invoiceList}}\n\nCould you tell us on what date you will make the payment? Once you give us a date, we will note it and send no more reminders until then.\n\n{{paymentMethods}}\n\nThank you in advance,\n{{creditorName}}",
    ),
    m("second_reminder", "sms", "", "",
        "{{creditorName}}: el pago de {{invoiceRef}} ({{amountDue}}) lleva {{daysLate}} días de retraso. ¿En qué fecha podrá pagar? Responda a este mensaje.",
        "{{creditorName}}: payment of {{invoiceRef}} ({{amountDue}}) is {{daysLate}} days overdue. On what date can you pay? Please reply."),
    m("second_reminder", "whatsapp", "", "",
        "Hola, {{customerName}}. El pago de {{invoiceRef}} ({{amountDue}}) lleva {{daysLate}} días de retraso. ¿Nos confirma en qué fecha hará el pago? Así lo anotamos y no le enviaremos más recordatorios hasta esa fecha. {{paymentMethods}}",
        "Hello {{customerName}}, payment of {{invoiceRef}} ({{amountDue}}) is {{daysLate}} days overdue. Could you confirm the date you will pay? We will note it and not bother you again until then. {{paymentMethods}}"),
    m("second_reminder", "call", "", "",
        "1. Preséntese de parte de {{creditorName}} y pregunte por la persona de {{customerName}} que gestiona los pagos.\n2. Motivo: {{invoiceRef}}, {{amountDue}}, con vencimiento el {{dueDate}} ({{daysLate}} días de retraso).\n3. Pregunte si hay algún problema con la factura o con el pago.\n4. Pida una fecha concreta de pago y el importe; repita ambos en voz alta para confirmarlos.\n5. Explique las formas de pago (texto de referencia: «{{paymentMethods}}»).\n6. Agradezca y anuncie que confirmará el acuerdo por escrito.",
        "1. Introduce yourself on behalf of {{creditorName}} and ask for the person at {{customerName}} who handles payments.\n2. Purpose: {{invoiceRef}}, {{amountDue}}, due on {{dueDate}} ({{daysLate}} days ago).\n3. Ask whether there is any problem with the invoice or the payment.\n4. Ask for a firm payment date and amount; repeat them back to confirm.\n5. Explain how to pay (for reference: “{{paymentMethods}}”).\n6. Thank them and say you will confirm the agreement in writing."),
    // ── firm_notice: new deadline, interest, consequences ───────────────
    m(
        "firm_notice",
        "email",
        "Aviso de impago: {{invoiceNumbers}}. Nuevo plazo: {{newDeadline}}",
        "Notice of non-payment: {{invoiceNumbers}}. New deadline: {{newDeadline}}",
        "A la atención de {{customerName}}:\n\n{{previousContacts}}El importe de {{invoiceRef}} sigue sin pagarse {{daysLate}} días después de su vencimiento ({{dueDate}}).\n\n{{invoiceList}}\n\n{{figures}}\n\nLe pedimos que realice el pago a más tardar el {{newDeadline}}. Si para esa fecha no hemos recibido el pago ni noticias suyas, tendremos que suspender los servicios pendientes y reclamar los intereses de demora y, en su caso, la indemnización por costes de cobro.\n\n{{paymentMethods}}\n\nSi está pasando por dificultades, llámenos o escríbanos ({{creditorContact}}): podemos estudiar un plan de pagos.\n\nAtentamente,\n{{creditorName}}",
        "Dear {{customerName}},\n\n{{previousContacts}}Payment of {{invoiceRef}} is still outstanding {{daysLate}} days after the due date ({{dueDate}}).\n\n{{invoiceList}}\n\n{{figures}}\n\nPlease make the payment by {{newDeadline}}. If by then we have received neither the payment nor word from you, we will have to suspend any pending services and claim the late-payment interest and, where applicable, the compensation for recovery costs.\n\n{{paymentMethods}}\n\nIf you are going through difficulties, call or write to us ({{creditorContact}}): we can look at a payment plan.\n\nYours sincerely,\n{{creditorName}}",
    ),
    m("firm_notice", "sms", "", "",
        "{{creditorName}}: quedan {{totalDue}} pendientes de {{invoiceRef}}, intereses incluidos. Pague a más tardar el {{newDeadline}}. Contacto: {{creditorContact}}",
        "{{creditorName}}: {{totalDue}} is still owed for {{invoiceRef}}, interest included. Please pay by {{newDeadline}}. Contact: {{creditorContact}}"),
    m("firm_notice", "call", "", "",
        "1. Preséntese de parte de {{creditorName}} y pida hablar con la persona de {{customerName}} que puede decidir el pago.\n2. Motivo: {{invoiceRef}}, con {{daysLate}} días de retraso. {{previousContacts}}\n3. Cifras:\n{{figures}}\n4. Nuevo plazo: {{newDeadline}}. Explique con calma que después se suspenderán los servicios pendientes y se reclamarán intereses e indemnización.\n5. Ofrezca un plan de pagos si hay dificultades.\n6. Acuerde fecha e importe y confírmelos por escrito.",
        "1. Introduce yourself on behalf of {{creditorName}} and ask for the person at {{customerName}} who can decide on payment.\n2. Purpose: {{invoiceRef}}, {{daysLate}} days overdue. {{previousContacts}}\n3. Figures:\n{{figures}}\n4. New deadline: {{newDeadline}}. Explain calmly that after it pending services will be suspended and interest and compensation claimed.\n5. Offer a payment plan if there are difficulties.\n6. Agree a date and amount and confirm them in writing."),
    m("firm_notice", "letter", "", "",
        "{{creditorName}}\n{{today}}\n\nA la atención de {{customerName}}\n\nAsunto: aviso de impago de {{invoiceRef}}\n\nLe comunicamos que el importe de {{invoiceRef}} sigue pendiente {{daysLate}} días después de su vencimiento ({{dueDate}}):\n\n{{invoiceList}}\n\n{{figures}}\n\nLe rogamos que efectúe el pago a más tardar el {{newDeadline}}. En caso contrario, suspenderemos los servicios pendientes y reclamaremos los intereses de demora y, en su caso, la indemnización por costes de cobro.\n\n{{paymentMethods}}\n\nAtentamente,\n{{signature}}",
        "{{creditorName}}\n{{today}}\n\nFor the attention of {{customerName}}\n\nRe: notice of non-payment of {{invoiceRef}}\n\nWe write to inform you that payment of {{invoiceRef}} is still outstanding {{daysLate}} days after the due date ({{dueDate}}):\n\n{{invoiceList}}\n\n{{figures}}\n\nPlease make the payment by {{newDeadline}}. Otherwise we will suspend pending services and claim the late-payment interest and, where applicable, the compensation for recovery costs.\n\n{{paymentMethods}}\n\nYours faithfully,\n{{signature}}"),
    // ── suspension_notice: suspend, claim, offer a plan ─────────────────
    m(
        "suspension_notice",
        "email",
        "Suspensión del servicio por impago: {{invoiceNumbers}}",
        "Service suspension for non-payment: {{invoiceNumbers}}",
        "A la atención de {{customerName}}:\n\nHoy, el pago de {{invoiceRef}} acumula {{daysLate}} días de retraso y no hemos recibido el pago ni una propuesta para regularizarlo.\n\n{{invoiceList}}\n\n{{figures}}\n\nPor ello, suspendemos la prestación de nuevos servicios hasta que la deuda quede saldada. Si le resulta difícil pagarla de una vez, le ofrecemos un plan de pagos: respóndanos a más tardar el {{newDeadline}} y lo acordamos.\n\n{{paymentMethods}}\n\nAtentamente,\n{{signature}}",
        "Dear {{customerName}},\n\nAs of today, payment of {{invoiceRef}} is {{daysLate}} days overdue and we have received neither the payment nor a proposal to settle it.\n\n{{invoiceList}}\n\n{{figures}}\n\nWe are therefore suspending new services until the debt is settled. If paying it at once is difficult, we offer you a payment plan: reply by {{newDeadline}} and we will agree it.\n\n{{paymentMethods}}\n\nYours sincerely,\n{{signature}}",
    ),
    m("suspension_notice", "call", "", "",
        "1. Preséntese de parte de {{creditorName}} y pida hablar con la dirección o la administración de {{customerName}} (quien pueda decidir el pago).\n2. Informe de la suspensión de nuevos servicios por {{invoiceRef}} ({{daysLate}} días de retraso).\n3. Cifras:\n{{figures}}\n4. Ofrezca un plan de pagos y pida respuesta a más tardar el {{newDeadline}}.\n5. Anote cualquier acuerdo y confírmelo por escrito el mismo día.",
        "1. Introduce yourself on behalf of {{creditorName}} and ask for management or accounts at {{customerName}} (whoever can decide on payment).\n2. Explain that new services are suspended because of {{invoiceRef}} ({{daysLate}} days overdue).\n3. Figures:\n{{figures}}\n4. Offer a payment plan and ask for an answer by {{newDeadline}}.\n5. Note any agreement and confirm it in writing the same day."),
    m("suspension_notice", "letter", "", "",
        "{{creditorName}}\n{{today}}\n\nA la atención de {{customerName}}\n\nAsunto: suspensión del servicio y reclamación de {{invoiceRef}}\n\nLe comunicamos que, ante el impago de {{invoiceRef}} ({{daysLate}} días de retraso), suspendemos la prestación de nuevos servicios hasta que la deuda quede saldada.\n\n{{invoiceList}}\n\nReclamamos:\n{{figures}}\n\nSi desea pagar a plazos, le rogamos que nos lo proponga a más tardar el {{newDeadline}}.\n\n{{paymentMethods}}\n\nAtentamente,\n{{signature}}",
        "{{creditorName}}\n{{today}}\n\nFor the attention of {{customerName}}\n\nRe: suspension of service and claim for {{invoiceRef}}\n\nWe write to inform you that, as payment of {{invoiceRef}} is still outstanding ({{daysLate}} days overdue), we are suspending new services until the debt is settled.\n\n{{invoiceList}}\n\nWe claim:\n{{figures}}\n\nIf you wish to pay in installments, please send us a proposal by {{newDeadline}}.\n\n{{paymentMethods}}\n\nYours faithfully,\n{{signature}}"),
    // ── formal_demand: final deadline ───────────────────────────────────
    m("formal_demand", "letter", "", "",
        "{{creditorName}}\n{{today}}\n\nA la atención de {{customerName}}\n\nAsunto: requerimiento formal de pago de {{invoiceRef}}\n\nPor medio de la presente le requerimos formalmente el pago de las cantidades adeudadas por {{invoiceRef}}, vencidas desde el {{dueDate}}:\n\n{{invoiceList}}\n\n{{figures}}\n\nLe concedemos un último plazo: a más tardar el {{newDeadline}}. Transcurrido dicho plazo sin pago ni acuerdo, ejerceremos las acciones que la ley nos reconoce para el cobro de la deuda, incluido el encargo de su gestión a una empresa de gestión de cobros o la reclamación judicial.\n\n{{paymentMethods}}\n\nAtentamente,\n{{signature}}",
        "{{creditorName}}\n{{today}}\n\nFor the attention of {{customerName}}\n\nRe: formal demand for payment of {{invoiceRef}}\n\nWe hereby formally demand payment of the sums owed under {{invoiceRef}}, due since {{dueDate}}:\n\n{{invoiceList}}\n\n{{figures}}\n\nWe grant you a final deadline of {{newDeadline}}. If it passes without payment or agreement, we will take the steps the law allows to recover the debt, including referring it to a collection agency or bringing a claim in court.\n\n{{paymentMethods}}\n\nYours faithfully,\n{{signature}}"),
    m(
        "formal_demand",
        "email",
        "Requerimiento formal de pago: {{invoiceNumbers}}. Último plazo: {{newDeadline}}",
        "Formal demand for payment: {{invoiceNumbers}}. Final deadline: {{newDeadline}}",
        "A la atención de {{customerName}}:\n\nPor medio de este correo le requerimos formalmente el pago de {{invoiceRef}}, con {{daysLate}} días de retraso.\n\n{{invoiceList}}\n\n{{figures}}\n\nÚltimo plazo para pagar o acordar un plan: {{newDeadline}}. Después de esa fecha, ejerceremos las acciones que la ley nos reconoce para el cobro.\n\n{{paymentMethods}}\n\nAtentamente,\n{{signature}}",
        "Dear {{customerName}},\n\nWe hereby formally demand payment of {{invoiceRef}}, now {{daysLate}} days overdue.\n\n{{invoiceList}}\n\n{{figures}}\n\nFinal deadline to pay or agree a plan: {{newDeadline}}. After that date, we will take the steps the law allows to recover the debt.\n\n{{paymentMethods}}\n\nYours sincerely,\n{{signature}}",
    ),
    // ── collection_agency ───────────────────────────────────────────────
    m("collection_agency", "letter", "", "",
        "{{creditorName}}\n{{today}}\n\nA la atención de {{customerName}}\n\nAsunto: encargo de la gestión de cobro de {{invoiceRef}}\n\n{{previousContacts}}Le comunicamos que, si no recibimos el pago ni un acuerdo de pago a más tardar el {{newDeadline}}, encargaremos la gestión de la deuda de {{invoiceRef}} ({{totalDue}}) a una empresa de gestión de cobros, que se pondrá en contacto con usted.\n\n{{invoiceList}}\n\n{{figures}}\n\n{{paymentMethods}}\n\nAtentamente,\n{{signature}}",
        "{{creditorName}}\n{{today}}\n\nFor the attention of {{customerName}}\n\nRe: referral of the debt under {{invoiceRef}} to a collection agency\n\n{{previousContacts}}We inform you that, unless we receive payment or agree a payment plan by {{newDeadline}}, we will refer the debt under {{invoiceRef}} ({{totalDue}}) to a collection agency, which will contact you.\n\n{{invoiceList}}\n\n{{figures}}\n\n{{paymentMethods}}\n\nYours faithfully,\n{{signature}}"),
    m("collection_agency", "email", "Aviso de gestión de cobro externa: {{invoiceNumbers}}", "Notice of referral to a collection agency: {{invoiceNumbers}}",
        "A la atención de {{customerName}}:\n\nSi no recibimos el pago ni un acuerdo de pago a más tardar el {{newDeadline}}, encargaremos la gestión de la deuda de {{invoiceRef}} ({{totalDue}}) a una empresa de gestión de cobros, que se pondrá en contacto con usted.\n\n{{invoiceList}}\n\n{{paymentMethods}}\n\nAtentamente,\n{{signature}}",
        "Dear {{customerName}},\n\nUnless we receive payment or agree a payment plan by {{newDeadline}}, we will refer the debt under {{invoiceRef}} ({{totalDue}}) to a collection agency, which will contact you.\n\n{{invoiceList}}\n\n{{paymentMethods}}\n\nYours sincerely,\n{{signature}}"),
    // ── legal_action ────────────────────────────────────────────────────
    m("legal_action", "letter", "", "",
        "{{creditorName}}\n{{today}}\n\nA la atención de {{customerName}}\n\nAsunto: inicio de la reclamación judicial de {{invoiceRef}}\n\n{{previousContacts}}Le comunicamos que vamos a iniciar la reclamación judicial de la deuda de {{invoiceRef}}, más los intereses que se sigan devengando:\n\n{{figures}}\n\n{{invoiceList}}\n\nSi paga o acordamos con usted un plan de pagos a más tardar el {{newDeadline}}, no iniciaremos la reclamación.\n\n{{paymentMethods}}\n\nAtentamente,\n{{signature}}",
        "{{creditorName}}\n{{today}}\n\nFor the attention of {{customerName}}\n\nRe: court claim for {{invoiceRef}}\n\n{{previousContacts}}We inform you that we are starting a court claim for the debt under {{invoiceRef}}, plus the interest that continues to accrue:\n\n{{figures}}\n\n{{invoiceList}}\n\nIf you pay or we agree a payment plan with you by {{newDeadline}}, we will not start the claim.\n\n{{paymentMethods}}\n\nYours faithfully,\n{{signature}}"),
    m("legal_action", "email", "Reclamación judicial: {{invoiceNumbers}}", "Court claim: {{invoiceNumbers}}",
        "A la atención de {{customerName}}:\n\n{{previousContacts}}Vamos a iniciar la reclamación judicial de {{invoiceRef}} ({{totalDue}}). Si paga o acordamos con usted un plan de pagos a más tardar el {{newDeadline}}, no la iniciaremos.\n\n{{invoiceList}}\n\n{{paymentMethods}}\n\nAtentamente,\n{{signature}}",
        "Dear {{customerName}},\n\n{{previousContacts}}We are starting a court claim for {{invoiceRef}} ({{totalDue}}). If you pay or we agree a payment plan with you by {{newDeadline}}, we will not start it.\n\n{{invoiceList}}\n\n{{paymentMethods}}\n\nYours sincerely,\n{{signature}}"),
    // ── holds and extras ────────────────────────────────────────────────
    m("promise_pending", "email", "Recordatorio: pago acordado para el {{promiseDate}}", "Reminder: payment agreed for {{promiseDate}}",
        "Hola, {{customerName}}:\n\nGracias de nuevo por confirmarnos el pago de {{promiseAmount}} para el {{promiseDate}} por {{invoiceRef}}. Le escribimos solo para recordárselo.\n\n{{paymentMethods}}\n\nUn saludo,\n{{creditorName}}",
        "Hello {{customerName}},\n\nThank you again for confirming the payment of {{promiseAmount}} on {{promiseDate}} for {{invoiceRef}}. This is just a reminder.\n\n{{paymentMethods}}\n\nKind regards,\n{{creditorName}}"),
    m("promise_pending", "sms", "", "",
        "{{creditorName}}: le recordamos su compromiso de pagar {{promiseAmount}} el {{promiseDate}} por {{invoiceRef}}. Gracias.",
        "{{creditorName}}: a reminder of your commitment to pay {{promiseAmount}} on {{promiseDate}} for {{invoiceRef}}. Thank you."),
    m("promise_pending", "whatsapp", "", "",
        "Hola, {{customerName}}. Le recordamos el pago de {{promiseAmount}} acordado para el {{promiseDate}} por {{invoiceRef}}. {{paymentMethods}} ¡Gracias!",
        "Hello {{customerName}}, a reminder that you agreed to pay {{promiseAmount}} on {{promiseDate}} for {{invoiceRef}}. {{paymentMethods}} Thank you!"),
    m("disputed", "email", "Hemos recibido su consulta sobre {{invoiceNumbers}}", "We have received your query about {{invoiceNumbers}}",
        "Hola, {{customerName}}:\n\nHemos recibido su consulta sobre {{invoiceRef}}. Mientras la revisamos, dejamos en pausa los recordatorios de pago.\n\nPara resolverla cuanto antes, le agradeceremos que nos envíe cualquier documento o detalle que la aclare. Le responderemos lo antes posible.\n\nUn saludo,\n{{signature}}",
        "Hello {{customerName}},\n\nWe have received your query about {{invoiceRef}}. While we look into it, we have paused payment reminders.\n\nTo resolve it quickly, please send us any document or detail that helps. We will get back to you as soon as possible.\n\nKind regards,\n{{signature}}"),
    m("promise_confirmation", "email", "Confirmación de su compromiso de pago", "Confirmation of your payment commitment",
        "Hola, {{customerName}}:\n\nGracias por la conversación. Le confirmamos por escrito lo acordado: pagará {{promiseAmount}} el {{promiseDate}} por {{invoiceRef}}.\n\n{{paymentMethods}}\n\nHasta esa fecha no le enviaremos más recordatorios. Si algo cambia, avísenos antes, por favor.\n\nUn saludo,\n{{creditorName}}",
        "Hello {{customerName}},\n\nThank you for talking with us. We confirm in writing what we agreed: you will pay {{promiseAmount}} on {{promiseDate}} for {{invoiceRef}}.\n\n{{paymentMethods}}\n\nWe will not send further reminders until that date. If anything changes, please let us know beforehand.\n\nKind regards,\n{{creditorName}}"),
    m("plan_proposal", "email", "Propuesta de plan de pagos: {{invoiceNumbers}}", "Payment plan proposal: {{invoiceNumbers}}",
        "Hola, {{customerName}}:\n\nPara ayudarle a saldar {{invoiceRef}} ({{totalDue}}), le proponemos pagar el total a plazos. Indíquenos en cuántas cuotas le convendría pagar y lo estudiaremos; si nos responde a más tardar el {{newDeadline}}, dejaremos en pausa los recordatorios.\n\n{{paymentMethods}}\n\nUn saludo,\n{{signature}}",
        "Hello {{customerName}},\n\nTo help you settle {{invoiceRef}} ({{totalDue}}), we propose paying the total in installments. Tell us how many installments would suit you and we will consider it; if you reply by {{newDeadline}}, we will pause reminders.\n\n{{paymentMethods}}\n\nKind regards,\n{{signature}}"),
    m("paid", "email", "Gracias por su pago", "Thank you for your payment",
        "Hola, {{customerName}}:\n\nHemos recibido el pago de {{invoiceRef}}. Muchas gracias: su cuenta está al día.\n\nUn saludo,\n{{creditorName}}",
        "Hello {{customerName}},\n\nWe have received the payment for {{invoiceRef}}. Thank you very much: your account is up to date.\n\nKind regards,\n{{creditorName}}"),
];

/// The message of `kind` on `channel`, if there is one.
pub fn find(kind: &str, channel: &str) -> Option<&'static MessageText> {
    MESSAGES
        .iter()
        .find(|m| m.kind == kind && m.channel == channel)
}
