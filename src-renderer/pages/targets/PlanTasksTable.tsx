import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldDef, PlanTaskProgress } from '../../../src-main/contract';
import { useAppData } from '../../app/AppDataContext';
import { useDepartments } from '../../app/DepartmentsContext';
import { routeHref } from '../../app/useHashRoute';
import { useLocale } from '../../i18n/useLocale';
import { EnumBadge } from '../../registers/values/EnumBadge';

/** The plan's timetable: each task, its schedule, the departments responsible (lead first, in bold) and how far it is. */
export function PlanTasksTable({ tasks }: { tasks: PlanTaskProgress[] }) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const departments = useDepartments();
  const statusField = useAppData()
    .findRegister('planTask')
    ?.fields.find((f) => f.key === 'status') as FieldDef | undefined;

  if (!tasks.length)
    return (
      <Text size="sm" c="dimmed" data-testid="plan-tasks-empty">
        {t('targets.noTasks')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={720} type="native">
      <Table verticalSpacing={6} fz="sm" withTableBorder striped data-testid="plan-tasks">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>#</Table.Th>
            <Table.Th>{t('targets.task')}</Table.Th>
            <Table.Th>{t('targets.schedule')}</Table.Th>
            <Table.Th>{t('targets.responsible')}</Table.Th>
            <Table.Th>{t('targets.taskStatus')}</Table.Th>
            <Table.Th>{t('targets.remark')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.map((task) => (
            <Table.Tr key={task.task} data-testid={`plan-task-${task.number}`}>
              <Table.Td>{task.number}</Table.Td>
              <Table.Td>
                <Anchor size="sm" href={routeHref({ page: 'register', register: 'planTask', id: task.task })}>
                  {l(task.title)}
                </Anchor>
              </Table.Td>
              <Table.Td>{task.schedule}</Table.Td>
              <Table.Td>
                {task.responsibleDepartments.map((d, i) => (
                  <Text key={d} span size="sm" fw={i === 0 ? 600 : undefined}>
                    {i ? t('value.separator') : ''}
                    {departments.name(d)}
                  </Text>
                ))}
              </Table.Td>
              <Table.Td>{statusField ? <EnumBadge field={statusField} value={task.status} /> : task.status}</Table.Td>
              <Table.Td>{task.remark}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
