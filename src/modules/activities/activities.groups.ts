/**
 * Practice-analysis groups (*analyse de la pratique*): a fixed group of at most eight childminders
 * of the relais with an external facilitator (a name, not an account). Only who is in the group
 * and who attended its sessions is kept, never what was said: there is no field for it. A member
 * who leaves keeps her row, with the day she left.
 */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Clock } from '../../app/clock.js';
import { InvalidInputError, NotFoundError } from '../../app/errors.js';
import { authorize, type Actor } from '../../app/policy.js';
import type { Database } from '../../db/schema.js';
import { recordAudit } from '../audit/audit.usecases.js';
import {
  changeMembersIn,
  childmindersOfRelais,
  findGroupRow,
  groupMemberRows,
  insertGroupIn,
  listGroupRows,
  personName,
  updateGroupIn,
} from './activities.reports.repository.js';
import type { practiceGroupInput, practiceGroupPatch } from './activities.reports.schemas.js';
import { PRACTICE_GROUP_MAX_MEMBERS } from './activities.rules.js';

export interface GroupsDeps {
  db: Kysely<Database>;
  clock: Clock;
}

export type PracticeGroupInput = z.infer<typeof practiceGroupInput>;
export type PracticeGroupPatch = z.infer<typeof practiceGroupPatch>;

const GROUP_NOT_FOUND = 'Ce groupe d’analyse de la pratique est introuvable.';

async function groupsDto(deps: GroupsDeps, relaisId: string, groups: Awaited<ReturnType<typeof listGroupRows>>) {
  const members = await groupMemberRows(
    deps.db,
    relaisId,
    groups.map((g) => g.id),
  );
  return groups.map((g) => {
    const mine = members.filter((m) => m.group_id === g.id);
    return {
      id: g.id,
      name: g.name,
      facilitator: g.facilitator,
      maxMembers: Number(g.max_members),
      members: mine
        .filter((m) => m.left_at === null)
        .map((m) => ({ childminderId: m.childminder_id, name: personName(m), joinedAt: m.joined_at })),
      formerMembers: mine.flatMap((m) =>
        m.left_at === null
          ? []
          : [{ childminderId: m.childminder_id, name: personName(m), joinedAt: m.joined_at, leftAt: m.left_at }],
      ),
      archived: g.archived_at !== null,
    };
  });
}

async function oneGroup(deps: GroupsDeps, relaisId: string, groupId: string) {
  const row = await findGroupRow(deps.db, relaisId, groupId);
  if (!row) throw new NotFoundError(GROUP_NOT_FOUND);
  return (await groupsDto(deps, relaisId, [row]))[0]!;
}

/** The members asked: distinct childminders of the relais, at most eight. */
async function checkMembers(deps: GroupsDeps, relaisId: string, memberIds: readonly string[]) {
  const distinct = [...new Set(memberIds)];
  if (distinct.length !== memberIds.length) {
    throw new InvalidInputError(
      'Donnée incohérente — « memberIds » : Une même personne figure deux fois dans le groupe.',
      {
        fields: [{ field: 'memberIds', message: 'Une même personne figure deux fois dans le groupe.' }],
      },
    );
  }
  if (distinct.length > PRACTICE_GROUP_MAX_MEMBERS) {
    const message = `Un groupe d’analyse de la pratique compte au plus ${PRACTICE_GROUP_MAX_MEMBERS} membres.`;
    throw new InvalidInputError(`Donnée incohérente — « memberIds » : ${message}`, {
      fields: [{ field: 'memberIds', message }],
    });
  }
  const files = await childmindersOfRelais(deps.db, relaisId, distinct);
  if (files.length !== distinct.length) {
    const message = 'Chaque membre doit être une assistant·e maternel·le du relais.';
    throw new InvalidInputError(`Donnée incohérente — « memberIds » : ${message}`, {
      fields: [{ field: 'memberIds', message }],
    });
  }
  return distinct;
}

export async function listPracticeGroups(deps: GroupsDeps, actor: Actor | undefined, relaisId: string) {
  authorize(actor, 'activities.read', relaisId);
  const groups = await groupsDto(deps, relaisId, await listGroupRows(deps.db, relaisId));
  await recordAudit(deps, actor, {
    relaisId,
    action: 'read',
    subjectType: 'practice_group',
    summary: `Consultation des groupes d’analyse de la pratique (${groups.length})`,
  });
  return { groups };
}

export async function createPracticeGroup(
  deps: GroupsDeps,
  actor: Actor | undefined,
  relaisId: string,
  input: PracticeGroupInput,
) {
  authorize(actor, 'activities.manage', relaisId);
  const memberIds = await checkMembers(deps, relaisId, input.memberIds);
  const id = crypto.randomUUID();
  const at = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await insertGroupIn(trx, {
      id,
      relaisId,
      name: input.name,
      facilitator: input.facilitator,
      maxMembers: PRACTICE_GROUP_MAX_MEMBERS,
      at,
    });
    await changeMembersIn(trx, relaisId, id, memberIds, [], at);
    await recordAudit({ db: trx, clock: deps.clock }, actor, {
      relaisId,
      action: 'practice_group.created',
      subjectType: 'practice_group',
      subjectId: id,
      summary: `Groupe d’analyse de la pratique « ${input.name} » créé (${memberIds.length} membre${memberIds.length > 1 ? 's' : ''})`,
    });
  });
  return oneGroup(deps, relaisId, id);
}

export async function updatePracticeGroup(
  deps: GroupsDeps,
  actor: Actor | undefined,
  relaisId: string,
  groupId: string,
  input: PracticeGroupPatch,
) {
  authorize(actor, 'activities.manage', relaisId);
  const group = await findGroupRow(deps.db, relaisId, groupId);
  if (!group) throw new NotFoundError(GROUP_NOT_FOUND);
  const memberIds = await checkMembers(deps, relaisId, input.memberIds);
  const current = new Set(
    (await groupMemberRows(deps.db, relaisId, [groupId]))
      .filter((m) => m.left_at === null)
      .map((m) => m.childminder_id),
  );
  const joining = memberIds.filter((m) => !current.has(m));
  const leaving = [...current].filter((m) => !memberIds.includes(m));
  const at = deps.clock.now().toISOString();
  const archivedAt =
    input.archived === undefined ? group.archived_at : input.archived ? (group.archived_at ?? at) : null;
  await deps.db.transaction().execute(async (trx) => {
    await updateGroupIn(trx, relaisId, groupId, {
      name: input.name,
      facilitator: input.facilitator,
      archived_at: archivedAt,
      updated_at: at,
    });
    await changeMembersIn(trx, relaisId, groupId, joining, leaving, at);
    await recordAudit({ db: trx, clock: deps.clock }, actor, {
      relaisId,
      action: 'practice_group.updated',
      subjectType: 'practice_group',
      subjectId: groupId,
      summary: `Groupe « ${input.name} » modifié : ${joining.length} arrivée${joining.length > 1 ? 's' : ''}, ${leaving.length} départ${leaving.length > 1 ? 's' : ''}`,
    });
  });
  return oneGroup(deps, relaisId, groupId);
}
