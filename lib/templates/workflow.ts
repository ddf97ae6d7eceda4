/**
 * Who may do what with a template. The tandem of the trade: a junior answers
 * with approved words only and may propose new ones; a senior writes,
 * approves and retires them.
 *
 *   draft ──submit──▶ pending ──approve──▶ approved ──retire──▶ retired
 *     ▲                  │                                        │
 *     └──────reject──────┘◀───────────────revive──────────────────┘ (to draft)
 *
 * This protects the workflow on one machine (the role switch asks for a
 * passphrase); it is not an access control against a hostile user.
 */
import type { Settings, Template } from '../store/schema';

export type Role = Settings['role'];
export type TemplateStatus = Template['status'];

export type WorkflowAction = 'submit' | 'reject' | 'approve' | 'retire' | 'revive';

interface Transition {
  action: WorkflowAction;
  from: TemplateStatus;
  to: TemplateStatus;
  roles: readonly Role[];
}

export const TRANSITIONS: readonly Transition[] = [
  { action: 'submit', from: 'draft', to: 'pending', roles: ['junior', 'senior'] },
  { action: 'reject', from: 'pending', to: 'draft', roles: ['senior'] },
  { action: 'approve', from: 'pending', to: 'approved', roles: ['senior'] },
  { action: 'retire', from: 'approved', to: 'retired', roles: ['senior'] },
  { action: 'revive', from: 'retired', to: 'draft', roles: ['senior'] },
];

export function canTransition(from: TemplateStatus, to: TemplateStatus, role: Role): boolean {
  return TRANSITIONS.some((t) => t.from === from && t.to === to && t.roles.includes(role));
}

/** The statuses `role` may move a template in `from` to, for the buttons to show. */
export function allowedTransitions(from: TemplateStatus, role: Role): TemplateStatus[] {
  return TRANSITIONS.filter((t) => t.from === from && t.roles.includes(role)).map((t) => t.to);
}

/**
 * A junior inserts approved wording only. A senior may also insert a draft or
 * a pending one (to try it on a real reply box); nobody inserts a retired one,
 * which was withdrawn for a reason.
 */
export function canInsert(template: Pick<Template, 'status'>, role: Role): boolean {
  if (template.status === 'retired') return false;
  return role === 'senior' || template.status === 'approved';
}

/** Everyone may start a draft: juniors propose wording, seniors approve it. */
export function canCreate(_role: Role): boolean {
  return true;
}

/**
 * A junior edits drafts only (approved or pending wording is the senior's to
 * change); a senior edits anything not retired (revive it first).
 */
export function canEdit(template: Pick<Template, 'status'>, role: Role): boolean {
  if (role === 'junior') return template.status === 'draft';
  return template.status !== 'retired';
}

export class WorkflowError extends Error {
  constructor(
    readonly from: TemplateStatus,
    readonly to: TemplateStatus,
    readonly role: Role,
  ) {
    super(`A ${role} cannot move a template from ${from} to ${to}.`);
    this.name = 'WorkflowError';
  }
}

type WorkflowFields = Pick<Template, 'status' | 'approvedBy' | 'approvedAt' | 'updatedAt'>;

/** Marks a pending template approved by `senior` (the agent's name) at `now`. */
export function approve<T extends WorkflowFields>(template: T, senior: string, now: number): T {
  if (template.status !== 'pending') throw new WorkflowError(template.status, 'approved', 'senior');
  return { ...template, status: 'approved', approvedBy: senior, approvedAt: now, updatedAt: now };
}

/**
 * Applies a transition for `actor`, or throws WorkflowError. Back to draft
 * (rejected or revived) clears the approval: the wording must be approved
 * again. A retired template keeps who approved it, for the record.
 */
export function transition<T extends WorkflowFields>(
  template: T,
  to: TemplateStatus,
  actor: { role: Role; name: string },
  now: number,
): T {
  if (!canTransition(template.status, to, actor.role)) {
    throw new WorkflowError(template.status, to, actor.role);
  }
  if (to === 'approved') return approve(template, actor.name, now);
  const moved: T = { ...template, status: to, updatedAt: now };
  if (to === 'draft') {
    delete moved.approvedBy;
    delete moved.approvedAt;
  }
  return moved;
}
