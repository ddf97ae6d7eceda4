import { defineContentScript } from 'wxt/utils/define-content-script';
import { startListening } from '@/lib/content/listen';
import { mastodonAdapter } from '@/lib/sites/mastodon';

// One content script per site, carrying only that site's adapter.
export default defineContentScript({
  matches: [...mastodonAdapter.matches],
  main: (ctx) => startListening(ctx, mastodonAdapter),
});
