import type { Reminder, ReminderSettings } from '../../contract';
import { addDays } from '../../core/expiry';
import { registers } from '../../core/registers';
import type { ServiceContext } from '../context';
import { reminderOf } from './reminderOf';

/** Checklist items still pending whose due date is past or near, on records not closed or cancelled. */
export function checklistReminders(ctx: ServiceContext, today: string, settings: ReminderSettings): Reminder[] {
  return registers.flatMap((def) => {
    if (!def.checklist || !def.statusField) return [];
    const closed = def.checklist.exemptStatuses.filter((s) => s !== 'draft');
    // Most checklists set no due dates: the text test skips them before their JSON is opened.
    const rows = ctx.sqlite
      .prepare(
        `SELECT r."id", r."${def.titleField}" AS title, json_extract(j.value, '$.title') AS item, json_extract(j.value, '$.dueDate') AS due
           FROM "${def.name}" r, json_each(r."${def.checklist.field}") j
          WHERE instr(r."${def.checklist.field}", '"dueDate":"') > 0 AND r."deleted" = 0 AND r."${def.statusField}" NOT IN (${closed.map(() => '?').join(', ') || "''"}, 'closed')
            AND json_extract(j.value, '$.status') = 'pending' AND json_extract(j.value, '$.dueDate') <= ?
          ORDER BY due`,
      )
      .all(...closed, addDays(today, settings.soonDays)) as { id: string; title: string; item: string; due: string }[];
    return rows.map((r) =>
      reminderOf(
        {
          kind: 'checklistItemOverdue',
          register: def.name,
          id: r.id,
          title: r.title,
          due: r.due,
          detail: { zh: `审查清单“${r.item}”须在 ${r.due} 前办结`, en: `Checklist item "${r.item}" is due by ${r.due}` },
        },
        today,
        settings,
      ),
    );
  });
}
