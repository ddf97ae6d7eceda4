/**
 * The options page's sections, in navigation order: who works and where, what
 * is watched and answered, what happened, what it amounts to, what is shared.
 * A section is a view of its own (components/…); adding one is one entry here.
 */
import { IncidentsSection } from '@/components/incidents/IncidentsSection';
import { InteractionsSection } from '@/components/tables/InteractionsSection';
import { MentionsSection } from '@/components/tables/MentionsSection';
import { TemplatesSection, WatchlistsSection } from './editors';
import { GeneralSection } from './GeneralSection';
import { PacksSection } from './PacksSection';
import { ReportsSection } from './ReportsSection';
import type { OptionsSection } from './types';
import { WorkspacesSection } from './WorkspacesSection';

export type { OptionsSection, SectionContext } from './types';

export const OPTIONS_SECTIONS: readonly OptionsSection[] = [
  {
    id: 'general',
    labelKey: 'options_nav_general',
    render: (context) => <GeneralSection {...context} />,
  },
  {
    id: 'workspaces',
    labelKey: 'options_nav_workspaces',
    render: (context) => <WorkspacesSection {...context} />,
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
  {
    id: 'incidents',
    labelKey: 'options_nav_incidents',
    render: (context) => <IncidentsSection settings={context.settings} />,
  },
  {
    id: 'reports',
    labelKey: 'options_nav_reports',
    render: (context) => <ReportsSection {...context} />,
  },
  {
    id: 'packs',
    labelKey: 'options_nav_packs',
    render: (context) => <PacksSection {...context} />,
  },
];
