import { conferencesHosted, trainingsRun } from './eventMetrics';
import type { Metric } from './metric';
import { activePartners, newPartners, trainingBases } from './partnerMetrics';
import { teachersAbroad, studentsAbroad, teachersWithExperience } from './peopleMetrics';
import { cooperativePrograms, jointTrainingPrograms, programsPerDepartment } from './programMetrics';
import { studentIntakes, studentQualification } from './studentMetrics';

/** Every computed metric by the id a plan target stores (core/registers/plan.ts lists the same ids). */
export const metrics: Record<string, Metric> = Object.fromEntries(
  [
    activePartners,
    newPartners,
    programsPerDepartment,
    teachersAbroad,
    teachersWithExperience,
    trainingBases,
    conferencesHosted,
    studentsAbroad,
    cooperativePrograms,
    jointTrainingPrograms,
    studentQualification,
    studentIntakes,
    trainingsRun,
  ].map((m) => [m.id, m]),
);
