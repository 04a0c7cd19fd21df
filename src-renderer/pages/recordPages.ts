import type { ComponentType } from 'react';
import type { RegisterDef } from '../../src-main/contract';
import { DelegationPage } from './delegation/DelegationPage';
import { PartnerPage } from './partner/PartnerPage';

export interface RecordPageProps {
  def: RegisterDef;
  id: string;
}

/**
 * Registers whose records open on a page of their own instead of the drawer over the list: a delegation
 * is worked on for weeks (checklist, approvals, the report) and needs the room. Every other register
 * keeps the generic drawer. A partner's page gathers everything done with it (partner 360).
 */
export const recordPages: Partial<Record<string, ComponentType<RecordPageProps>>> = {
  delegation: DelegationPage,
  partner: PartnerPage,
};
