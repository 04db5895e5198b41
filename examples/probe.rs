fn main() {
    for input in [
        r#"{"amount": "100", "currency": "EUR", "startDate": "2200-12-31", "installments": 1, "lang": "en"}"#,
        r#"{"amount": "1e30", "currency": "EUR", "startDate": "2026-12-31", "installments": 1, "lang": "en"}"#,
        r#"{"amount": 1e30, "currency": "EUR", "startDate": "2026-12-31", "installments": 1, "lang": "en"}"#,
        r#"{"amount": "10000000000000", "currency": "EUR", "startDate": "2026-12-31", "installments": 1, "lang": "en"}"#,
    ] {
        println!("{:?}", cobro::api::payment_plan_json(input).err());
    }
}
