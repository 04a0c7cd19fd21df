import dayjs from 'dayjs';
import type { Destination } from '../../src-main/contract';

/** Today as file names carry it. */
const today = () => dayjs().format('YYYY-MM-DD');

/**
 * The name a bundle is offered under: where it comes from, where it goes, and the day, in ASCII (bundles are
 * mailed around and copied through Windows shares), so a USB stick with several bundles is not a puzzle.
 */
export function bundleFileName(departments: string[], to: Destination): string {
  const from = to === 'office' ? departments.join('-') || 'laptop' : 'office';
  const dest = to === 'office' ? 'office' : to === 'review' ? 'review' : to.slice('department:'.length);
  return `${from}-to-${dest}-${today()}.waiban`;
}

export const joinRequestFileName = (installation: string) => `${installation}-入网申请.waiban`;
export const enrolmentFileName = (installation: string) => `${installation}-登记.waiban`;
export const templateFileName = (register: string) => `${register}-导入模板.xlsx`;
export const refusedRowsFileName = (register: string) => `${register}-未导入的行-${today()}.xlsx`;
export const registerExportFileName = (register: string) => `${register}-${today()}.xlsx`;
export const budgetFileName = (fiscalYear: number) => `经费执行-${fiscalYear}.xlsx`;
