/**
 * The options page's sections, in navigation order. A section is a view of its
 * own (components/…); adding one is one entry here.
 */
import { InteractionsSection } from '@/components/tables/InteractionsSection';
import { MentionsSection } from '@/components/tables/MentionsSection';
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
    id: 'mentions',
    labelKey: 'options_nav_mentions',
    render: (context) => <MentionsSection {...context} />,
  },
  {
    id: 'interactions',
    labelKey: 'options_nav_interactions',
    render: () => <InteractionsSection />,
  },
];
