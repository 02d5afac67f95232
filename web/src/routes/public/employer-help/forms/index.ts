import type { TopicKey } from '../../../../api/employer-help.js';
import type { TopicForm } from '../fields.js';
import { absencesForm } from './AbsencesForm.js';
import { allowancesForm } from './AllowancesForm.js';
import { endOfContractForm } from './EndOfContractForm.js';
import { extraHoursForm } from './ExtraHoursForm.js';
import { paidLeaveForm } from './PaidLeaveForm.js';
import { salaryForm } from './SalaryForm.js';

/** One form made for each topic: its defaults, its fields and the input it sends. */
// The values differ by topic; the calculator keeps them opaque and only hands them back to their own form.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTopicForm = TopicForm<any>;

export const TOPIC_FORMS: Record<TopicKey, AnyTopicForm> = {
  salary: salaryForm,
  'extra-hours': extraHoursForm,
  absences: absencesForm,
  'paid-leave': paidLeaveForm,
  allowances: allowancesForm,
  'end-of-contract': endOfContractForm,
};
