import { defineContentScript } from 'wxt/utils/define-content-script';
import { startListening } from '@/lib/content/listen';
import { xAdapter } from '@/lib/sites/x';

// One content script per site, carrying only that site's adapter.
export default defineContentScript({
  matches: [...xAdapter.matches],
  main: (ctx) => startListening(ctx, xAdapter),
});
