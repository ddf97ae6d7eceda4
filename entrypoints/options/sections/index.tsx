/**
 * The options page's sections, in navigation order. A section is a view of its
 * own (components/…); adding one is one entry here.
 */
import { TemplatesSection, WatchlistsSection } from './editors';
import { GeneralSection } from './GeneralSection';
import type { OptionsSection } from './types';

export type { OptionsSection, SectionContext } from './types';

export const OPTIONS_SECTIONS: readonly OptionsSection[] = [
  {
    id: 'general',
    labelKey: 'options_nav_general',
    render: (context) => <GeneralSection {...context} />,
  },
  {
    id: 'watchlists',
    labelKey: 'options_nav_watchlists',
    render: () => <WatchlistsSection />,
  },
  {
    id: 'templates',
    labelKey: 'options_nav_templates',
    render: (context) => <TemplatesSection {...context} />,
  },
];
