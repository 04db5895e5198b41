//! Writes the TypeScript declarations of every input and output of the JS
//! API (`cobro::typegen`), to the file named by the first argument or to
//! standard output. `make build` appends them to each wasm-bindgen `.d.ts`.

fn main() -> std::io::Result<()> {
    let text = cobro::typegen::typescript();
    match std::env::args().nth(1) {
        Some(path) => std::fs::write(path, text),
        None => {
            print!("{text}");
            Ok(())
        }
    }
}
