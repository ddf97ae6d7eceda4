import { NETWORKS, type Network } from '@/lib/sites/types';

/** The networks a template may word differently, in the order CMs think of them (generic pages have no limit to care about). */
export const VARIANT_NETWORKS: readonly Network[] = NETWORKS.filter((network) => network !== 'web');

export const networkLabel = (network: Network): string => `network_${network.replaceAll('-', '_')}`;

export const INTENTS = ['thanks', 'apology', 'answer', 'redirect-dm', 'holding-statement'] as const;
