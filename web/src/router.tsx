import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { sessionQueryOptions, type SignOutScope } from './auth/session.js';
import { isMagicLinkRole } from './auth/policy.js';
import { Loading } from './components/feedback.js';
import { RouteError } from './routes/RouteError.js';
import { NotFoundPage } from './routes/NotFoundPage.js';
import { RootLayout } from './routes/RootLayout.js';
import { PublicLayout } from './routes/public/PublicLayout.js';
import { validateChildmindersSearch } from './routes/gestion/childminders/search.js';
import { validateSupplyReportSearch } from './routes/gestion/reports/search.js';
import { validateContactsSearch, validateContactStatisticsSearch } from './routes/gestion/contacts/search.js';
import { validateRequestsSearch } from './routes/gestion/requests/search.js';
import { validateJobOffersSearch } from './routes/gestion/job-offers/search.js';
import { validateActivitiesSearch } from './routes/gestion/activities/search.js';
import { validateBookingSearch } from './routes/public/appointments/search.js';
import { validateAgendaSearch } from './routes/gestion/appointments/search.js';
import { validateSimulationSearch } from './routes/gestion/employer-help/search.js';

export interface RouterContext {
  queryClient: QueryClient;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** Only paths of this application may be used as a redirect after sign-in. */
function internalPath(value: unknown): string | undefined {
  const path = optionalString(value);
  return path && path.startsWith('/') && !path.startsWith('//') ? path : undefined;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
});

const publicLayout = createRoute({ getParentRoute: () => rootRoute, id: 'public', component: PublicLayout });

const bookingRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/r/$slug/rendez-vous',
  validateSearch: validateBookingSearch,
  component: lazyRouteComponent(() => import('./routes/public/appointments/BookingPage.js'), 'BookingPage'),
});

const manageAppointmentRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/rendez-vous/$token',
  component: lazyRouteComponent(() => import('./routes/public/appointments/ManagePage.js'), 'ManagePage'),
});

const leaveWaitlistRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/rendez-vous/liste-attente/$token',
  component: lazyRouteComponent(() => import('./routes/public/appointments/LeaveWaitlistPage.js'), 'LeaveWaitlistPage'),
});

const requestFormRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/r/$slug/demande',
  component: lazyRouteComponent(() => import('./routes/public/requests/RequestFormPage.js'), 'RequestFormPage'),
});

export interface LoginSearch {
  redirect?: string;
  sortie?: SignOutScope;
}

const jobOfferFormRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/r/$slug/offre-emploi',
  component: lazyRouteComponent(() => import('./routes/public/job-offers/JobOfferFormPage.js'), 'JobOfferFormPage'),
});

const myJobOfferRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/offre-emploi/$token',
  component: lazyRouteComponent(() => import('./routes/public/job-offers/MyOfferPage.js'), 'MyOfferPage'),
});

const activityProgrammeRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/r/$slug/animations',
  component: lazyRouteComponent(() => import('./routes/public/activities/ProgrammePage.js'), 'ProgrammePage'),
});

const cancelActivityRegistrationRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/animations/annulation/$token',
  component: lazyRouteComponent(
    () => import('./routes/public/activities/CancelRegistrationPage.js'),
    'CancelRegistrationPage',
  ),
});

const employerHelpRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/aide-employeur',
  component: lazyRouteComponent(() => import('./routes/public/employer-help/EmployerHelpPage.js'), 'EmployerHelpPage'),
});

const employerHelpTopicRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/aide-employeur/$topic',
  component: lazyRouteComponent(() => import('./routes/public/employer-help/TopicPage.js'), 'TopicPage'),
});

const loginRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/connexion',
  validateSearch: (search: Record<string, unknown>): LoginSearch => ({
    redirect: internalPath(search.redirect),
    sortie: search.sortie === 'ici' || search.sortie === 'partout' ? search.sortie : undefined,
  }),
  beforeLoad: async ({ context, search }) => {
    if (search.sortie) return;
    const user = await context.queryClient.ensureQueryData(sessionQueryOptions).catch(() => null);
    if (user) throw redirect({ to: isMagicLinkRole(user.role) ? '/espace' : '/gestion' });
  },
  component: lazyRouteComponent(() => import('./routes/auth/LoginPage.js'), 'LoginPage'),
});

const magicLinkRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/connexion/lien',
  validateSearch: (search: Record<string, unknown>): { jeton?: string } => ({ jeton: optionalString(search.jeton) }),
  component: lazyRouteComponent(() => import('./routes/auth/MagicLinkPage.js'), 'MagicLinkPage'),
});

const spaceRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/espace',
  beforeLoad: async ({ context, location }) => {
    const user = await context.queryClient.ensureQueryData(sessionQueryOptions);
    if (!user) throw redirect({ to: '/connexion', search: { redirect: location.href } });
    if (!isMagicLinkRole(user.role)) throw redirect({ to: '/gestion' });
    return { user };
  },
  component: lazyRouteComponent(() => import('./routes/space/SpacePage.js'), 'SpacePage'),
});

const gestionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/gestion',
  beforeLoad: async ({ context, location }) => {
    const user = await context.queryClient.ensureQueryData(sessionQueryOptions);
    if (!user) throw redirect({ to: '/connexion', search: { redirect: location.href } });
    if (isMagicLinkRole(user.role)) throw redirect({ to: '/espace' });
    return { user };
  },
  component: lazyRouteComponent(() => import('./routes/gestion/GestionLayout.js'), 'GestionLayout'),
});

const dashboardRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./routes/gestion/DashboardPage.js'), 'DashboardPage'),
});
const territoryRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'territoire',
  component: lazyRouteComponent(() => import('./routes/gestion/TerritoryPage.js'), 'TerritoryPage'),
});
const sitesRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'lieux',
  component: lazyRouteComponent(() => import('./routes/gestion/SitesPage.js'), 'SitesPage'),
});
const accountsRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'comptes',
  component: lazyRouteComponent(() => import('./routes/gestion/AccountsPage.js'), 'AccountsPage'),
});
const auditRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'journal',
  component: lazyRouteComponent(() => import('./routes/gestion/AuditPage.js'), 'AuditPage'),
});
const outboxRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'envois',
  component: lazyRouteComponent(() => import('./routes/gestion/OutboxPage.js'), 'OutboxPage'),
});
const outboxMessageRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'envois/$messageId',
  component: lazyRouteComponent(() => import('./routes/gestion/OutboxMessagePage.js'), 'OutboxMessagePage'),
});
const childmindersRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'assistants-maternels',
  validateSearch: validateChildmindersSearch,
  component: lazyRouteComponent(() => import('./routes/gestion/childminders/ChildmindersPage.js'), 'ChildmindersPage'),
});
const newChildminderRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'assistants-maternels/nouvelle',
  component: lazyRouteComponent(
    () => import('./routes/gestion/childminders/ChildminderFormPage.js'),
    'NewChildminderPage',
  ),
});
const pmiImportRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'assistants-maternels/import',
  component: lazyRouteComponent(() => import('./routes/gestion/childminders/PmiImportPage.js'), 'PmiImportPage'),
});
const childminderRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'assistants-maternels/$childminderId',
  component: lazyRouteComponent(() => import('./routes/gestion/childminders/ChildminderPage.js'), 'ChildminderPage'),
});
const editChildminderRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'assistants-maternels/$childminderId/modifier',
  component: lazyRouteComponent(
    () => import('./routes/gestion/childminders/ChildminderFormPage.js'),
    'EditChildminderPage',
  ),
});
const facilitiesRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'accueils',
  component: lazyRouteComponent(() => import('./routes/gestion/facilities/FacilitiesPage.js'), 'FacilitiesPage'),
});
const supplyReportRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'rapport-offre',
  validateSearch: validateSupplyReportSearch,
  component: lazyRouteComponent(() => import('./routes/gestion/reports/SupplyReportPage.js'), 'SupplyReportPage'),
});
const requestsRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'demandes',
  validateSearch: validateRequestsSearch,
  component: lazyRouteComponent(() => import('./routes/gestion/requests/RequestsPage.js'), 'RequestsPage'),
});
const requestRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'demandes/$requestId',
  component: lazyRouteComponent(() => import('./routes/gestion/requests/RequestPage.js'), 'RequestPage'),
});
const jobOffersRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'offres-emploi',
  validateSearch: validateJobOffersSearch,
  component: lazyRouteComponent(() => import('./routes/gestion/job-offers/JobOffersPage.js'), 'JobOffersPage'),
});
const jobOfferStatisticsRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'offres-emploi/statistiques',
  validateSearch: validateContactStatisticsSearch,
  component: lazyRouteComponent(
    () => import('./routes/gestion/job-offers/JobOfferStatisticsPage.js'),
    'JobOfferStatisticsPage',
  ),
});
const jobOfferRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'offres-emploi/$offerId',
  component: lazyRouteComponent(() => import('./routes/gestion/job-offers/JobOfferPage.js'), 'JobOfferPage'),
});
const contactsRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'contacts',
  validateSearch: validateContactsSearch,
  component: lazyRouteComponent(() => import('./routes/gestion/contacts/ContactsPage.js'), 'ContactsPage'),
});
const contactStatisticsRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'contacts/statistiques',
  validateSearch: validateContactStatisticsSearch,
  component: lazyRouteComponent(
    () => import('./routes/gestion/contacts/ContactStatisticsPage.js'),
    'ContactStatisticsPage',
  ),
});
const contactSubjectsRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'contacts/themes',
  component: lazyRouteComponent(
    () => import('./routes/gestion/contacts/ContactSubjectsPage.js'),
    'ContactSubjectsPage',
  ),
});
const agendaRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'rendez-vous',
  validateSearch: validateAgendaSearch,
  component: lazyRouteComponent(() => import('./routes/gestion/appointments/AgendaPage.js'), 'AgendaPage'),
});
const appointmentSettingsRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'rendez-vous/permanences',
  component: lazyRouteComponent(
    () => import('./routes/gestion/appointments/AppointmentSettingsPage.js'),
    'AppointmentSettingsPage',
  ),
});
const activitiesRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'animations',
  validateSearch: validateActivitiesSearch,
  component: lazyRouteComponent(() => import('./routes/gestion/activities/ActivitiesPage.js'), 'ActivitiesPage'),
});
const activityRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'animations/$activityId',
  component: lazyRouteComponent(() => import('./routes/gestion/activities/ActivityPage.js'), 'ActivityPage'),
});
const plannerRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'animations/planifier',
  component: lazyRouteComponent(() => import('./routes/gestion/activities/PlannerPage.js'), 'PlannerPage'),
});
const activityStatisticsRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'animations/statistiques',
  validateSearch: validateContactStatisticsSearch,
  component: lazyRouteComponent(
    () => import('./routes/gestion/activities/ActivityStatisticsPage.js'),
    'ActivityStatisticsPage',
  ),
});
const activitySettingsRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'animations/reglages',
  component: lazyRouteComponent(
    () => import('./routes/gestion/activities/ActivitySettingsPage.js'),
    'ActivitySettingsPage',
  ),
});
const attendanceRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'animations/$activityId/presences',
  component: lazyRouteComponent(() => import('./routes/gestion/activities/AttendancePage.js'), 'AttendancePage'),
});
const staffEmployerHelpRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'aide-employeur',
  validateSearch: validateSimulationSearch,
  component: lazyRouteComponent(
    () => import('./routes/gestion/employer-help/StaffEmployerHelpPage.js'),
    'StaffEmployerHelpPage',
  ),
});
const staffEmployerHelpTopicRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'aide-employeur/$topic',
  validateSearch: validateSimulationSearch,
  component: lazyRouteComponent(
    () => import('./routes/gestion/employer-help/StaffEmployerHelpPage.js'),
    'StaffTopicPage',
  ),
});
const platformRoute = createRoute({
  getParentRoute: () => gestionRoute,
  path: 'plateforme',
  component: lazyRouteComponent(() => import('./routes/gestion/PlatformPage.js'), 'PlatformPage'),
});

