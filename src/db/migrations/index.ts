import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-platform.js';
import * as m0002 from './0002-childcare-supply.js';
import * as m0003 from './0003-availability.js';
import * as m0004 from './0004-directory-search.js';
import * as m0005 from './0005-contact-log.js';
import * as m0006 from './0006-requests.js';
import * as m0007 from './0007-appointments.js';
import * as m0008 from './0008-job-offers.js';
import * as m0009 from './0009-activities.js';
import * as m0010 from './0010-employer-simulations.js';

/** Every migration, in order. Static imports: no file-system scanning at run time. */
export const migrations: Record<string, Migration> = {
  '0001-platform': m0001,
  '0002-childcare-supply': m0002,
  '0003-availability': m0003,
  '0004-directory-search': m0004,
  '0005-contact-log': m0005,
  '0006-requests': m0006,
  '0007-appointments': m0007,
  '0008-job-offers': m0008,
  '0009-activities': m0009,
  '0010-employer-simulations': m0010,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
