import { defineContentScript } from 'wxt/utils/define-content-script';
import { startListening } from '@/lib/content/listen';
import { facebookAdapter } from '@/lib/sites/facebook';

// One content script per site, carrying only that site's adapter.
export default defineContentScript({
  matches: [...facebookAdapter.matches],
  main: (ctx) => startListening(ctx, facebookAdapter),
});
