import { defineContentScript } from 'wxt/utils/define-content-script';
import { startListening } from '@/lib/content/listen';
import { instagramAdapter } from '@/lib/sites/instagram';

// One content script per site, carrying only that site's adapter.
export default defineContentScript({
  matches: [...instagramAdapter.matches],
  main: (ctx) => startListening(ctx, instagramAdapter),
});
