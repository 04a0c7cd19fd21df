import type { ComponentType } from 'react';
import type { RecordDto, RegisterDef } from '../../src-main/contract';
import { PlanCompletion } from './annualPlan/PlanCompletion';
import { RuleFindingsPanel } from './rules/RuleFindingsPanel';

/**
 * What a register's drawer shows about a record beyond its fields: an annual plan's completion, computed
 * from the records linked to its lines; a conference's or hire's rule findings.
 */
export const detailPanels: Partial<Record<string, ComponentType<{ def: RegisterDef; record: RecordDto }>>> = {
  annualPlan: PlanCompletion,
  conference: RuleFindingsPanel,
  expert: RuleFindingsPanel,
};
