import type { ComponentChild } from 'preact';
import type { Settings } from '@/lib/store/schema';

/** What every options section receives: the settings, shared across sections. */
export interface SectionContext {
  settings: Settings;
  setSettings: (settings: Settings) => void;
}

/** One entry of the options page's navigation (`#<id>` in the address). */
export interface OptionsSection {
  id: string;
  /** i18n key of its name in the navigation. */
  labelKey: string;
  render: (context: SectionContext) => ComponentChild;
}
