import type { NextStep, RecordDto, RegisterDef } from '../contract';
import { blockingFindings } from '../core/rules/evaluate';
import type { Values } from '../core/rules/types';
import { localDate } from '../ports/clock';
import type { ServiceContext } from './context';
import { subjectFindings } from './ruleChecks';
import { stampStageDates } from './stageDates';

/**
 * Each next step with the blocking rule findings it would meet, judged as the gate will judge the move (the
 * status changed, its dates stamped), so a move the rules refuse is locked with every reason named.
 */
export function withRuleBlockers(ctx: ServiceContext, def: RegisterDef, values: Values, steps: NextStep[]): NextStep[] {
  if (!def.statusField) return steps;
  const order = def.fields.find((f) => f.key === def.statusField)?.options?.map((o) => o.value) ?? [];
  const from = (values[def.statusField] as string | null) ?? null;
  const exempt = def.checklist?.exemptStatuses ?? ['cancelled'];
  const today = localDate(ctx.clock.now());
  return steps.map((step) => {
    const moved: Values = { ...values, [def.statusField!]: step.status };
    stampStageDates(def, moved, values, today);
    const blocked = blockingFindings(subjectFindings(ctx, def.name, moved), order, step.status, from, exempt);
    return blocked.length ? { ...step, ruleBlockers: blocked } : step;
  });
}

export const stepsWithRuleBlockers = (ctx: ServiceContext, def: RegisterDef, values: Values, dto: RecordDto): RecordDto =>
  dto.nextSteps ? { ...dto, nextSteps: withRuleBlockers(ctx, def, values, dto.nextSteps) } : dto;
