import type { INCIDENT_CATEGORIES } from '../store/constants';

/** What the background asks of a tab's content script (no answer expected beyond ok). */
export type ContentCommand =
  | { vigie: 1; command: 'focus'; dedupeKey: string }
  | { vigie: 1; command: 'reload' }
  /** Insert into the reply box of the mention (by dedupe key) or the last focused editable. */
  | { vigie: 1; command: 'insert'; text: string; dedupeKey?: string; interactionId: string }
  /** What the page shows around a bad buzz being captured (the answer is an `Evidence`). */
  | {
      vigie: 1;
      command: 'incident.evidence';
      selectionText?: string;
      linkUrl?: string;
      srcUrl?: string;
      dedupeKey?: string;
    }
  /** Show the capture form for a saved incident (answers true when the page shows it). */
  | { vigie: 1; command: 'incident.form'; incident: IncidentFormPrefill };

/** What a capture reads from the page, without the CM typing anything. */
export interface Evidence {
  url: string;
  pageTitle: string;
  permalink?: string;
  network?: string;
  author?: string;
  excerpt?: string;
  engagement: Record<string, number>;
  watchlistIds: string[];
  terms: string[];
  dedupeKey?: string;
}

/** The capture form's starting point: the incident as saved at the gesture. */
export interface IncidentFormPrefill {
  id: string;
  title: string;
  category: (typeof INCIDENT_CATEGORIES)[number];
  severity: number;
  excerpt?: string;
  author?: string;
  /** False when the page could not be photographed (restricted page): the rest is saved. */
  screenshot: boolean;
}

export type IncidentFormFields = Pick<IncidentFormPrefill, 'title' | 'category' | 'severity'> & {
  notes: string;
  escalate: boolean;
};

export function isContentCommand(message: unknown): message is ContentCommand {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { vigie?: unknown }).vigie === 1 &&
    typeof (message as { command?: unknown }).command === 'string'
  );
}
