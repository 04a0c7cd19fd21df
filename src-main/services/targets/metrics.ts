import type { Metric } from './metric';
import { activePartners, newPartners, trainingBases } from './partnerMetrics';

/** Every computed metric by the id a plan target stores (core/registers/plan.ts lists the same ids). */
export const metrics: Record<string, Metric> = Object.fromEntries(
  [activePartners, newPartners, trainingBases].map((m) => [m.id, m]),
);
