import { AppError } from '../contract';
import type { ServiceContext } from './context';

/**
 * A plain edit of a record in conflict would supersede only the shown version and leave the others as heads
 * on every other installation: such edits wait until the conflict is resolved.
 */
export function assertNoConflict(ctx: ServiceContext, register: string, id: string): void {
  const row = ctx.stores.get(register)?.get(id);
  if (row?.conflict) {
    throw new AppError('CONFLICT', {
      zh: '这条记录有并发修改的冲突，请先在“冲突”页面解决后再修改。',
      en: 'This record has concurrent edits in conflict; resolve them on the Conflicts page before editing.',
    });
  }
}
