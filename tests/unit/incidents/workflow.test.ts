import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import {
  allowedIncidentTransitions,
  canTransitionIncident,
  commentIncident,
  createIncident,
  cutAtWord,
  INCIDENT_STATUSES,
  INCIDENT_TRANSITIONS,
  type IncidentStatus,
  IncidentTransitionError,
  SEVERITY_LEVELS,
  transitionIncident,
} from '@/lib/incidents';
import { incidentSchema } from '@/lib/store/schema';
import { incident, T0 } from './fixtures';

describe('createIncident', () => {
  const draft = {
    workspaceId: 'ws',
    category: 'bad-joke' as const,
    severity: 2,
    url: 'https://x.com/acme/status/42?s=20',
    excerpt: '  Une blague   douteuse\nsur les clientes  ',
  };

  it('validates and starts the timeline with an open event', () => {
    const created = createIncident(draft, ' Camille ', T0);
    expect(incidentSchema.parse(created)).toEqual(created);
    expect(created).toMatchObject({
      status: 'open',
      title: 'Une blague douteuse sur les clientes',
      excerpt: 'Une blague   douteuse\nsur les clientes',
      notes: '',
      mentionIds: [],
      createdAt: T0,
      updatedAt: T0,
    });
    expect(created.timeline).toEqual([{ at: T0, status: 'open', by: 'Camille', comment: '' }]);
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('adds an escalated event right after when the draft asks for the senior', () => {
    const created = createIncident({ ...draft, escalate: true, comment: 'capturé' }, 'Camille', T0);
    expect(created.status).toBe('escalated');
    expect(created.timeline.map((event) => [event.status, event.comment])).toEqual([
      ['open', 'capturé'],
      ['escalated', ''],
    ]);
  });

  it('rejects a bad severity or category with a ZodError', () => {
    expect(() => createIncident({ ...draft, severity: 5 }, 'C', T0)).toThrow(ZodError);
    expect(() => createIncident({ ...draft, severity: 2.5 }, 'C', T0)).toThrow(ZodError);
    expect(() =>
      createIncident({ ...draft, category: 'oops' as unknown as 'other' }, 'C', T0),
    ).toThrow(ZodError);
  });

  it('cuts captured text to the stored limits instead of losing the capture', () => {
    const created = createIncident(
      { ...draft, excerpt: 'a'.repeat(60_000), title: 't'.repeat(400), notes: 'n'.repeat(30_000) },
      'C',
      T0,
    );
    expect(created.excerpt).toHaveLength(50_000);
    expect(created.title).toHaveLength(300);
    expect(created.notes).toHaveLength(20_000);
  });

  it('titles an incident without excerpt after its page', () => {
    const created = createIncident({ ...draft, excerpt: undefined }, 'C', T0);
    expect(created.title).toBe('x.com/acme/status/42?s=20');
    expect(createIncident({ ...draft, excerpt: '', url: '' }, 'C', T0).title).toBe('—');
  });

  it('keeps the evidence the capture read, once each', () => {
    const created = createIncident(
      {
        ...draft,
        mentionIds: ['m1', 'm1'],
        watchlistIds: ['wl', 'wl'],
        engagement: { likes: 3 },
        screenshotId: 'blob-1',
      },
      'C',
      T0,
    );
    expect(created).toMatchObject({
      mentionIds: ['m1'],
      watchlistIds: ['wl'],
      engagement: { likes: 3 },
      screenshotId: 'blob-1',
    });
  });
});

describe('the workflow', () => {
  const table: [IncidentStatus, IncidentStatus[]][] = [
    ['open', ['escalated', 'holding', 'resolved']],
    ['escalated', ['holding', 'resolved', 'open']],
    ['holding', ['escalated', 'resolved']],
    ['resolved', ['post-mortem', 'open']],
    ['post-mortem', []],
  ];

  it.each(table)('from %s allows exactly %j', (from, targets) => {
    expect(allowedIncidentTransitions(from).map((move) => move.to)).toEqual(targets);
    for (const to of INCIDENT_STATUSES) {
      expect(canTransitionIncident(from, to), `${from} → ${to}`).toBe(targets.includes(to));
    }
  });

  it('walks the whole path with time, who and comment on each step', () => {
    let current = incident();
    const steps: IncidentStatus[] = ['escalated', 'holding', 'resolved', 'post-mortem'];
    steps.forEach((to, index) => {
      current = transitionIncident(
        current,
        to,
        { by: 'Alex', comment: ` step ${index} ` },
        T0 + index + 1,
      );
    });
    expect(current.status).toBe('post-mortem');
    expect(current.updatedAt).toBe(T0 + 4);
    expect(current.timeline.slice(1)).toEqual(
      steps.map((status, index) => ({
        at: T0 + index + 1,
        status,
        by: 'Alex',
        comment: `step ${index}`,
      })),
    );
    expect(incidentSchema.parse(current)).toEqual(current);
  });

  it('does not change the incident it is given', () => {
    const before = incident();
    const copy = structuredClone(before);
    transitionIncident(before, 'escalated', { by: 'A' }, T0 + 1);
    expect(before).toEqual(copy);
  });

  it('throws a typed error on an illegal move', () => {
    const closed = incident({ status: 'post-mortem' });
    expect(() => transitionIncident(closed, 'open', { by: 'A' }, T0)).toThrow(
      IncidentTransitionError,
    );
    try {
      transitionIncident(incident(), 'post-mortem', { by: 'A' }, T0);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(IncidentTransitionError);
      expect(error).toMatchObject({ code: 'illegal_transition', from: 'open', to: 'post-mortem' });
    }
    // Staying in place is not a move: a comment is.
    expect(() => transitionIncident(incident(), 'open', { by: 'A' }, T0)).toThrow(
      IncidentTransitionError,
    );
  });

  it('rejects a comment too long to store', () => {
    expect(() =>
      transitionIncident(incident(), 'escalated', { by: 'A', comment: 'x'.repeat(5_001) }, T0),
    ).toThrow(ZodError);
  });

  it('records a comment without changing the status', () => {
    const commented = commentIncident(
      incident(),
      { by: 'A', comment: 'Le journaliste rappelle' },
      T0 + 5,
    );
    expect(commented.status).toBe('open');
    expect(commented.timeline.at(-1)).toEqual({
      at: T0 + 5,
      status: 'open',
      by: 'A',
      comment: 'Le journaliste rappelle',
    });
  });

  it('every transition has an action and reaches every status from open', () => {
    const reachable = new Set<IncidentStatus>(['open']);
    for (let round = 0; round < 5; round++) {
      for (const move of INCIDENT_TRANSITIONS) if (reachable.has(move.from)) reachable.add(move.to);
    }
    expect([...reachable].sort()).toEqual([...INCIDENT_STATUSES].sort());
  });
});

describe('severity levels', () => {
  it('are 1–4 with a label and a one-line help each', () => {
    expect(
      SEVERITY_LEVELS.map((level) => [level.level, level.name, level.labelKey, level.helpKey]),
    ).toEqual([
      [1, 'low', 'incident_severity_1', 'incident_severity_1_help'],
      [2, 'moderate', 'incident_severity_2', 'incident_severity_2_help'],
      [3, 'high', 'incident_severity_3', 'incident_severity_3_help'],
      [4, 'critical', 'incident_severity_4', 'incident_severity_4_help'],
    ]);
  });
});

describe('cutAtWord', () => {
  it('cuts at a word with an ellipsis, counting code points', () => {
    expect(cutAtWord('short', 10)).toBe('short');
    expect(cutAtWord('the quick brown fox jumps', 12)).toBe('the quick…');
    expect(cutAtWord('😀😀😀😀😀', 3)).toBe('😀😀…');
  });
});
