// Writes www/pkg/package.json so that www/pkg is an npm-installable package.
import { readFileSync, writeFileSync } from 'node:fs';

const cargo = readFileSync(new URL('../Cargo.toml', import.meta.url), 'utf8');
const field = (name) => cargo.match(new RegExp(`^${name} = "(.*)"$`, 'm'))?.[1];
const pkg = {
  name: 'cobro',
  version: field('version'),
  description: field('description'),
  license: field('license'),
  type: 'module',
  main: 'cobro.js',
  module: 'cobro.js',
  types: 'cobro.d.ts',
  files: ['cobro.js', 'cobro_bg.wasm', 'cobro.d.ts', 'cobro_bg.wasm.d.ts', 'snippets/'],
  sideEffects: false,
};
writeFileSync(new URL('../www/pkg/package.json', import.meta.url), JSON.stringify(pkg, null, 2) + '\n');
