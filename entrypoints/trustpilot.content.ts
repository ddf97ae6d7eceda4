import { defineContentScript } from 'wxt/utils/define-content-script';
import { startListening } from '@/lib/content/listen';
import { trustpilotAdapter } from '@/lib/sites/trustpilot';

// One content script per site, carrying only that site's adapter.
export default defineContentScript({
  matches: [...trustpilotAdapter.matches],
  main: (ctx) => startListening(ctx, trustpilotAdapter),
});
