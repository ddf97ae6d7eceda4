import { defineContentScript } from 'wxt/utils/define-content-script';
import { startListening } from '@/lib/content/listen';
import { redditAdapter } from '@/lib/sites/reddit';

// One content script per site, carrying only that site's adapter.
export default defineContentScript({
  matches: [...redditAdapter.matches],
  main: (ctx) => startListening(ctx, redditAdapter),
});
