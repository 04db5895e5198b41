// Loads the Cobro WebAssembly module once and hands out its JS API.
// The components and the page call only this API, the same one an
// embedder gets from `import init, { paymentPlan } from './pkg/cobro.js'`.
import init, * as cobro from '../pkg/cobro.js';

/** @type {Promise<typeof cobro> | undefined} */
let ready;

/**
 * Resolves to the initialised module (`paymentPlan`, `currencies`, …).
 * @returns {Promise<typeof cobro>}
 */
export function loadCobro() {
  ready ??= init({ module_or_path: new URL('../pkg/cobro_bg.wasm', import.meta.url) }).then(
    () => cobro,
    (error) => {
      // Forget the failure, so that a retry fetches again.
      ready = undefined;
      throw error;
    },
  );
  return ready;
}

// Start fetching and compiling at once: every importer needs the module.
// A failure here is reported by the components that wait for it.
loadCobro().catch(() => {});
