/**
 * Capturing a bad buzz: everything is read and saved at the gesture — the
 * page's evidence, a screenshot of the visible tab, the time — before any
 * form shows, so a closed tab or a dismissed form loses nothing. The form
 * (in the page, else in the popup) only refines what is already saved.
 */
import { browser } from 'wxt/browser';
import { createIncident } from '../incidents/workflow';
import type { Evidence, IncidentFormPrefill } from '../messages/content-commands';
import type { CaptureResult, MessageInput } from '../messages/protocol';
import { createIncidentRecord } from '../store/repos/incidents';
import { getSettings } from '../store/repos/settings';
import type { Incident } from '../store/schema';
import { activeWatchlistIds } from '../workspaces/scope';
import { askTab, type BackgroundDeps } from './handlers/context';
import { networkFor } from './site-of-url';

export const PENDING_INCIDENT_KEY = 'incident-pending';

export type CaptureRequest = MessageInput<'incident.capture'> & { tabId: number };

/** The visible part of the tab as a PNG, or null where the browser refuses (restricted pages). */
async function screenshotOf(windowId: number | undefined): Promise<Blob | null> {
  try {
    const dataUrl = await browser.tabs.captureVisibleTab(
      windowId ?? browser.windows.WINDOW_ID_CURRENT,
      {
        format: 'png',
      },
    );
    return await (await fetch(dataUrl)).blob();
  } catch {
    return null;
  }
}

function titleFrom(evidence: Evidence): string {
  const source = (evidence.excerpt ?? evidence.pageTitle ?? evidence.url)
    .replace(/\s+/g, ' ')
    .trim();
  return (source.length > 90 ? `${source.slice(0, 89)}…` : source) || evidence.url || 'Bad buzz';
}

export async function captureIncident(
  deps: BackgroundDeps,
  request: CaptureRequest,
  message: (key: string, ...subs: string[]) => string,
): Promise<CaptureResult> {
  const tab = await browser.tabs.get(request.tabId).catch(() => undefined);
  // The screenshot first: what is on screen at the gesture is the evidence.
  const screenshot = await screenshotOf(tab?.windowId);
  const evidence: Evidence = (await askTab<Evidence>(request.tabId, {
    vigie: 1,
    command: 'incident.evidence',
    selectionText: request.selectionText,
    linkUrl: request.linkUrl,
    srcUrl: request.srcUrl,
    dedupeKey: request.dedupeKey,
  })) ?? {
    url: tab?.url ?? request.linkUrl ?? '',
    pageTitle: tab?.title ?? '',
    excerpt: request.selectionText?.trim() || undefined,
    engagement: {},
    watchlistIds: [],
    terms: [],
  };

  const db = await deps.db();
  const settings = await getSettings(db);
  const now = Date.now();
  const by = settings.agentName || message(`role_${settings.role}`);
  const mention = evidence.dedupeKey
    ? await db.getFromIndex('mentions', 'byDedupeKey', [
        settings.activeWorkspaceId,
        evidence.dedupeKey,
      ])
    : undefined;
  const noteParts = [
    message('incident_captured_via', message(`incident_source_${request.source}`)),
    screenshot ? '' : message('incident_no_screenshot'),
  ].filter(Boolean);
  const incident = createIncident(
    {
      workspaceId: settings.activeWorkspaceId,
      title: titleFrom(evidence),
      category: 'other',
      severity: 2,
      url: evidence.url,
      permalink: evidence.permalink,
      network: (evidence.network as Incident['network']) ?? networkFor(evidence.url),
      author: evidence.author,
      excerpt: evidence.excerpt,
      mentionIds: mention ? [mention.id] : [],
      // Highlight scope "all": other workspaces' watchlists say nothing in this one.
      watchlistIds: activeWatchlistIds(evidence.watchlistIds),
      engagement: evidence.engagement,
      comment: noteParts.join(' '),
    },
    by,
    now,
  );
  await createIncidentRecord(
    db,
    incident,
    screenshot ? { blob: screenshot, type: 'image/png' } : undefined,
  );

  const prefill: IncidentFormPrefill = {
    id: incident.id,
    title: incident.title,
    category: incident.category,
    severity: incident.severity,
    excerpt: incident.excerpt,
    author: incident.author,
    screenshot: screenshot !== null,
  };
  const shown = await askTab<boolean>(request.tabId, {
    vigie: 1,
    command: 'incident.form',
    incident: prefill,
  });
  if (shown) return { incidentId: incident.id, screenshot: screenshot !== null, form: 'page' };
  // The page cannot host the form (no content script there): the popup takes it.
  await browser.storage.session.set({ [PENDING_INCIDENT_KEY]: prefill });
  const opened = await browser.action
    ?.openPopup()
    .then(() => true)
    .catch(() => false);
  return {
    incidentId: incident.id,
    screenshot: screenshot !== null,
    form: opened ? 'popup' : 'none',
  };
}
