/** Bad buzz: capture from the page, refinement, the workflow. */
import { browser } from 'wxt/browser';
import { t } from '../../i18n';
import { transitionIncident } from '../../incidents/workflow';
import type { IncidentFormPrefill } from '../../messages/content-commands';
import { deleteIncident, listIncidents, updateIncident } from '../../store/repos/incidents';
import { getSettings } from '../../store/repos/settings';
import type { Incident, Settings } from '../../store/schema';
import { captureIncident, PENDING_INCIDENT_KEY } from '../capture';
import { acknowledgeSpikes, unacknowledgedSpikes } from '../spikes';
import { activeWorkspace, type BackgroundDeps, broadcast, type HandlerGroup } from './context';

/** Who signs timeline events: the CM's name, else her role. */
export const agentOf = (settings: Settings) => settings.agentName || t(`role_${settings.role}`);

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

export function incidentHandlers(
  deps: BackgroundDeps,
): HandlerGroup<
  | 'incident.capture'
  | 'incident.update'
  | 'incident.discard'
  | 'incidents.list'
  | 'incident.pending'
  | 'incident.transition'
  | 'spikes.status'
  | 'spikes.acknowledge'
> {
  const changed = () => broadcast({ vigie: 1, event: 'incidents.changed' });
  return {
    'incident.capture': async (payload, context) => {
      const tabId = payload.tabId ?? context.tabId;
      if (tabId === undefined) throw new Error('No tab to capture');
      const result = await captureIncident(deps, { ...payload, tabId }, t);
      changed();
      return result;
    },
    'incident.update': async ({ id, escalate, ...fields }) => {
      const db = await deps.db();
      const settings = await getSettings(db);
      const now = Date.now();
      const updated = await updateIncident(db, id, (current) => {
        const next: Incident = { ...current, ...definedOnly(fields), updatedAt: now };
        // "Escalate to senior" ticked in the form: the timeline says when and by whom.
        return escalate && next.status === 'open'
          ? transitionIncident(
              next,
              'escalated',
              { by: agentOf(settings), comment: next.notes },
              now,
            )
          : next;
      });
      if (!updated) throw new Error(`No incident ${id}`);
      changed();
      return updated;
    },
    'incident.discard': async ({ id }) => {
      const removed = await deleteIncident(await deps.db(), id);
      changed();
      return removed;
    },
    'incidents.list': async () => {
      const db = await deps.db();
      return listIncidents(db, await activeWorkspace(db));
    },
    'incident.pending': async () => {
      const stored = await browser.storage.session.get(PENDING_INCIDENT_KEY);
      await browser.storage.session.remove(PENDING_INCIDENT_KEY);
      return (stored[PENDING_INCIDENT_KEY] as IncidentFormPrefill | undefined) ?? null;
    },
    'spikes.status': async () => unacknowledgedSpikes(),
    'spikes.acknowledge': async () => {
      await acknowledgeSpikes();
      deps.onSpikesAcknowledged?.();
      return true;
    },
    'incident.transition': async ({ id, to, comment }) => {
      const db = await deps.db();
      const by = agentOf(await getSettings(db));
      const updated = await updateIncident(db, id, (current) =>
        transitionIncident(current, to, { by, comment }, Date.now()),
      );
      if (!updated) throw new Error(`No incident ${id}`);
      changed();
      return updated;
    },
  };
}
