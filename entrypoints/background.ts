/**
 * Composition root of the service worker: open the store, route messages,
 * keep the badge. Logic lives in lib/; this file only wires it.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import {
  forgetTabCount,
  setLateCount,
  setSpikeAlert,
  showMentionCount,
} from '@/lib/background/badge';
import { type CaptureRequest, captureIncident } from '@/lib/background/capture';
import {
  createMenus,
  type MenuClick,
  onCommand,
  onMenuClicked,
} from '@/lib/background/entry-points';
import { onConfigChanged } from '@/lib/background/handlers/context';
import { type BackgroundDeps, createHandlers } from '@/lib/background/handlers/index';
import { syncOnDemandScript } from '@/lib/background/on-demand';
import { scheduleReportWarmup } from '@/lib/background/report-warmup';
import { checkSla, SLA_ALARM, SLA_NOTIFICATION_PREFIX } from '@/lib/background/sla';
import { checkSpikes, SPIKE_ALARM, unacknowledgedSpikes } from '@/lib/background/spikes';
import { forgetTab } from '@/lib/background/tab-mentions';
import { forgetTabListening } from '@/lib/background/temporary-tabs';
import { openWelcome } from '@/lib/background/welcome';
import { t } from '@/lib/i18n';
import { route } from '@/lib/messages/router';
import { queryErrors } from '@/lib/query/check';
import { detectLanguage } from '@/lib/risk/language';
import { onStoreWrite } from '@/lib/store/changes';
import { openVigieDB, type VigieDB } from '@/lib/store/db';
import { getSettings } from '@/lib/store/repos/settings';
import { templateErrors } from '@/lib/templates/check';
import { hashPassphrase, verifyPassphrase } from '@/lib/templates/passphrase';

export default defineBackground(() => {
  let db: Promise<VigieDB> | null = null;
  // Opened on first use and reopened after a failure (e.g. an upgrade blocked by an old tab).
  const getDb = () => {
    db ??= openVigieDB().catch((error: unknown) => {
      db = null;
      throw error;
    });
    return db;
  };

  const deps: BackgroundDeps = {
    db: getDb,
    checkQuery: queryErrors,
    checkTemplate: templateErrors,
    passphrase: { hash: (given) => hashPassphrase(given), verify: verifyPassphrase },
    detectLanguage: (text) => detectLanguage(text)?.language,
    onTabMentions: (tabId, count) => {
      showMentionCount(tabId, count).catch(() => undefined);
    },
  };
  // Spikes: checked shortly after risky mentions arrive (at most every 30 s) and on an alarm.
  let spikeCheck: ReturnType<typeof setTimeout> | undefined;
  const lookForSpikes = async () => {
    const spikes = await checkSpikes(await getDb());
    if (spikes.length > 0) await setSpikeAlert(true);
  };
  deps.onRiskyMentions = () => {
    if (spikeCheck !== undefined) return;
    spikeCheck = setTimeout(() => {
      spikeCheck = undefined;
      void lookForSpikes().catch(() => undefined);
    }, 30_000);
  };
  deps.onSpikesAcknowledged = () => void setSpikeAlert(false).catch(() => undefined);
  void browser.alarms.create(SPIKE_ALARM, { periodInMinutes: 10 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SPIKE_ALARM) void lookForSpikes().catch(() => undefined);
  });
  // A worker woken from sleep keeps the badge red while a spike is unacknowledged.
  void unacknowledgedSpikes().then((spikes) => {
    if (spikes.length > 0) void setSpikeAlert(true);
  });

  // SLA: late mentions counted every minute and soon after mentions or replies change.
  const checkLate = async () => {
    const { late } = await checkSla(await getDb());
    await setLateCount(late);
  };
  deps.onLateCount = (late) => void setLateCount(late).catch(() => undefined);
  let lateCheck: ReturnType<typeof setTimeout> | undefined;
  const checkLateSoon = () => {
    if (lateCheck !== undefined) return;
    lateCheck = setTimeout(() => {
      lateCheck = undefined;
      void checkLate().catch(() => undefined);
    }, 2_000);
  };
  onStoreWrite(checkLateSoon);
  // Another workspace or other targets: the late count changes now, not at the next alarm.
  onConfigChanged(checkLateSoon);
  void browser.alarms.create(SLA_ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SLA_ALARM) void checkLate().catch(() => undefined);
  });
  // A worker just woken has a message to answer first (often a table's page).
  setTimeout(() => void checkLate().catch(() => undefined), 3_000);
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(SLA_NOTIFICATION_PREFIX)) return;
    void browser.tabs.create({ url: browser.runtime.getURL('/options.html#mentions/late') });
    void browser.notifications.clear(id);
  });

  // Reports open from the cache: the background fills it while the CM works.
  scheduleReportWarmup(getDb);

  const handlers = createHandlers(deps);
  const own = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };

  browser.runtime.onMessage.addListener((message, sender) => route(message, sender, handlers, own));

  // Bad buzz from the keyboard and the context menu (the listeners are thin: see entry-points.ts).
  const capture = (request: CaptureRequest) => captureIncident(deps, request, t);
  const entryPoints = {
    onCommand: (command: string) => onCommand(command, capture),
    onMenuClicked: (info: MenuClick, tabId?: number) => onMenuClicked(info, tabId, capture),
  };
  browser.commands.onCommand.addListener((command) => void entryPoints.onCommand(command));
  browser.contextMenus.onClicked.addListener(
    (info, tab) => void entryPoints.onMenuClicked(info, tab?.id),
  );
  // Reachable from the worker's console and the e2e tests: the browser's own gestures cannot be scripted.
  (globalThis as { vigie?: typeof entryPoints }).vigie = entryPoints;

  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTab(tabId).catch(() => undefined);
    forgetTabCount(tabId);
    forgetTabListening(tabId).catch(() => undefined);
  });

  // The sites the CM turned Vigie on for keep their content script across updates.
  const syncOnDemand = async () =>
    syncOnDemandScript((await getSettings(await getDb())).genericOrigins);
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void syncOnDemand().catch(() => undefined);
    void createMenus(t('menu_log_bad_buzz')).catch(() => undefined);
    // First install: the wizard sets up the CM's brand (an update never reopens it).
    if (reason === 'install') void openWelcome(getDb).catch(() => undefined);
  });
  browser.runtime.onStartup.addListener(() => void syncOnDemand().catch(() => undefined));
});
