import { defineContentScript } from 'wxt/utils/define-content-script';
import { startListening } from '@/lib/content/listen';
import { tiktokAdapter } from '@/lib/sites/tiktok';

// One content script per site, carrying only that site's adapter.
export default defineContentScript({
  matches: [...tiktokAdapter.matches],
  main: (ctx) => startListening(ctx, tiktokAdapter),
});
