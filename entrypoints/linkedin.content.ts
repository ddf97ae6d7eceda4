import { defineContentScript } from 'wxt/utils/define-content-script';
import { startListening } from '@/lib/content/listen';
import { linkedinAdapter } from '@/lib/sites/linkedin';

// One content script per site, carrying only that site's adapter.
export default defineContentScript({
  matches: [...linkedinAdapter.matches],
  main: (ctx) => startListening(ctx, linkedinAdapter),
});
