import { defineContentScript } from 'wxt/utils/define-content-script';
import { startListening } from '@/lib/content/listen';
import { tripadvisorAdapter } from '@/lib/sites/tripadvisor';

// One content script per site, carrying only that site's adapter.
export default defineContentScript({
  matches: [...tripadvisorAdapter.matches],
  main: (ctx) => startListening(ctx, tripadvisorAdapter),
});
