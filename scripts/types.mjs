// Writes the types into each wasm-bindgen declaration file: wasm-bindgen
// names the input and result types of every export (the
// `unchecked_param_type` / `unchecked_return_type` of src/wasm.rs), and
// `cargo run --example typegen --features typegen` writes their
// declarations from the Rust types (src/typegen/). Usage:
//   node scripts/types.mjs TYPES.d.ts DECLARATION.d.ts...
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';

const [typesFile, ...targets] = process.argv.slice(2);
const types = readFileSync(typesFile, 'utf8');

// wasm-bindgen cannot mark a parameter optional: these two may be left out.
const OPTIONAL = [
  ['lateInterestBatch(inputs: LateInterestInput[], options: BatchOptions)', 'lateInterestBatch(inputs: LateInterestInput[], options?: BatchOptions | null)'],
  ['rateRegimes(input: RateRegimesInput)', 'rateRegimes(input?: RateRegimesInput | null)'],
];

const HEADER = `/**
 * Cobro: payment plans, late-payment interest, early-payment discounts and
 * collection advice, in exact decimal money. Every entry point takes one
 * plain object and returns one; on a bad input it throws a {@link CobroError}
 * (stable \`code\`, \`field\` path, \`message\` in the input's \`lang\`).
 * Amounts are decimal strings (inputs also take JS numbers); dates are
 * \`YYYY-MM-DD\`. The types below are written from the Rust definitions.
 */
`;

for (const target of targets) {
  let text = readFileSync(target, 'utf8');
  const start = text.indexOf('/* Cobro types */');
  if (start >= 0) text = text.slice(0, start);
  for (const [from, to] of OPTIONAL) text = text.replace(from, to);
  text = `${HEADER}${text}\n/* Cobro types */\n${types}`;
  text = await prettier.format(text, { parser: 'typescript', printWidth: 100 });
  writeFileSync(target, text);
}
