// Registers all of Cobro's Web Components. One script tag is all an embedder needs:
//   <script type="module" src="https://your.site/cobro/components/index.js"></script>
//   <cobro-plan amount="1200.00" currency="EUR" lang="es"></cobro-plan>
// A page with one tool can load only that tool's file instead
// (components/cobro-plan.js, …): each defines its own element and fetches
// only its own wasm module, when the element is first connected.
import { CobroPlan } from './cobro-plan.js';
import { CobroInterest } from './cobro-interest.js';
import { CobroDiscount } from './cobro-discount.js';
import { CobroAdvice } from './cobro-advice.js';
import { CobroDebtor } from './cobro-debtor.js';
import { defineOnce } from './base.js';

/** Defines each element once (each file already did, in the global registry). */
export function define(registry = customElements) {
  defineOnce('cobro-plan', CobroPlan, registry);
  defineOnce('cobro-interest', CobroInterest, registry);
  defineOnce('cobro-discount', CobroDiscount, registry);
  defineOnce('cobro-advice', CobroAdvice, registry);
  defineOnce('cobro-debtor', CobroDebtor, registry);
}

export { CobroPlan, CobroInterest, CobroDiscount, CobroAdvice, CobroDebtor };
