import { defineContentScript } from 'wxt/utils/define-content-script';
import { startListening } from '@/lib/content/listen';
import { redditOldAdapter } from '@/lib/sites/reddit-old';

// One content script per site, carrying only that site's adapter.
export default defineContentScript({
  matches: [...redditOldAdapter.matches],
  main: (ctx) => startListening(ctx, redditOldAdapter),
});
