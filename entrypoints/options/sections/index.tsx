/**
 * The options page's sections, in navigation order. A section is a view of its
 * own (components/…); adding one is one entry here.
 */
import { GeneralSection } from './GeneralSection';
import { ReportsSection } from './ReportsSection';
import type { OptionsSection } from './types';

export type { OptionsSection, SectionContext } from './types';

export const OPTIONS_SECTIONS: readonly OptionsSection[] = [
  {
    id: 'general',
    labelKey: 'options_nav_general',
    render: (context) => <GeneralSection {...context} />,
  },
  {
    id: 'reports',
    labelKey: 'options_nav_reports',
    render: (context) => <ReportsSection {...context} />,
  },
];
