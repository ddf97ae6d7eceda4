import { describe, expect, it } from 'vitest';
import { TEMPLATE_STATUSES } from '@/lib/store/constants';
import type { Template } from '@/lib/store/schema';
import {
  allowedTransitions,
  approve,
  canCreate,
  canEdit,
  canInsert,
  canTransition,
  type Role,
  type TemplateStatus,
  transition,
  WorkflowError,
} from '@/lib/templates';

/** Every allowed [from, to] per role; everything else is refused. */
const ALLOWED: Record<Role, [TemplateStatus, TemplateStatus][]> = {
  junior: [['draft', 'pending']],
  senior: [
    ['draft', 'pending'],
    ['pending', 'approved'],
    ['pending', 'draft'],
    ['approved', 'retired'],
    ['retired', 'draft'],
  ],
};

const template = (status: TemplateStatus, extra: Partial<Template> = {}): Template => ({
  workspaceId: 'default',
  id: 't1',
  title: 'Retard',
  body: 'Désolés {author|}',
  language: 'fr',
  status,
  tags: [],
  version: 1,
  createdAt: 1,
  updatedAt: 1,
  ...extra,
});

describe('canTransition: the whole table for both roles', () => {
  for (const role of ['junior', 'senior'] as const) {
    for (const from of TEMPLATE_STATUSES) {
      for (const to of TEMPLATE_STATUSES) {
        const allowed = ALLOWED[role].some(([f, t]) => f === from && t === to);
        it(`${role}: ${from} → ${to} is ${allowed ? 'allowed' : 'refused'}`, () => {
          expect(canTransition(from, to, role)).toBe(allowed);
        });
      }
    }
  }

  it('lists the next statuses for the buttons', () => {
    expect(allowedTransitions('pending', 'senior').sort()).toEqual(['approved', 'draft']);
    expect(allowedTransitions('pending', 'junior')).toEqual([]);
    expect(allowedTransitions('draft', 'junior')).toEqual(['pending']);
  });
});

describe('insert, create, edit', () => {
  it('a junior inserts approved templates only', () => {
    expect(TEMPLATE_STATUSES.filter((s) => canInsert(template(s), 'junior'))).toEqual(['approved']);
  });

  it('a senior inserts anything but a retired template', () => {
    expect(TEMPLATE_STATUSES.filter((s) => canInsert(template(s), 'senior'))).toEqual([
      'draft',
      'pending',
      'approved',
    ]);
  });

  it('both create drafts; a junior edits drafts only, a senior anything not retired', () => {
    expect(canCreate('junior') && canCreate('senior')).toBe(true);
    expect(TEMPLATE_STATUSES.filter((s) => canEdit(template(s), 'junior'))).toEqual(['draft']);
    expect(TEMPLATE_STATUSES.filter((s) => canEdit(template(s), 'senior'))).toEqual([
      'draft',
      'pending',
      'approved',
    ]);
  });
});

describe('approve and transition', () => {
  const senior = { role: 'senior', name: 'Camille' } as const;
  const junior = { role: 'junior', name: 'Noé' } as const;

  it('approve sets who and when', () => {
    expect(approve(template('pending'), 'Camille', 50)).toEqual(
      template('approved', { approvedBy: 'Camille', approvedAt: 50, updatedAt: 50 }),
    );
  });

  it('approve refuses anything not pending', () => {
    expect(() => approve(template('draft'), 'Camille', 50)).toThrow(WorkflowError);
  });

  it('walks the life of a template, clearing the approval when it goes back to draft', () => {
    const pending = transition(template('draft'), 'pending', junior, 10);
    expect(pending).toMatchObject({ status: 'pending', updatedAt: 10 });
    const approved = transition(pending, 'approved', senior, 20);
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'Camille', approvedAt: 20 });
    const retired = transition(approved, 'retired', senior, 30);
    expect(retired).toMatchObject({ status: 'retired', approvedBy: 'Camille' });
    const revived = transition(retired, 'draft', senior, 40);
    expect(revived.status).toBe('draft');
    expect('approvedBy' in revived || 'approvedAt' in revived).toBe(false);
  });

  it('throws for a forbidden move and leaves the template untouched', () => {
    const draft = template('draft');
    expect(() => transition(draft, 'approved', senior, 10)).toThrow(WorkflowError);
    expect(() => transition(template('pending'), 'approved', junior, 10)).toThrow(
      'A junior cannot move a template from pending to approved.',
    );
    expect(draft.status).toBe('draft');
  });
});
