import { defineContentScript } from 'wxt/utils/define-content-script';
import { startListening } from '@/lib/content/listen';
import { onDemandAdapterFor } from '@/lib/sites/on-demand';

// Sites without a dedicated adapter, where the CM turned Vigie on: registered
// at run time by the background for the origins the CM granted.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main: (ctx) => {
    // "Listen on this page" may inject it into a page it already runs on.
    const page = globalThis as { vigieOnDemand?: boolean };
    if (page.vigieOnDemand) return;
    page.vigieOnDemand = true;
    return startListening(ctx, onDemandAdapterFor(document));
  },
});