const routeTree = rootRoute.addChildren([
  publicLayout.addChildren([
    requestFormRoute,
    jobOfferFormRoute,
    myJobOfferRoute,
    activityProgrammeRoute,
    cancelActivityRegistrationRoute,
    employerHelpRoute,
    employerHelpTopicRoute,
    bookingRoute,
    manageAppointmentRoute,
    leaveWaitlistRoute,
    loginRoute,
    magicLinkRoute,
    spaceRoute,
  ]),
  gestionRoute.addChildren([
    activitiesRoute,
    plannerRoute,
    activityStatisticsRoute,
    activitySettingsRoute,
    activityRoute,
    attendanceRoute,
    dashboardRoute,
    territoryRoute,
    sitesRoute,
    childmindersRoute,
    newChildminderRoute,
    pmiImportRoute,
    childminderRoute,
    editChildminderRoute,
    facilitiesRoute,
    supplyReportRoute,
    requestsRoute,
    requestRoute,
    jobOffersRoute,
    jobOfferStatisticsRoute,
    jobOfferRoute,
    contactsRoute,
    contactStatisticsRoute,
    contactSubjectsRoute,
    staffEmployerHelpRoute,
    staffEmployerHelpTopicRoute,
    agendaRoute,
    appointmentSettingsRoute,
    accountsRoute,
    auditRoute,
    outboxRoute,
    outboxMessageRoute,
    platformRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: () => <Loading />,
    defaultPendingMs: 300,
    defaultErrorComponent: RouteError,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}

declare module '@tanstack/history' {
  interface HistoryState {
    /** A confirmation to show on the page navigated to ("La fiche … a été créée."). */
    notice?: string;
  }
}
