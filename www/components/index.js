// Registers Cobro's Web Components. One script tag is all an embedder needs:
//   <script type="module" src="https://your.site/cobro/components/index.js"></script>
//   <cobro-plan amount="1200.00" currency="EUR" lang="es"></cobro-plan>
import { CobroPlan } from './cobro-plan.js';
import { CobroInterest } from './cobro-interest.js';
import { CobroDiscount } from './cobro-discount.js';
import { CobroAdvice } from './cobro-advice.js';
import { CobroDebtor } from './cobro-debtor.js';

/** Defines each element once, so a second copy of the script is harmless. */
export function define(registry = customElements) {
  if (!registry.get('cobro-plan')) registry.define('cobro-plan', CobroPlan);
  if (!registry.get('cobro-interest')) registry.define('cobro-interest', CobroInterest);
  if (!registry.get('cobro-discount')) registry.define('cobro-discount', CobroDiscount);
  if (!registry.get('cobro-advice')) registry.define('cobro-advice', CobroAdvice);
  if (!registry.get('cobro-debtor')) registry.define('cobro-debtor', CobroDebtor);
}

define();

export { CobroPlan, CobroInterest, CobroDiscount, CobroAdvice, CobroDebtor };
