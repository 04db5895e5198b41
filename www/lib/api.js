// Loads Cobro's WebAssembly and hands out its JS API. Each tool has its own
// module, built from the same crate with only that tool's entry points
// (`make build` writes them to pkg/tools/), so a page with one component
// downloads one tool. The components and the page call only this API, the
// same one an embedder gets from `import init, { paymentPlan } from
// './pkg/cobro.js'` (the whole package, every tool).
//
// Each loader names its files literally, so that bundlers can see them.
/** @type {Record<string, {glue: () => Promise<any>, wasm: () => URL}>} */
const LOADERS = {
  plan: { glue: () => import('../pkg/tools/plan.js'), wasm: () => new URL('../pkg/tools/plan_bg.wasm', import.meta.url) },
  interest: { glue: () => import('../pkg/tools/interest.js'), wasm: () => new URL('../pkg/tools/interest_bg.wasm', import.meta.url) },
  discount: { glue: () => import('../pkg/tools/discount.js'), wasm: () => new URL('../pkg/tools/discount_bg.wasm', import.meta.url) },
  advice: { glue: () => import('../pkg/tools/advice.js'), wasm: () => new URL('../pkg/tools/advice_bg.wasm', import.meta.url) },
  debtor: { glue: () => import('../pkg/tools/debtor.js'), wasm: () => new URL('../pkg/tools/debtor_bg.wasm', import.meta.url) },
  offer: { glue: () => import('../pkg/tools/offer.js'), wasm: () => new URL('../pkg/tools/offer_bg.wasm', import.meta.url) },
  all: { glue: () => import('../pkg/cobro.js'), wasm: () => new URL('../pkg/cobro_bg.wasm', import.meta.url) },
};

/** @type {Map<string, Promise<any>>} */
const loading = new Map();

/** Glue modules a component brought with it (see provideGlue). */
/** @type {Map<string, any>} */
const provided = new Map();

/**
 * Hands loadCobro a tool's wasm-bindgen glue that is already loaded: each
 * component imports its tool's glue statically, so that it arrives with the
 * component instead of one round trip later.
 * @param {string} tool
 * @param {any} module
 */
export function provideGlue(tool, module) {
  provided.set(tool, module);
}

/**
 * Resolves to the initialised module of one tool (`paymentPlan`,
 * `currencies`, `version`, …). The wasm is fetched and compiled as it
 * streams in, once per tool however many components ask.
 * @param {'plan' | 'interest' | 'discount' | 'advice' | 'debtor' | 'offer' | 'all'} [tool]
 * @returns {Promise<any>}
 */
export function loadCobro(tool = 'all') {
  let ready = loading.get(tool);
  if (!ready) {
    const { glue, wasm } = LOADERS[tool] ?? LOADERS.all;
    // The wasm download starts now, beside the glue's, not after it: one
    // round trip less before the first figure (150 ms on a phone).
    const response = fetch(wasm());
    response.catch(() => {});
    const known = provided.get(tool);
    ready = (known ? Promise.resolve(known) : glue())
      .then(async (module) => {
        await module.default({ module_or_path: response });
        return module;
      })
      .catch((error) => {
        // Forget the failure, so that a retry fetches again.
        loading.delete(tool);
        throw error;
      });
    loading.set(tool, ready);
  }
  return ready;
}
