import { AppError, type InstallationDto, type RegisterDef } from '../contract';

/**
 * Who may write what (docs/bundles.md): the office writes everything, a department laptop only records
 * owned by its departments (before and after the edit, so nothing is moved out of reach), review nothing.
 */
export function assertMayWrite(self: InstallationDto, def: RegisterDef, owners: (string | null)[]): void {
  if (self.role === 'review') {
    throw new AppError('READ_ONLY', {
      zh: '本机为只读审阅安装，不能修改记录。',
      en: 'This is a read-only review installation; records cannot be changed.',
    });
  }
  if (self.role === 'office') return;
  if (def.officeOnly) {
    throw new AppError('FORBIDDEN', {
      zh: `“${def.label.zh}”由外事办维护，院系部不能修改。`,
      en: `${def.label.en} are kept by the Foreign Affairs Office; departments cannot change them.`,
    });
  }
  const outside = [...new Set(owners.filter((d): d is string => d !== null && !self.departments.includes(d)))];
  if (outside.length > 0) {
    throw new AppError('FORBIDDEN', {
      zh: `本机只能修改本部门（${self.departments.join('、')}）的记录，不能修改属于 ${outside.join('、')} 的记录。`,
      en: `This installation may only change records of ${self.departments.join(', ')}, not of ${outside.join(', ')}.`,
    });
  }
}
