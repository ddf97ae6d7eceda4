import type { Network } from '@/lib/sites/types';

/** The networks a template may word differently, in the order CMs think of them (generic pages have no limit to care about). */
export const VARIANT_NETWORKS: readonly Network[] = [
  'x',
  'facebook',
  'instagram',
  'linkedin',
  'youtube',
  'tiktok',
  'reddit',
  'trustpilot',
  'tripadvisor',
  'google-maps',
  'mastodon',
  'bluesky',
];

export const networkLabel = (network: Network): string => `network_${network.replaceAll('-', '_')}`;

export const INTENTS = ['thanks', 'apology', 'answer', 'redirect-dm', 'holding-statement'] as const;
