import { accountsRoutes } from '../modules/accounts/accounts.routes.js';
import { activitiesRoutes } from '../modules/activities/activities.routes.js';
import { appointmentsRoutes } from '../modules/appointments/appointments.routes.js';
import { auditRoutes } from '../modules/audit/audit.routes.js';
import { availabilityRoutes } from '../modules/availability/availability.routes.js';
import { myChildminderFileRoutes } from '../modules/childminders/childminders.me.routes.js';
import { childmindersRoutes } from '../modules/childminders/childminders.routes.js';
import { contactsRoutes } from '../modules/contacts/contacts.routes.js';
import { authRoutes } from '../modules/auth/auth.routes.js';
import { employerHelpRoutes } from '../modules/employer-help/employer-help.routes.js';
import { directoryRoutes } from '../modules/directory/directory.routes.js';
import { facilitiesRoutes } from '../modules/facilities/facilities.routes.js';
import { jobOffersRoutes } from '../modules/job-offers/job-offers.routes.js';
import { healthRoutes } from '../modules/health/health.routes.js';
import { mailRoutes } from '../modules/mail/mail.routes.js';
import { pmiImportRoutes } from '../modules/pmi-import/pmi-import.routes.js';
import { relaisRoutes } from '../modules/relais/relais.routes.js';
import { requestsRoutes } from '../modules/requests/requests.routes.js';
import { sitesRoutes } from '../modules/sites/sites.routes.js';
import { supplyReportRoutes } from '../modules/supply-report/supply-report.routes.js';
import { activityPlansRoutes } from '../modules/activities/activities.plan.routes.js';
import { activityReportsRoutes } from '../modules/activities/activities.reports.routes.js';
import type { AppPlugin } from './context.js';

/** Every feature module of Relais, registered in this order. */
export const MODULES: AppPlugin[] = [
  healthRoutes,
  authRoutes,
  relaisRoutes,
  sitesRoutes,
  accountsRoutes,
  auditRoutes,
  mailRoutes,
  childmindersRoutes,
  myChildminderFileRoutes,
  pmiImportRoutes,
  facilitiesRoutes,
  availabilityRoutes,
  directoryRoutes,
  supplyReportRoutes,
  contactsRoutes,
  appointmentsRoutes,
  requestsRoutes,
  jobOffersRoutes,
  activitiesRoutes,
  activityPlansRoutes,
  activityReportsRoutes,
  employerHelpRoutes,
];
