import { defineContentScript } from 'wxt/utils/define-content-script';
import { startListening } from '@/lib/content/listen';
import { blueskyAdapter } from '@/lib/sites/bluesky';

// One content script per site, carrying only that site's adapter.
export default defineContentScript({
  matches: [...blueskyAdapter.matches],
  main: (ctx) => startListening(ctx, blueskyAdapter),
});
