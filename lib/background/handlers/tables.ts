/**
 * The mentions and interactions tables (options page): filtered, searched,
 * sorted pages from the worker's index (lib/tables/cache.ts), stars, and the
 * SLA state the side panel and the badge need.
 */
import { isLate } from '../../sla';
import type { VigieDB } from '../../store/db';
import { setMarked } from '../../store/repos/marks';
import { getSettings } from '../../store/repos/settings';
import { createTableIndexes } from '../../tables/cache';
import { isPlain, plainPage } from '../../tables/direct';
import { SelectionMemo } from '../../tables/query';
import type { IndexRow, TableQuery } from '../../tables/types';
import { answeredMentionIds, checkSla } from '../sla';
import { activeWorkspace, type BackgroundDeps, type HandlerGroup } from './context';

export function tableHandlers(
  deps: BackgroundDeps,
): HandlerGroup<
  | 'mentions.query'
  | 'interactions.query'
  | 'mentions.mark'
  | 'interactions.mark'
  | 'mentions.answered'
  | 'sla.check'
> {
  const indexes = createTableIndexes();
  const memo = { mentions: new SelectionMemo(), interactions: new SelectionMemo() };
  /** Builds a table's indexes in the background: it opened, a search will follow. */
  const warmUp = (db: VigieDB, workspaceId: string, table: 'mentions' | 'interactions') => {
    // The mentions table needs the interactions too (which mentions are answered).
    if (table === 'mentions') void indexes.mentions.read(db, workspaceId).catch(() => undefined);
    void indexes.interactions.read(db, workspaceId).catch(() => undefined);
  };

  return {
    'mentions.query': async (query) => {
      const db = await deps.db();
      const settings = await getSettings(db);
      const workspaceId = settings.activeWorkspaceId;
      if (isPlain(query as TableQuery) && !indexes.mentions.ready(workspaceId)) {
        const page = await plainPage(db, 'mentions', workspaceId, query);
        warmUp(db, workspaceId, 'mentions');
        return {
          ...page,
          answeredIds: await answeredMentionIds(
            db,
            page.rows.map((m) => m.id),
          ),
        };
      }
      const [rows, interactionRows] = await Promise.all([
        indexes.mentions.read(db, workspaceId),
        indexes.interactions.read(db, workspaceId),
      ]);
      const answered = indexes.answered(interactionRows);
      const now = Date.now();
      const late = query.filters.lateOnly
        ? (row: IndexRow) =>
            isLate(
              {
                status: row.status as 'new',
                network: row.network,
                postedAt: row.postedAt,
                firstSeenAt: row.time,
              },
              settings.slaMinutes,
              now,
              answered.has(row.id),
            )
        : undefined;
      const version = indexes.mentions.version * 1_000_003 + indexes.interactions.version;
      const page = memo.mentions.query(
        rows,
        version,
        query as TableQuery,
        now,
        late,
        JSON.stringify(settings.slaMinutes),
      );
      const records = await indexes.mentions.records(db, page.ids);
      return {
        total: page.total,
        rows: records,
        answeredIds: records.filter((m) => answered.has(m.id)).map((m) => m.id),
      };
    },
    'interactions.query': async (query) => {
      const db = await deps.db();
      const workspaceId = await activeWorkspace(db);
      if (isPlain(query as TableQuery) && !indexes.interactions.ready(workspaceId)) {
        const page = await plainPage(db, 'interactions', workspaceId, query);
        warmUp(db, workspaceId, 'interactions');
        return page;
      }
      const rows = await indexes.interactions.read(db, workspaceId);
      const page = memo.interactions.query(
        rows,
        indexes.interactions.version,
        query as TableQuery,
        Date.now(),
      );
      return { total: page.total, rows: await indexes.interactions.records(db, page.ids) };
    },
    'mentions.mark': async ({ ids, marked }) => {
      const db = await deps.db();
      return setMarked(db, 'mentions', await activeWorkspace(db), ids, marked);
    },
    'interactions.mark': async ({ ids, marked }) => {
      const db = await deps.db();
      return setMarked(db, 'interactions', await activeWorkspace(db), ids, marked);
    },
    'mentions.answered': async ({ ids }) => answeredMentionIds(await deps.db(), ids),
    'sla.check': async () => {
      const result = await checkSla(await deps.db());
      deps.onLateCount?.(result.late);
      return { late: result.late };
    },
  };
}
