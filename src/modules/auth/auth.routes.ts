import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppContext, AppPlugin } from '../../app/context.js';
import { NotAuthenticatedError } from '../../app/errors.js';
import type { Actor } from '../../app/policy.js';
import { ROLE_LABELS } from '../../app/roles.js';
import { findRelaisSummary } from '../relais/relais.usecases.js';
import { SESSION_COOKIE } from './auth.rules.js';
import { consumeBody, loginBody, magicLinkBody, messageSchema, sessionSchema } from './auth.schemas.js';
import {
  consumeMagicLink,
  loginWithPassword,
  logout,
  logoutEverywhere,
  requestMagicLink,
  type OpenedSession,
} from './auth.usecases.js';

async function describe(ctx: AppContext, actor: Actor, csrfToken: string) {
  return {
    user: {
      id: actor.userId,
      email: actor.email,
      displayName: actor.displayName,
      role: actor.role,
      roleLabel: ROLE_LABELS[actor.role],
      relais: actor.relaisId ? ((await findRelaisSummary(ctx, actor.relaisId)) ?? null) : null,
    },
    csrfToken,
  };
}

export const authRoutes: AppPlugin = async (app, ctx) => {
  const rateLimit = { max: ctx.config.authRateLimitPerMinute, timeWindow: 60_000 };

  function setSessionCookie(reply: FastifyReply, session: OpenedSession) {
    reply.setCookie(SESSION_COOKIE, session.token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.config.secureCookies,
      maxAge: ctx.config.sessionDays * 86_400,
    });
  }

  app.post(
    '/api/auth/login',
    {
      config: { csrf: false, rateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Connexion du personnel par mot de passe',
        body: loginBody,
        response: { 200: sessionSchema },
      },
    },
    async (request, reply) => {
      const session = await loginWithPassword(ctx, { ...request.body, ip: request.ip });
      setSessionCookie(reply, session);
      return describe(ctx, session.actor, session.csrfToken);
    },
  );

  app.post(
    '/api/auth/magic-link',
    {
      config: { csrf: false, rateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Demande de lien de connexion (assistants maternels et parents)',
        body: magicLinkBody,
        response: { 202: messageSchema },
      },
    },
    async (request, reply) => {
      await requestMagicLink(ctx, request.body);
      return reply.status(202).send({
        message:
          'Si cette adresse correspond à un compte, un lien de connexion vient d’y être envoyé. Pensez à regarder dans les indésirables.',
      });
    },
  );

  app.post(
    '/api/auth/magic-link/consume',
    {
      config: { csrf: false, rateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Connexion par le lien reçu par e-mail',
        body: consumeBody,
        response: { 200: sessionSchema },
      },
    },
    async (request, reply) => {
      const session = await consumeMagicLink(ctx, { token: request.body.token, ip: request.ip });
      setSessionCookie(reply, session);
      return describe(ctx, session.actor, session.csrfToken);
    },
  );

  app.get(
    '/api/auth/me',
    { schema: { tags: ['auth'], summary: 'Compte connecté', response: { 200: sessionSchema } } },
    async (request) => {
      if (!request.actor || !request.csrfToken) throw new NotAuthenticatedError();
      return describe(ctx, request.actor, request.csrfToken);
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'Déconnexion', response: { 200: messageSchema } } },
    async (request, reply) => {
      if (request.actor) await logout(ctx, request.actor);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { message: 'Vous êtes déconnecté·e.' };
    },
  );

  app.post(
    '/api/auth/logout-everywhere',
    {
      schema: {
        tags: ['auth'],
        summary: 'Déconnexion de tous les appareils',
        response: { 200: z.object({ message: z.string(), closedSessions: z.number() }) },
      },
    },
    async (request, reply) => {
      if (!request.actor) throw new NotAuthenticatedError();
      const closedSessions = await logoutEverywhere(ctx, request.actor);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { message: 'Toutes vos sessions ont été fermées.', closedSessions };
    },
  );
};
