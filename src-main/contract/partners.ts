import { z } from 'zod';

export const partnerActivityInputSchema = z.object({ id: z.string().uuid() }).strict();

/** What has happened with a partner, register by register, and whether it has gone quiet. */
export interface PartnerActivity {
  /** The latest date anything happened (an agreement signed, a trip, a conference...), if any. */
  lastActivity: string | null;
  /** Nothing has happened for `dormantYears` years (or ever). */
  dormant: boolean;
  dormantYears: number;
  registers: { register: string; filter: string; count: number; lastActivity: string | null }[];
}
