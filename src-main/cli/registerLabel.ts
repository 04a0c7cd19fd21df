import type { Localized } from '../contract';
import { findRegister } from '../core/registers';

/** A register as people call it, in each language; its key when this version does not know it. */
export const registerLabel = (register: string): Localized => findRegister(register)?.label ?? { zh: register, en: register };
