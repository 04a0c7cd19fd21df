import { Stepper } from '@mantine/core';

/**
 * Where a long step stands, by stage label: the stage under way spins and the ones done are ticked; the counts
 * the backend reports within a stage show beneath (SyncProgress).
 */
export function StageSteps({ stages, active, busy }: { stages: string[]; active: number; busy: boolean }) {
  return (
    <Stepper active={active} size="xs" iconSize={24} allowNextStepsSelect={false} data-testid="stage-steps" data-active={active}>
      {stages.map((label, i) => (
        <Stepper.Step key={label} label={label} loading={busy && i === active} />
      ))}
    </Stepper>
  );
}
