import type { ComponentType } from 'react';
import type { RecordDto, RegisterDef } from '../../src-main/contract';
import { PlanCompletion } from './annualPlan/PlanCompletion';

/**
 * What a register's drawer shows about a record beyond its fields: an annual plan's completion, computed
 * from the records linked to its lines.
 */
export const detailPanels: Partial<Record<string, ComponentType<{ def: RegisterDef; record: RecordDto }>>> = {
  annualPlan: PlanCompletion,
};
