import { defineContentScript } from 'wxt/utils/define-content-script';
import { startListening } from '@/lib/content/listen';
import { googleMapsAdapter } from '@/lib/sites/google-maps';

// One content script per site, carrying only that site's adapter.
export default defineContentScript({
  matches: [...googleMapsAdapter.matches],
  main: (ctx) => startListening(ctx, googleMapsAdapter),
});
