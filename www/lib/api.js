// Loads Cobro's WebAssembly and hands out its JS API. Each tool has its own
// module, built from the same crate with only that tool's entry points
// (`make build` writes them to pkg/tools/), so a page with one component
// downloads one tool. The components and the page call only this API, the
// same one an embedder gets from `import init, { paymentPlan } from
// './pkg/cobro.js'` (the whole package, every tool).
//
// Each loader names its files literally, so that bundlers can see them.
/** @type {Record<string, () => Promise<[any, URL]>>} */
const LOADERS = {
  plan: async () => [await import('../pkg/tools/plan.js'), new URL('../pkg/tools/plan_bg.wasm', import.meta.url)],
  interest: async () => [await import('../pkg/tools/interest.js'), new URL('../pkg/tools/interest_bg.wasm', import.meta.url)],
  discount: async () => [await import('../pkg/tools/discount.js'), new URL('../pkg/tools/discount_bg.wasm', import.meta.url)],
  advice: async () => [await import('../pkg/tools/advice.js'), new URL('../pkg/tools/advice_bg.wasm', import.meta.url)],
  debtor: async () => [await import('../pkg/tools/debtor.js'), new URL('../pkg/tools/debtor_bg.wasm', import.meta.url)],
  offer: async () => [await import('../pkg/tools/offer.js'), new URL('../pkg/tools/offer_bg.wasm', import.meta.url)],
  all: async () => [await import('../pkg/cobro.js'), new URL('../pkg/cobro_bg.wasm', import.meta.url)],
};

/** @type {Map<string, Promise<any>>} */
const loading = new Map();

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
    const load = LOADERS[tool] ?? LOADERS.all;
    ready = load().then(
      async ([module, wasm]) => {
        await module.default({ module_or_path: wasm });
        return module;
      },
    ).catch((error) => {
      // Forget the failure, so that a retry fetches again.
      loading.delete(tool);
      throw error;
    });
    loading.set(tool, ready);
  }
  return ready;
}
