/**
 * The incidents screen: one incident with all its evidence, attaching the
 * mentions that show how it spread, timeline notes, and the crisis report's
 * data (the page builds the HTML: DOMPurify needs a window).
 */
import { t } from '../../i18n';
import type { CrisisReportData } from '../../incidents/export';
import { holdingStatements } from '../../incidents/holding';
import { networkKey } from '../../incidents/labels';
import { describeMention, type LinkAction, linkEvent } from '../../incidents/link-events';
import { suggestLinks } from '../../incidents/links';
import { commentIncident } from '../../incidents/workflow';
import type { IncidentDetail } from '../../messages/protocol';
import type { VigieDB } from '../../store/db';
import {
  blobToDataUrl,
  getBlob,
  getIncident,
  type LinkAnnotation,
  linkMention,
  listIncidents,
  screenshotDataUrls,
  unlinkMention,
  updateIncident,
} from '../../store/repos/incidents';
import { getSettings } from '../../store/repos/settings';
import { listTemplates } from '../../store/repos/templates';
import { listWatchlists } from '../../store/repos/watchlists';
import { getWorkspace } from '../../store/repos/workspaces';
import type { Incident, Mention } from '../../store/schema';
import { activeWorkspace, type BackgroundDeps, broadcast, type HandlerGroup } from './context';
import { agentOf } from './incidents';

/** Enough to choose from; the rest are weaker matches. */
const SUGGESTION_LIMIT = 20;

async function mentionsByIds(db: VigieDB, ids: readonly string[]): Promise<Mention[]> {
  const found = await Promise.all(ids.map((id) => db.get('mentions', id)));
  return found
    .filter((mention): mention is Mention => mention !== undefined)
    .sort((a, b) => a.firstSeenAt - b.firstSeenAt || a.id.localeCompare(b.id));
}

/** The workspace's mentions first seen after the incident was created: the only candidates for a link. */
async function mentionsSince(db: VigieDB, incident: Incident): Promise<Mention[]> {
  const range = IDBKeyRange.bound(
    [incident.workspaceId, incident.createdAt],
    [incident.workspaceId, Number.MAX_SAFE_INTEGER],
    true,
  );
  return db.getAllFromIndex('mentions', 'byWorkspaceFirstSeen', range);
}

async function watchlistNames(db: VigieDB, workspaceId: string): Promise<Record<string, string>> {
  const lists = await listWatchlists(db, workspaceId);
  return Object.fromEntries(lists.map((list) => [list.id, list.name]));
}

export async function incidentDetail(db: VigieDB, id: string): Promise<IncidentDetail> {
  const incident = await getIncident(db, id);
  if (!incident) throw new Error(`No incident ${id}`);
  const settings = await getSettings(db);
  const [stored, linked, later, templates, names, workspace] = await Promise.all([
    incident.screenshotId ? getBlob(db, incident.screenshotId) : undefined,
    mentionsByIds(db, incident.mentionIds),
    mentionsSince(db, incident),
    listTemplates(db, incident.workspaceId),
    watchlistNames(db, incident.workspaceId),
    getWorkspace(db, incident.workspaceId),
  ]);
  const suggestions = suggestLinks(incident, later, { limit: SUGGESTION_LIMIT }).map(
    ({ mention, reasons }) => ({ mention, reasons }),
  );
  const holding = holdingStatements(incident, templates, {
    brand: workspace?.name ?? '',
    agent: settings.agentName,
    now: Date.now(),
    networkLabel: incident.network ? t(networkKey(incident.network)) : undefined,
    language: workspace?.language,
  });
  return {
    incident,
    screenshot: stored ? await blobToDataUrl(stored) : null,
    linked,
    suggestions,
    holding,
    watchlistNames: names,
  };
}

export function incidentScreenHandlers(
  deps: BackgroundDeps,
): HandlerGroup<
  'incident.get' | 'incident.attach' | 'incident.detach' | 'incident.comment' | 'incidents.report'
> {
  const changed = () => broadcast({ vigie: 1, event: 'incidents.changed' });
  const annotation = async (db: VigieDB, action: LinkAction, mentionId: string) => {
    const by = agentOf(await getSettings(db));
    const now = Date.now();
    const annotate: LinkAnnotation = (next, mention) =>
      linkEvent(
        next,
        {
          mentionId,
          action,
          by,
          comment: t(`incidents_event_${action}`, describeMention(mention) || mentionId),
        },
        now,
      );
    return { annotate, now };
  };
  return {
    'incident.get': async ({ id }) => incidentDetail(await deps.db(), id),
    'incident.attach': async ({ id, mentionId }) => {
      const db = await deps.db();
      const current = await getIncident(db, id);
      if (!current) throw new Error(`No incident ${id}`);
      // Attached already: nothing to record twice.
      if (current.mentionIds.includes(mentionId)) return current;
      const { annotate, now } = await annotation(db, 'attached', mentionId);
      const updated = await linkMention(db, id, mentionId, now, annotate);
      if (!updated) throw new Error(`No incident ${id}`);
      changed();
      return updated;
    },
    'incident.detach': async ({ id, mentionId }) => {
      const db = await deps.db();
      const { annotate, now } = await annotation(db, 'detached', mentionId);
      const updated = await unlinkMention(db, id, mentionId, now, annotate);
      if (!updated) throw new Error(`No incident ${id}`);
      changed();
      return updated;
    },
    'incident.comment': async ({ id, comment }) => {
      const db = await deps.db();
      const by = agentOf(await getSettings(db));
      const updated = await updateIncident(db, id, (current) =>
        commentIncident(current, { by, comment }, Date.now()),
      );
      if (!updated) throw new Error(`No incident ${id}`);
      changed();
      return updated;
    },
    'incidents.report': async (payload): Promise<CrisisReportData> => {
      const db = await deps.db();
      let incidents: Incident[];
      let period: CrisisReportData['period'];
      if ('id' in payload) {
        const incident = await getIncident(db, payload.id);
        if (!incident) throw new Error(`No incident ${payload.id}`);
        incidents = [incident];
      } else {
        period = { from: payload.from, to: payload.to };
        incidents = await listIncidents(db, await activeWorkspace(db), period);
      }
      const workspaceId = incidents[0]?.workspaceId ?? (await activeWorkspace(db));
      const [mentions, screenshots, names] = await Promise.all([
        mentionsByIds(db, [...new Set(incidents.flatMap((incident) => incident.mentionIds))]),
        screenshotDataUrls(db, incidents),
        watchlistNames(db, workspaceId),
      ]);
      return { incidents, mentions, screenshots, watchlistNames: names, period };
    },
  };
}
