import { defineContentScript } from 'wxt/utils/define-content-script';
import { startListening } from '@/lib/content/listen';
import { youtubeAdapter } from '@/lib/sites/youtube';

// One content script per site, carrying only that site's adapter.
export default defineContentScript({
  matches: [...youtubeAdapter.matches],
  main: (ctx) => startListening(ctx, youtubeAdapter),
});
