fn main() {
    let input =
        std::fs::read_to_string(std::env::args().nth(1).unwrap_or_default()).unwrap_or_default();
    match cobro::api::collection_advice_json(&input) {
        Ok(out) => println!("{out}"),
        Err(e) => println!("{e:?}"),
    }
}
