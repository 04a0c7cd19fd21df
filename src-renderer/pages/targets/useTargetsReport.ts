import { useEffect, useState } from 'react';
import type { TargetsReport } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { useAppData } from '../../app/AppDataContext';
import { errorMessage } from '../../util/notify';

/**
 * The plan's targets computed for a year. Figures come from nearly every register, so any save anywhere
 * asks again (the report is one query per metric, cheap next to a person's typing).
 */
export function useTargetsReport(plan: string | undefined, year: number | undefined) {
  const { registers, revision } = useAppData();
  const revisions = registers.map((r) => revision(r.name)).join(',');
  const [report, setReport] = useState<TargetsReport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setProblem(null);
    invoke('targets.report', { ...(plan ? { plan } : {}), ...(year ? { year } : {}) }).then(
      (r) => live && setReport(r),
      (err: unknown) => live && setProblem(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [plan, year, revisions]);

  return { report, problem };
}
