/**
 * Types of the Relais API, generated from /api/openapi.json by scripts/gen-api.ts.
 * Do not edit by hand: run `npm run gen:api`.
 */

export interface paths {
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Connexion du personnel par mot de passe */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              csrfToken: string;
              user: {
                displayName: string;
                email: string;
                id: string;
                relais: {
                  id: string;
                  name: string;
                  slug: string;
                } | null;
                /** @enum {string} */
                role: 'operator' | 'manager' | 'animator' | 'assistant' | 'viewer' | 'childminder' | 'parent';
                roleLabel: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Déconnexion */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              message: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout-everywhere': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Déconnexion de tous les appareils */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              closedSessions: number;
              message: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/magic-link': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Demande de lien de connexion (assistants maternels et parents) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              message: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/magic-link/consume': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Connexion par le lien reçu par e-mail */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              csrfToken: string;
              user: {
                displayName: string;
                email: string;
                id: string;
                relais: {
                  id: string;
                  name: string;
                  slug: string;
                } | null;
                /** @enum {string} */
                role: 'operator' | 'manager' | 'animator' | 'assistant' | 'viewer' | 'childminder' | 'parent';
                roleLabel: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Compte connecté */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              csrfToken: string;
              user: {
                displayName: string;
                email: string;
                id: string;
                relais: {
                  id: string;
                  name: string;
                  slug: string;
                } | null;
                /** @enum {string} */
                role: 'operator' | 'manager' | 'animator' | 'assistant' | 'viewer' | 'childminder' | 'parent';
                roleLabel: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar/{token}.ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Agenda iCalendar (RFC 5545) d’un·e animateur·rice, par son adresse secrète */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** État du service */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              database: 'sqlite' | 'postgresql';
              /** @enum {string} */
              status: 'ok';
              version: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/activities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Le programme de mon relais (séances ouvertes aux assistant·es maternel·les) et mes inscriptions */
    get: {
      parameters: {
        query?: {
          commune?: string;
          from?: string;
          kind?: string;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              activities: {
                adultCapacity: number;
                adultsTaken: number;
                animators: {
                  id: string;
                  name: string;
                }[];
                /** @enum {string} */
                audience: 'childminders_with_children' | 'childminders' | 'parents' | 'childminders_and_parents';
                cancelReason: string;
                /** @enum {string} */
                category: 'play' | 'festive' | 'evening' | 'practice' | 'information';
                childCapacity: number;
                childrenTaken: number;
                communeName: string;
                date: string;
                description: string;
                endsAt: string;
                endTime: string;
                facilitator: string;
                id: string;
                inseeCode: string;
                kindId: string;
                kindLabel: string;
                mine: {
                  adults: number;
                  children: number;
                  id: string;
                  /** @enum {string} */
                  status: 'confirmed' | 'waiting' | 'cancelled';
                } | null;
                openToParents: boolean;
                practiceGroupId: string | null;
                /** @enum {string} */
                registration: 'open' | 'not_yet' | 'closed' | 'cancelled';
                registrationClosesAt: string | null;
                registrationOpensAt: string | null;
                siteAddress: string;
                siteId: string;
                siteName: string;
                startsAt: string;
                startTime: string;
                /** @enum {string} */
                status: 'scheduled' | 'cancelled';
                /** @enum {string} */
                theme:
                  | 'free_play'
                  | 'motor'
                  | 'sensory'
                  | 'music'
                  | 'books'
                  | 'art'
                  | 'nature'
                  | 'show'
                  | 'talk'
                  | 'conference'
                  | 'workshop'
                  | 'agreement'
                  | 'other';
                themeLabel: string;
                title: string;
                waiting: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/activities/{activityId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Me désinscrire d’une séance (ou quitter sa liste d’attente) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          activityId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              activity: {
                adultCapacity: number;
                adultsTaken: number;
                animators: {
                  id: string;
                  name: string;
                }[];
                /** @enum {string} */
                audience: 'childminders_with_children' | 'childminders' | 'parents' | 'childminders_and_parents';
                cancelReason: string;
                /** @enum {string} */
                category: 'play' | 'festive' | 'evening' | 'practice' | 'information';
                childCapacity: number;
                childrenTaken: number;
                communeName: string;
                date: string;
                description: string;
                endsAt: string;
                endTime: string;
                facilitator: string;
                id: string;
                inseeCode: string;
                kindId: string;
                kindLabel: string;
                openToParents: boolean;
                practiceGroupId: string | null;
                /** @enum {string} */
                registration: 'open' | 'not_yet' | 'closed' | 'cancelled';
                registrationClosesAt: string | null;
                registrationOpensAt: string | null;
                siteAddress: string;
                siteId: string;
                siteName: string;
                startsAt: string;
                startTime: string;
                /** @enum {string} */
                status: 'scheduled' | 'cancelled';
                /** @enum {string} */
                theme:
                  | 'free_play'
                  | 'motor'
                  | 'sensory'
                  | 'music'
                  | 'books'
                  | 'art'
                  | 'nature'
                  | 'show'
                  | 'talk'
                  | 'conference'
                  | 'workshop'
                  | 'agreement'
                  | 'other';
                themeLabel: string;
                title: string;
                waiting: number;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/activities/{activityId}/registrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** M’inscrire à une séance avec les enfants que j’accueille (liste d’attente si complète) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          activityId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default 1 */
            adults?: number;
            children: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              activity: {
                adultCapacity: number;
                adultsTaken: number;
                animators: {
                  id: string;
                  name: string;
                }[];
                /** @enum {string} */
                audience: 'childminders_with_children' | 'childminders' | 'parents' | 'childminders_and_parents';
                cancelReason: string;
                /** @enum {string} */
                category: 'play' | 'festive' | 'evening' | 'practice' | 'information';
                childCapacity: number;
                childrenTaken: number;
                communeName: string;
                date: string;
                description: string;
                endsAt: string;
                endTime: string;
                facilitator: string;
                id: string;
                inseeCode: string;
                kindId: string;
                kindLabel: string;
                openToParents: boolean;
                practiceGroupId: string | null;
                /** @enum {string} */
                registration: 'open' | 'not_yet' | 'closed' | 'cancelled';
                registrationClosesAt: string | null;
                registrationOpensAt: string | null;
                siteAddress: string;
                siteId: string;
                siteName: string;
                startsAt: string;
                startTime: string;
                /** @enum {string} */
                status: 'scheduled' | 'cancelled';
                /** @enum {string} */
                theme:
                  | 'free_play'
                  | 'motor'
                  | 'sensory'
                  | 'music'
                  | 'books'
                  | 'art'
                  | 'nature'
                  | 'show'
                  | 'talk'
                  | 'conference'
                  | 'workshop'
                  | 'agreement'
                  | 'other';
                themeLabel: string;
                title: string;
                waiting: number;
              };
              registration: {
                adults: number;
                cancelledAt: string | null;
                childminderId: string | null;
                children: number;
                communeName: string | null;
                createdAt: string;
                email: string;
                id: string;
                name: string;
                phone: string;
                promotedAt: string | null;
                /** @enum {string} */
                registrant: 'childminder' | 'parent';
                /** @enum {string} */
                source: 'online' | 'staff';
                /** @enum {string} */
                status: 'confirmed' | 'waiting' | 'cancelled';
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/activity-history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mes participations aux temps collectifs (relevées par le relais), par année */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              byYear: {
                sessions: number;
                year: number;
              }[];
              participations: {
                activityId: string;
                /** @enum {string} */
                category: 'play' | 'festive' | 'evening' | 'practice' | 'information';
                children: number;
                communeName: string;
                date: string;
                kindLabel: string;
                title: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/availability': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mes disponibilités (assistant·e maternel·le connecté·e) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              confirmedAt: string | null;
              /** @enum {string} */
              freshness: 'fresh' | 'stale' | 'unknown';
              notAnswered: boolean;
              remindedAt: string | null;
              slots: {
                atypicalHours: boolean;
                /** Format: date */
                availableFrom: string;
                days: number[];
                endTime: string;
                id: string;
                maxAgeMonths: number | null;
                minAgeMonths: number | null;
                note: string;
                periscolaire: boolean;
                startTime: string;
              }[];
            };
          };
        };
      };
    };
    /** Mettre à jour mes disponibilités */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            slots: {
              atypicalHours: boolean;
              /** Format: date */
              availableFrom: string;
              days: number[];
              endTime: string;
              maxAgeMonths: number | null;
              minAgeMonths: number | null;
              note: string;
              periscolaire: boolean;
              startTime: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              confirmedAt: string | null;
              /** @enum {string} */
              freshness: 'fresh' | 'stale' | 'unknown';
              notAnswered: boolean;
              remindedAt: string | null;
              slots: {
                atypicalHours: boolean;
                /** Format: date */
                availableFrom: string;
                days: number[];
                endTime: string;
                id: string;
                maxAgeMonths: number | null;
                minAgeMonths: number | null;
                note: string;
                periscolaire: boolean;
                startTime: string;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/availability/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirmer en un clic que mes disponibilités sont toujours vraies */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              confirmedAt: string | null;
              /** @enum {string} */
              freshness: 'fresh' | 'stale' | 'unknown';
              notAnswered: boolean;
              remindedAt: string | null;
              slots: {
                atypicalHours: boolean;
                /** Format: date */
                availableFrom: string;
                days: number[];
                endTime: string;
                id: string;
                maxAgeMonths: number | null;
                minAgeMonths: number | null;
                note: string;
                periscolaire: boolean;
                startTime: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/calendar-feed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mon agenda dans mon téléphone : un abonnement est-il actif ? */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              createdAt: string | null;
            };
          };
        };
      };
    };
    put?: never;
    /** Créer (ou remplacer) l’adresse secrète de mon agenda iCalendar ; l’ancienne cesse de fonctionner */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              url: string;
            };
          };
        };
      };
    };
    /** Désactiver l’adresse de mon agenda iCalendar */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/childminder': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ma fiche (assistant·e maternel·le connecté·e) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acceptsTrainees: boolean;
              address: string;
              approvalDate: string | null;
              approvalMaxAgeMonths: number | null;
              approvalMinAgeMonths: number | null;
              approvalNumber: string;
              approvalPlaces: number;
              approvalRenewalDate: string | null;
              atypicalHours: boolean;
              birthDate: string | null;
              childminderHouseId: string | null;
              childminderHouseName: string | null;
              communeName: string;
              /** @enum {string} */
              contactPreference: 'email' | 'phone' | 'sms';
              derogations: string;
              disabilityCare: boolean;
              email: '' | string;
              emergencyCare: boolean;
              firstName: string;
              id: string;
              inseeCode: string;
              lastName: string;
              monenfantRegistered: boolean;
              phone: string;
              placesToday: number;
              postcode: string;
              /** @enum {string} */
              practice: 'home' | 'mam';
              publishAddress: boolean;
              publishPhone: boolean;
              reducedPlaces: number | null;
              reducedUntil: string | null;
              selfFields: (
                | 'phone'
                | 'email'
                | 'contactPreference'
                | 'publishPhone'
                | 'publishAddress'
                | 'acceptsTrainees'
                | 'monenfantRegistered'
                | 'atypicalHours'
                | 'emergencyCare'
                | 'disabilityCare'
              )[];
              updatedAt: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Corriger ma fiche : coordonnées, choix de publication, accueils proposés */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      /** @description Seuls les champs de `selfFields` (téléphone, e-mail, préférence de contact, publication dans l’annuaire, accueils proposés, monenfant.fr) sont modifiables ; un renseignement de la PMI ou du relais envoyé doit être inchangé. */
      requestBody: {
        content: {
          'application/json': {
            acceptsTrainees?: boolean;
            address?: string;
            approvalDate?: string | null;
            approvalMaxAgeMonths?: number | null;
            approvalMinAgeMonths?: number | null;
            approvalNumber?: string;
            approvalPlaces?: number;
            approvalRenewalDate?: string | null;
            atypicalHours?: boolean;
            birthDate?: string | null;
            childminderHouseId?: string | null;
            /** @enum {string} */
            contactPreference?: 'email' | 'phone' | 'sms';
            derogations?: string;
            disabilityCare?: boolean;
            email?: '' | string;
            emergencyCare?: boolean;
            firstName?: string;
            inseeCode?: string;
            lastName?: string;
            monenfantRegistered?: boolean;
            phone?: string;
            postcode?: string;
            /** @enum {string} */
            practice?: 'home' | 'mam';
            publishAddress?: boolean;
            publishPhone?: boolean;
            reducedPlaces?: number | null;
            reducedUntil?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acceptsTrainees: boolean;
              address: string;
              approvalDate: string | null;
              approvalMaxAgeMonths: number | null;
              approvalMinAgeMonths: number | null;
              approvalNumber: string;
              approvalPlaces: number;
              approvalRenewalDate: string | null;
              atypicalHours: boolean;
              birthDate: string | null;
              childminderHouseId: string | null;
              childminderHouseName: string | null;
              communeName: string;
              /** @enum {string} */
              contactPreference: 'email' | 'phone' | 'sms';
              derogations: string;
              disabilityCare: boolean;
              email: '' | string;
              emergencyCare: boolean;
              firstName: string;
              id: string;
              inseeCode: string;
              lastName: string;
              monenfantRegistered: boolean;
              phone: string;
              placesToday: number;
              postcode: string;
              /** @enum {string} */
              practice: 'home' | 'mam';
              publishAddress: boolean;
              publishPhone: boolean;
              reducedPlaces: number | null;
              reducedUntil: string | null;
              selfFields: (
                | 'phone'
                | 'email'
                | 'contactPreference'
                | 'publishPhone'
                | 'publishAddress'
                | 'acceptsTrainees'
                | 'monenfantRegistered'
                | 'atypicalHours'
                | 'emergencyCare'
                | 'disabilityCare'
              )[];
              updatedAt: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/me/job-offers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Les offres publiées qui me correspondent (ou toutes celles du relais) */
    get: {
      parameters: {
        query?: {
          scope?: 'fit' | 'all';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              offers: {
                answered: boolean;
                atypicalHours: boolean;
                childAgeMonths: number;
                childrenCount: number;
                communeName: string;
                communes: {
                  inseeCode: string;
                  name: string;
                }[];
                details: string;
                disability: boolean;
                emergency: boolean;
                endOn: string | null;
                expiresOn: string | null;
                hidden: boolean;
                id: string;
                inseeCode: string;
                phone: string | null;
                publishedAt: string | null;
                radiusKm: number | null;
                reasons: string[];
                schedule: {
                  day: number;
                  from: string;
                  to: string;
                }[];
                scheduleText: string;
                sentToMe: boolean;
                startOn: string;
                weeklyHours: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/job-offers/{offerId}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Répondre « intéressée » : le message est transmis au parent par e-mail */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          offerId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            availability?:
              | {
                  /** @enum {string} */
                  action: 'confirm';
                }
              | {
                  /** @enum {string} */
                  action: 'replace';
                  slots: {
                    atypicalHours: boolean;
                    /** Format: date */
                    availableFrom: string;
                    days: number[];
                    endTime: string;
                    maxAgeMonths: number | null;
                    minAgeMonths: number | null;
                    note: string;
                    periscolaire: boolean;
                    startTime: string;
                  }[];
                };
            message: string;
            shareContact: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              answered: boolean;
              atypicalHours: boolean;
              childAgeMonths: number;
              childrenCount: number;
              communeName: string;
              communes: {
                inseeCode: string;
                name: string;
              }[];
              details: string;
              disability: boolean;
              emergency: boolean;
              endOn: string | null;
              expiresOn: string | null;
              hidden: boolean;
              id: string;
              inseeCode: string;
              phone: string | null;
              publishedAt: string | null;
              radiusKm: number | null;
              reasons: string[];
              schedule: {
                day: number;
                from: string;
                to: string;
              }[];
              scheduleText: string;
              sentToMe: boolean;
              startOn: string;
              weeklyHours: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/job-offers/{offerId}/hide': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Masquer une offre de ma liste */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          offerId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/activity-registrations/{token}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Désinscription d’un parent par le lien reçu par e-mail */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              message: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/appointment-waitlist/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Me retirer de la liste d’attente (lien reçu par e-mail) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/appointments/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mon rendez-vous (lien reçu par e-mail) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              animatorFirstName: string;
              canCancel: boolean;
              canMove: boolean;
              date: string;
              endsAt: string;
              endTime: string;
              mode: string;
              modeLabel: string;
              personName: string;
              placeAddress: string | null;
              placeLabel: string;
              placeName: string | null;
              reasonId: string;
              reasonLabel: string;
              relaisName: string;
              relaisSlug: string;
              startsAt: string;
              startTime: string;
              status: string;
              statusLabel: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/appointments/{token}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Annuler mon rendez-vous */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              animatorFirstName: string;
              canCancel: boolean;
              canMove: boolean;
              date: string;
              endsAt: string;
              endTime: string;
              mode: string;
              modeLabel: string;
              personName: string;
              placeAddress: string | null;
              placeLabel: string;
              placeName: string | null;
              reasonId: string;
              reasonLabel: string;
              relaisName: string;
              relaisSlug: string;
              startsAt: string;
              startTime: string;
              status: string;
              statusLabel: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/appointments/{token}/move': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Déplacer mon rendez-vous sur un autre créneau du même motif (409 s’il vient d’être pris) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            permanenceId: string;
            /** Format: date-time */
            start: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              animatorFirstName: string;
              canCancel: boolean;
              canMove: boolean;
              date: string;
              endsAt: string;
              endTime: string;
              mode: string;
              modeLabel: string;
              personName: string;
              placeAddress: string | null;
              placeLabel: string;
              placeName: string | null;
              reasonId: string;
              reasonLabel: string;
              relaisName: string;
              relaisSlug: string;
              startsAt: string;
              startTime: string;
              status: string;
              statusLabel: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/employer-help/absences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Calcul : Absences et déduction
     * @description Dit quelles absences se déduisent du salaire mensualisé et calcule la déduction.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            absences: {
              consecutiveCalendarDays?: number;
              days?: number;
              /** @default false */
              hospitalisation?: boolean;
              /** @default false */
              medicalCertificate?: boolean;
              /** @enum {string} */
              reason:
                | 'child-illness'
                | 'child-other'
                | 'childminder-illness'
                | 'childminder-unpaid-leave'
                | 'childminder-unacquired-leave'
                | 'public-holiday-may-1'
                | 'public-holiday-other';
              units: number | string;
              /** @default true */
              workedDayBeforeAndAfter?: boolean;
            }[];
            /** @default 0 */
            childIllnessDaysInPrevious12Months?: number;
            month: string;
            monthlyGrossSalary: number | string;
            unitsScheduledInMonth: number | string;
            weeksPerYear: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              articles: string[];
              figures: {
                key: string;
                label: string;
                /** @enum {string} */
                unit: 'EUR' | 'hours' | 'days' | 'weeks' | 'percent' | 'count';
                value: string;
              }[];
              legalValues: {
                label: string;
                source: string;
                validFrom: string;
                value: string;
              }[];
              steps: {
                articles: string[];
                formula: string;
                label: string;
                result: string;
              }[];
              title: string;
              /** @enum {string} */
              topic: 'salary' | 'extra-hours' | 'absences' | 'paid-leave' | 'allowances' | 'end-of-contract';
              warnings: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/employer-help/absences/summary.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Récapitulatif imprimable (PDF) : Absences et déduction
     * @description Le même calcul, avec les données saisies, chaque étape, les articles et les valeurs légales.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            absences: {
              consecutiveCalendarDays?: number;
              days?: number;
              /** @default false */
              hospitalisation?: boolean;
              /** @default false */
              medicalCertificate?: boolean;
              /** @enum {string} */
              reason:
                | 'child-illness'
                | 'child-other'
                | 'childminder-illness'
                | 'childminder-unpaid-leave'
                | 'childminder-unacquired-leave'
                | 'public-holiday-may-1'
                | 'public-holiday-other';
              units: number | string;
              /** @default true */
              workedDayBeforeAndAfter?: boolean;
            }[];
            /** @default 0 */
            childIllnessDaysInPrevious12Months?: number;
            month: string;
            monthlyGrossSalary: number | string;
            unitsScheduledInMonth: number | string;
            weeksPerYear: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/employer-help/allowances': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Calcul : Indemnités d’entretien, repas et kilomètres
     * @description Calcule les indemnités du mois en respectant le minimum d’entretien par jour d’accueil.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            days: {
              /** Format: date */
              date: string;
              hours: number | string;
              km?: number | string;
              /** @default 0 */
              meals?: number;
            }[];
            kmRate?: number | string;
            maintenance: {
              amount: number | string;
              /** @enum {string} */
              per: 'day' | 'hour';
            };
            mealPrice?: number | string;
            month: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              articles: string[];
              figures: {
                key: string;
                label: string;
                /** @enum {string} */
                unit: 'EUR' | 'hours' | 'days' | 'weeks' | 'percent' | 'count';
                value: string;
              }[];
              legalValues: {
                label: string;
                source: string;
                validFrom: string;
                value: string;
              }[];
              steps: {
                articles: string[];
                formula: string;
                label: string;
                result: string;
              }[];
              title: string;
              /** @enum {string} */
              topic: 'salary' | 'extra-hours' | 'absences' | 'paid-leave' | 'allowances' | 'end-of-contract';
              warnings: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/employer-help/allowances/summary.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Récapitulatif imprimable (PDF) : Indemnités d’entretien, repas et kilomètres
     * @description Le même calcul, avec les données saisies, chaque étape, les articles et les valeurs légales.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            days: {
              /** Format: date */
              date: string;
              hours: number | string;
              km?: number | string;
              /** @default 0 */
              meals?: number;
            }[];
            kmRate?: number | string;
            maintenance: {
              amount: number | string;
              /** @enum {string} */
              per: 'day' | 'hour';
            };
            mealPrice?: number | string;
            month: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/employer-help/end-of-contract': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Calcul : Fin de contrat
     * @description Calcule le préavis, l’indemnité de rupture, la régularisation et les congés non pris à la fin du contrat.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            contractStart: string;
            hourlyRate: number | string;
            hoursPerWeek: number | string;
            leavePeriods?: {
              daysAcquired: number;
              daysTakenOrPaid: number;
              grossPayOfPeriod: number | string;
              label?: string;
            }[];
            /** Format: date */
            notificationDate: string;
            /** @enum {string} */
            reason:
              | 'employer-withdrawal'
              | 'employer-gross-misconduct'
              | 'resignation'
              | 'agrement-withdrawal'
              | 'trial-period';
            regularisation?: {
              hoursPaid: number | string;
              hoursWorked: number | string;
            };
            totalGrossSalaries: number | string;
            weeksPerYear: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              articles: string[];
              figures: {
                key: string;
                label: string;
                /** @enum {string} */
                unit: 'EUR' | 'hours' | 'days' | 'weeks' | 'percent' | 'count';
                value: string;
              }[];
              legalValues: {
                label: string;
                source: string;
                validFrom: string;
                value: string;
              }[];
              steps: {
                articles: string[];
                formula: string;
                label: string;
                result: string;
              }[];
              title: string;
              /** @enum {string} */
              topic: 'salary' | 'extra-hours' | 'absences' | 'paid-leave' | 'allowances' | 'end-of-contract';
              warnings: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/employer-help/end-of-contract/summary.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Récapitulatif imprimable (PDF) : Fin de contrat
     * @description Le même calcul, avec les données saisies, chaque étape, les articles et les valeurs légales.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            contractStart: string;
            hourlyRate: number | string;
            hoursPerWeek: number | string;
            leavePeriods?: {
              daysAcquired: number;
              daysTakenOrPaid: number;
              grossPayOfPeriod: number | string;
              label?: string;
            }[];
            /** Format: date */
            notificationDate: string;
            /** @enum {string} */
            reason:
              | 'employer-withdrawal'
              | 'employer-gross-misconduct'
              | 'resignation'
              | 'agrement-withdrawal'
              | 'trial-period';
            regularisation?: {
              hoursPaid: number | string;
              hoursWorked: number | string;
            };
            totalGrossSalaries: number | string;
            weeksPerYear: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/employer-help/extra-hours': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Calcul : Heures complémentaires et majorées
     * @description Calcule la rémunération des heures faites en plus du contrat, jusqu’à 45 h puis au-delà avec majoration.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            contractHoursPerWeek: number | string;
            hourlyRate: number | string;
            majorationPercent: number | string;
            month: string;
            weeks: {
              hoursWorked: number | string;
              label?: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              articles: string[];
              figures: {
                key: string;
                label: string;
                /** @enum {string} */
                unit: 'EUR' | 'hours' | 'days' | 'weeks' | 'percent' | 'count';
                value: string;
              }[];
              legalValues: {
                label: string;
                source: string;
                validFrom: string;
                value: string;
              }[];
              steps: {
                articles: string[];
                formula: string;
                label: string;
                result: string;
              }[];
              title: string;
              /** @enum {string} */
              topic: 'salary' | 'extra-hours' | 'absences' | 'paid-leave' | 'allowances' | 'end-of-contract';
              warnings: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/employer-help/extra-hours/summary.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Récapitulatif imprimable (PDF) : Heures complémentaires et majorées
     * @description Le même calcul, avec les données saisies, chaque étape, les articles et les valeurs légales.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            contractHoursPerWeek: number | string;
            hourlyRate: number | string;
            majorationPercent: number | string;
            month: string;
            weeks: {
              hoursWorked: number | string;
              label?: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/employer-help/paid-leave': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Calcul : Congés payés
     * @description Calcule les jours acquis sur la période de référence et l’indemnité de congés payés, avec les façons de la verser.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            grossPayOfPeriod: number | string;
            hourlyRate: number | string;
            hoursPerWeek: number | string;
            mainLeaveMonth?: string;
            periodEndYear: number;
            weeksPerYear: number;
            weeksWorked: number | string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              articles: string[];
              figures: {
                key: string;
                label: string;
                /** @enum {string} */
                unit: 'EUR' | 'hours' | 'days' | 'weeks' | 'percent' | 'count';
                value: string;
              }[];
              legalValues: {
                label: string;
                source: string;
                validFrom: string;
                value: string;
              }[];
              steps: {
                articles: string[];
                formula: string;
                label: string;
                result: string;
              }[];
              title: string;
              /** @enum {string} */
              topic: 'salary' | 'extra-hours' | 'absences' | 'paid-leave' | 'allowances' | 'end-of-contract';
              warnings: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/employer-help/paid-leave/summary.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Récapitulatif imprimable (PDF) : Congés payés
     * @description Le même calcul, avec les données saisies, chaque étape, les articles et les valeurs légales.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            grossPayOfPeriod: number | string;
            hourlyRate: number | string;
            hoursPerWeek: number | string;
            mainLeaveMonth?: string;
            periodEndYear: number;
            weeksPerYear: number;
            weeksWorked: number | string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/employer-help/salary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Calcul : Salaire mensualisé
     * @description Calcule le salaire mensualisé brut et net, et les heures et jours à déclarer à Pajemploi.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            contributionRates?: {
              employeePercent: number | string;
              employerPercent?: number | string;
            };
            hourlyRate: number | string;
            majorationPercent?: number | string;
            month: string;
            /** @default false */
            qualified?: boolean;
            schedule:
              | {
                  daysPerWeek: number | string;
                  hoursPerWeek: number | string;
                  /** @enum {string} */
                  kind: 'regular';
                }
              | {
                  /** @enum {string} */
                  kind: 'rhythms';
                  rhythms: {
                    daysPerWeek: number | string;
                    hoursPerWeek: number | string;
                    label: string;
                    weeks: number;
                  }[];
                };
            weeksPerYear: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              articles: string[];
              figures: {
                key: string;
                label: string;
                /** @enum {string} */
                unit: 'EUR' | 'hours' | 'days' | 'weeks' | 'percent' | 'count';
                value: string;
              }[];
              legalValues: {
                label: string;
                source: string;
                validFrom: string;
                value: string;
              }[];
              steps: {
                articles: string[];
                formula: string;
                label: string;
                result: string;
              }[];
              title: string;
              /** @enum {string} */
              topic: 'salary' | 'extra-hours' | 'absences' | 'paid-leave' | 'allowances' | 'end-of-contract';
              warnings: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/employer-help/salary/summary.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Récapitulatif imprimable (PDF) : Salaire mensualisé
     * @description Le même calcul, avec les données saisies, chaque étape, les articles et les valeurs légales.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            contributionRates?: {
              employeePercent: number | string;
              employerPercent?: number | string;
            };
            hourlyRate: number | string;
            majorationPercent?: number | string;
            month: string;
            /** @default false */
            qualified?: boolean;
            schedule:
              | {
                  daysPerWeek: number | string;
                  hoursPerWeek: number | string;
                  /** @enum {string} */
                  kind: 'regular';
                }
              | {
                  /** @enum {string} */
                  kind: 'rhythms';
                  rhythms: {
                    daysPerWeek: number | string;
                    hoursPerWeek: number | string;
                    label: string;
                    weeks: number;
                  }[];
                };
            weeksPerYear: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/job-offers/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** L’offre du parent, depuis son lien : son état, le nombre de réponses */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              answers: number;
              atypicalHours: boolean;
              canEdit: boolean;
              canRenew: boolean;
              canWithdraw: boolean;
              childAgeMonths: number;
              childBirthOn: string | null;
              childrenCount: number;
              communeName: string;
              communes: {
                inseeCode: string;
                name: string;
              }[];
              details: string;
              disability: boolean;
              email: string;
              emergency: boolean;
              endOn: string | null;
              expiresOn: string | null;
              id: string;
              inseeCode: string;
              name: string;
              outcome: string | null;
              parentPhone: string;
              phone: string | null;
              publishedAt: string | null;
              radiusKm: number | null;
              refusalReason: string;
              relaisName: string;
              relaisSlug: string;
              schedule: {
                day: number;
                from: string;
                to: string;
              }[];
              scheduleText: string;
              showPhone: boolean;
              startOn: string;
              stateText: string;
              status: string;
              statusLabel: string;
              weeklyHours: number;
            };
          };
        };
      };
    };
    /** Modifier l’offre (une offre publiée repart en vérification au relais) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            childBirthOn: string;
            /** @default 1 */
            childrenCount?: number;
            /** @default [] */
            communes?: string[];
            /** @default  */
            details?: string;
            /** @default false */
            disability?: boolean;
            /** @default false */
            emergency?: boolean;
            /** @default null */
            endOn?: string | null;
            inseeCode: string;
            name: string;
            /** @default  */
            phone?: string;
            /** @default null */
            radiusKm?: number | null;
            schedule: {
              day: number;
              from: string;
              to: string;
            }[];
            /** @default false */
            showPhone?: boolean;
            /** Format: date */
            startOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              answers: number;
              atypicalHours: boolean;
              canEdit: boolean;
              canRenew: boolean;
              canWithdraw: boolean;
              childAgeMonths: number;
              childBirthOn: string | null;
              childrenCount: number;
              communeName: string;
              communes: {
                inseeCode: string;
                name: string;
              }[];
              details: string;
              disability: boolean;
              email: string;
              emergency: boolean;
              endOn: string | null;
              expiresOn: string | null;
              id: string;
              inseeCode: string;
              name: string;
              outcome: string | null;
              parentPhone: string;
              phone: string | null;
              publishedAt: string | null;
              radiusKm: number | null;
              refusalReason: string;
              relaisName: string;
              relaisSlug: string;
              schedule: {
                day: number;
                from: string;
                to: string;
              }[];
              scheduleText: string;
              showPhone: boolean;
              startOn: string;
              stateText: string;
              status: string;
              statusLabel: string;
              weeklyHours: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/job-offers/{token}/renew': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Renouveler l’offre (publiée : prolongée ; expirée : repart en vérification) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              answers: number;
              atypicalHours: boolean;
              canEdit: boolean;
              canRenew: boolean;
              canWithdraw: boolean;
              childAgeMonths: number;
              childBirthOn: string | null;
              childrenCount: number;
              communeName: string;
              communes: {
                inseeCode: string;
                name: string;
              }[];
              details: string;
              disability: boolean;
              email: string;
              emergency: boolean;
              endOn: string | null;
              expiresOn: string | null;
              id: string;
              inseeCode: string;
              name: string;
              outcome: string | null;
              parentPhone: string;
              phone: string | null;
              publishedAt: string | null;
              radiusKm: number | null;
              refusalReason: string;
              relaisName: string;
              relaisSlug: string;
              schedule: {
                day: number;
                from: string;
                to: string;
              }[];
              scheduleText: string;
              showPhone: boolean;
              startOn: string;
              stateText: string;
              status: string;
              statusLabel: string;
              weeklyHours: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/job-offers/{token}/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirmer l’adresse e-mail : l’offre part en vérification au relais */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              answers: number;
              atypicalHours: boolean;
              canEdit: boolean;
              canRenew: boolean;
              canWithdraw: boolean;
              childAgeMonths: number;
              childBirthOn: string | null;
              childrenCount: number;
              communeName: string;
              communes: {
                inseeCode: string;
                name: string;
              }[];
              details: string;
              disability: boolean;
              email: string;
              emergency: boolean;
              endOn: string | null;
              expiresOn: string | null;
              id: string;
              inseeCode: string;
              name: string;
              outcome: string | null;
              parentPhone: string;
              phone: string | null;
              publishedAt: string | null;
              radiusKm: number | null;
              refusalReason: string;
              relaisName: string;
              relaisSlug: string;
              schedule: {
                day: number;
                from: string;
                to: string;
              }[];
              scheduleText: string;
              showPhone: boolean;
              startOn: string;
              stateText: string;
              status: string;
              statusLabel: string;
              weeklyHours: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/job-offers/{token}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Retirer l’offre, en disant si un accueil a été trouvé */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @default abandoned
             * @enum {string}
             */
            outcome?: 'filled_childminder' | 'filled_facility' | 'abandoned';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              answers: number;
              atypicalHours: boolean;
              canEdit: boolean;
              canRenew: boolean;
              canWithdraw: boolean;
              childAgeMonths: number;
              childBirthOn: string | null;
              childrenCount: number;
              communeName: string;
              communes: {
                inseeCode: string;
                name: string;
              }[];
              details: string;
              disability: boolean;
              email: string;
              emergency: boolean;
              endOn: string | null;
              expiresOn: string | null;
              id: string;
              inseeCode: string;
              name: string;
              outcome: string | null;
              parentPhone: string;
              phone: string | null;
              publishedAt: string | null;
              radiusKm: number | null;
              refusalReason: string;
              relaisName: string;
              relaisSlug: string;
              schedule: {
                day: number;
                from: string;
                to: string;
              }[];
              scheduleText: string;
              showPhone: boolean;
              startOn: string;
              stateText: string;
              status: string;
              statusLabel: string;
              weeklyHours: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/relais': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Relais hébergés sur cette plateforme */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              relais: {
                city: string;
                name: string;
                slug: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/relais/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Page d'accueil publique d'un relais */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string;
              city: string;
              communes: {
                inseeCode: string;
                name: string;
                population: number | null;
                postcodes: string[];
              }[];
              email: string;
              name: string;
              openingHours: string;
              permanences: string;
              phone: string;
              postcode: string;
              sites: {
                accessible: boolean;
                address: string;
                communeName: string;
                kindLabel: string;
                name: string;
              }[];
              slug: string;
              website: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/relais/{slug}/activities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Programme public des temps collectifs du relais */
    get: {
      parameters: {
        query?: {
          commune?: string;
          from?: string;
          kind?: string;
          to?: string;
        };
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              activities: {
                adultCapacity: number;
                adultsTaken: number;
                animators: {
                  id: string;
                  name: string;
                }[];
                /** @enum {string} */
                audience: 'childminders_with_children' | 'childminders' | 'parents' | 'childminders_and_parents';
                cancelReason: string;
                /** @enum {string} */
                category: 'play' | 'festive' | 'evening' | 'practice' | 'information';
                childCapacity: number;
                childrenTaken: number;
                communeName: string;
                date: string;
                description: string;
                endsAt: string;
                endTime: string;
                facilitator: string;
                id: string;
                inseeCode: string;
                kindId: string;
                kindLabel: string;
                openToParents: boolean;
                practiceGroupId: string | null;
                /** @enum {string} */
                registration: 'open' | 'not_yet' | 'closed' | 'cancelled';
                registrationClosesAt: string | null;
                registrationOpensAt: string | null;
                siteAddress: string;
                siteId: string;
                siteName: string;
                startsAt: string;
                startTime: string;
                /** @enum {string} */
                status: 'scheduled' | 'cancelled';
                /** @enum {string} */
                theme:
                  | 'free_play'
                  | 'motor'
                  | 'sensory'
                  | 'music'
                  | 'books'
                  | 'art'
                  | 'nature'
                  | 'show'
                  | 'talk'
                  | 'conference'
                  | 'workshop'
                  | 'agreement'
                  | 'other';
                themeLabel: string;
                title: string;
                waiting: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/relais/{slug}/activities.ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Agenda iCalendar (RFC 5545) des temps collectifs d’un relais, ou d’une de ses communes */
    get: {
      parameters: {
        query?: {
          commune?: string;
        };
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/relais/{slug}/activities/{activityId}/registrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Inscription d’un parent à une séance ouverte aux parents (lien de désinscription par e-mail) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          activityId: string;
          slug: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default 1 */
            adults?: number;
            children: number;
            /** @enum {boolean} */
            consent: true;
            /** Format: email */
            email: string;
            inseeCode?: string;
            name: string;
            /** @default  */
            phone?: string;
            website?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              message: string;
              /** @enum {string} */
              status: 'confirmed' | 'waiting';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/relais/{slug}/appointment-reasons': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Motifs de rendez-vous réservables en ligne */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              reasons: {
                audience: string;
                audienceLabel: string;
                description: string;
                durationMinutes: number;
                id: string;
                label: string;
                maxNoticeDays: number;
                minNoticeHours: number;
                modes: {
                  label: string;
                  mode: string;
                }[];
              }[];
              relaisName: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/relais/{slug}/appointment-slots': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Créneaux libres d’un motif, jour par jour (35 jours au plus) */
    get: {
      parameters: {
        query: {
          from?: string;
          reasonId: string;
          to?: string;
        };
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              days: {
                date: string;
                slots: {
                  animatorFirstName: string;
                  end: string;
                  endTime: string;
                  mode: string;
                  modeLabel: string;
                  permanenceId: string;
                  placeAddress: string | null;
                  placeLabel: string;
                  placeName: string | null;
                  start: string;
                  time: string;
                }[];
              }[];
              from: string;
              reasonId: string;
              to: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/relais/{slug}/appointment-waitlist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** M’inscrire sur la liste d’attente d’un motif (prévenu·e par e-mail si un créneau se libère) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {boolean} */
            consent: true;
            /** Format: email */
            email: string;
            /** Format: date */
            from?: string;
            name: string;
            /** Format: uuid */
            reasonId: string;
            /** Format: date */
            to?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              message: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/relais/{slug}/appointments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Réserver un créneau (409 s’il vient d’être pris)
     * @description Confirmation par e-mail avec un fichier .ics et le lien pour annuler ou déplacer le rendez-vous ; rappel deux jours avant à 9 h.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {boolean} */
            consent: true;
            email: '' | string;
            /** @default null */
            inseeCode?: string | null;
            name: string;
            /** @default  */
            note?: string;
            /** Format: uuid */
            permanenceId: string;
            phone: string;
            /** @enum {string} */
            public: 'parent' | 'future_parent' | 'childminder' | 'candidate' | 'project_carrier' | 'partner';
            /** Format: uuid */
            reasonId: string;
            /** Format: date-time */
            start: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              appointment: {
                animatorFirstName: string;
                canCancel: boolean;
                canMove: boolean;
                date: string;
                endsAt: string;
                endTime: string;
                mode: string;
                modeLabel: string;
                personName: string;
                placeAddress: string | null;
                placeLabel: string;
                placeName: string | null;
                reasonId: string;
                reasonLabel: string;
                relaisName: string;
                relaisSlug: string;
                startsAt: string;
                startTime: string;
                status: string;
                statusLabel: string;
              };
              manageUrl: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/relais/{slug}/directory': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Annuaire public : places libres chez les assistant·es maternel·les, MAM et établissements */
    get: {
      parameters: {
        query?: {
          ageMonths?: number;
          commune?: string;
          days?: string;
          from?: string;
          radiusKm?: number;
          startDate?: string;
          to?: string;
        };
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              childminders: {
                address: string | null;
                communeName: string;
                confirmedAt: string | null;
                contactByForm: boolean;
                distanceKm: number | null;
                /** @enum {string} */
                freshness: 'fresh' | 'stale' | 'unknown';
                id: string;
                inMam: boolean;
                matchingPlaces: number;
                name: string;
                phone: string | null;
                places: {
                  availableFrom: string;
                  days: number[];
                  endTime: string;
                  maxAgeMonths: number | null;
                  minAgeMonths: number | null;
                  periscolaire: boolean;
                  startTime: string;
                }[];
                /** @enum {string} */
                type: 'childminder';
              }[];
              childminderTotal: number;
              facilities: {
                address: string;
                communeName: string;
                distanceKm: number | null;
                funding: string | null;
                id: string;
                kindLabel: string;
                name: string;
                phone: string | null;
                places: number | null;
                /** @enum {string} */
                type: 'facility';
                website: string | null;
              }[];
              houses: {
                address: string;
                communeName: string;
                distanceKm: number | null;
                id: string;
                name: string;
                /** @enum {string} */
                type: 'mam';
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/relais/{slug}/directory/childminders/{childminderId}/contact': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Écrire à une assistante maternelle (message relayé par e-mail) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          childminderId: string;
          slug: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
            name: string;
            phone: string;
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              message: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/relais/{slug}/job-offer-form': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ce que propose le formulaire d’offre d’emploi : communes du territoire et limites */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              communes: {
                inseeCode: string;
                name: string;
              }[];
              expiryDays: number;
              maxChildren: number;
              maxDailyHours: number;
              maxRadiusKm: number;
              maxWeeklyHours: number;
              relais: {
                email: string;
                name: string;
                phone: string;
                retentionMonths: number;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/relais/{slug}/job-offers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Déposer une offre d’emploi (un lien de confirmation est envoyé à l’adresse donnée) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            childBirthOn: string;
            /** @default 1 */
            childrenCount?: number;
            /** @default [] */
            communes?: string[];
            /** @enum {boolean} */
            consent: true;
            /** @default  */
            details?: string;
            /** @default false */
            disability?: boolean;
            /** Format: email */
            email: string;
            /** @default false */
            emergency?: boolean;
            /** @default null */
            endOn?: string | null;
            inseeCode: string;
            name: string;
            /** @default  */
            phone?: string;
            /** @default null */
            radiusKm?: number | null;
            schedule: {
              day: number;
              from: string;
              to: string;
            }[];
            /** @default false */
            showPhone?: boolean;
            /** Format: date */
            startOn: string;
            website?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              message: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/relais/{slug}/map': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Communes du relais (GeoJSON) avec les places libres du jour */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              features: {
                geometry: unknown;
                properties: {
                  code: string;
                  freePlaces: number;
                  name: string;
                };
                /** @enum {string} */
                type: 'Feature';
              }[];
              /** @enum {string} */
              type: 'FeatureCollection';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/relais/{slug}/request-form': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ce que propose le formulaire de demande : communes du territoire et thèmes */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              communes: {
                inseeCode: string;
                name: string;
              }[];
              relais: {
                email: string;
                name: string;
                phone: string;
                retentionMonths: number;
              };
              subjects: {
                id: string;
                label: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/relais/{slug}/requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Faire une demande au relais (confirmée par e-mail si une adresse est donnée) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            answerChannel: 'email' | 'phone';
            /** @default null */
            childAgeMonths?: number | null;
            /** @enum {boolean} */
            consent: true;
            /** @default  */
            email?: '' | string;
            /** @default null */
            expectedBirthOn?: string | null;
            inseeCode: string;
            name: string;
            /** @default  */
            needs?: string;
            /** @default  */
            phone?: string;
            /** @enum {string} */
            public: 'parent' | 'future_parent' | 'childminder' | 'candidate' | 'project_carrier';
            subjectIds: string[];
            website?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              message: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reference/communes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Recherche de communes françaises (nom, code INSEE ou code postal) */
    get: {
      parameters: {
        query: {
          q: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              communes: {
                departement: string;
                inseeCode: string;
                name: string;
                population: number | null;
                postcodes: string[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tous les relais (opérateur de la plateforme) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              relais: {
                address: string;
                city: string;
                email: string;
                epciCode: string | null;
                familyRetentionMonths: number;
                id: string;
                name: string;
                openingHours: string;
                permanences: string;
                phone: string;
                postcode: string;
                slug: string;
                website: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Créer un relais (opérateur de la plateforme) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            address: string;
            city: string;
            email: '' | string;
            epciCode: string | null;
            name: string;
            openingHours: string;
            permanences: string;
            phone: string;
            postcode: string;
            slug: string;
            website: ('' | string) | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string;
              city: string;
              email: string;
              epciCode: string | null;
              familyRetentionMonths: number;
              id: string;
              name: string;
              openingHours: string;
              permanences: string;
              phone: string;
              postcode: string;
              slug: string;
              website: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Fiche du relais */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string;
              city: string;
              email: string;
              epciCode: string | null;
              familyRetentionMonths: number;
              id: string;
              name: string;
              openingHours: string;
              permanences: string;
              phone: string;
              postcode: string;
              slug: string;
              website: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Modifier la fiche publique du relais */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            address?: string;
            city?: string;
            email?: '' | string;
            familyRetentionMonths?: number;
            name?: string;
            openingHours?: string;
            permanences?: string;
            phone?: string;
            postcode?: string;
            website?: ('' | string) | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string;
              city: string;
              email: string;
              epciCode: string | null;
              familyRetentionMonths: number;
              id: string;
              name: string;
              openingHours: string;
              permanences: string;
              phone: string;
              postcode: string;
              slug: string;
              website: string | null;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/relais/{relaisId}/accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Comptes du relais */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              accounts: {
                createdAt: string;
                disabled: boolean;
                displayName: string;
                email: string;
                id: string;
                lastLoginAt: string | null;
                /** @enum {string} */
                role: 'operator' | 'manager' | 'animator' | 'assistant' | 'viewer' | 'childminder' | 'parent';
                roleLabel: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Créer un compte */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            displayName: string;
            /** Format: email */
            email: string;
            password?: string;
            /** @enum {string} */
            role: 'operator' | 'manager' | 'animator' | 'assistant' | 'viewer' | 'childminder' | 'parent';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              disabled: boolean;
              displayName: string;
              email: string;
              id: string;
              lastLoginAt: string | null;
              /** @enum {string} */
              role: 'operator' | 'manager' | 'animator' | 'assistant' | 'viewer' | 'childminder' | 'parent';
              roleLabel: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/accounts/{accountId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Modifier, désactiver ou réactiver un compte */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            disabled?: boolean;
            displayName?: string;
            /** @enum {string} */
            role?: 'operator' | 'manager' | 'animator' | 'assistant' | 'viewer' | 'childminder' | 'parent';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              disabled: boolean;
              displayName: string;
              email: string;
              id: string;
              lastLoginAt: string | null;
              /** @enum {string} */
              role: 'operator' | 'manager' | 'animator' | 'assistant' | 'viewer' | 'childminder' | 'parent';
              roleLabel: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/relais/{relaisId}/activities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Programme des séances (par date, commune, type, statut ; 400 jours au plus) */
    get: {
      parameters: {
        query?: {
          commune?: string;
          from?: string;
          kind?: string;
          status?: 'scheduled' | 'cancelled';
          to?: string;
        };
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              activities: {
                adultCapacity: number;
                adultsTaken: number;
                animators: {
                  id: string;
                  name: string;
                }[];
                /** @enum {string} */
                audience: 'childminders_with_children' | 'childminders' | 'parents' | 'childminders_and_parents';
                cancelReason: string;
                /** @enum {string} */
                category: 'play' | 'festive' | 'evening' | 'practice' | 'information';
                childCapacity: number;
                childrenTaken: number;
                communeName: string;
                date: string;
                description: string;
                endsAt: string;
                endTime: string;
                facilitator: string;
                id: string;
                inseeCode: string;
                kindId: string;
                kindLabel: string;
                openToParents: boolean;
                practiceGroupId: string | null;
                /** @enum {string} */
                registration: 'open' | 'not_yet' | 'closed' | 'cancelled';
                registrationClosesAt: string | null;
                registrationOpensAt: string | null;
                siteAddress: string;
                siteId: string;
                siteName: string;
                startsAt: string;
                startTime: string;
                /** @enum {string} */
                status: 'scheduled' | 'cancelled';
                /** @enum {string} */
                theme:
                  | 'free_play'
                  | 'motor'
                  | 'sensory'
                  | 'music'
                  | 'books'
                  | 'art'
                  | 'nature'
                  | 'show'
                  | 'talk'
                  | 'conference'
                  | 'workshop'
                  | 'agreement'
                  | 'other';
                themeLabel: string;
                title: string;
                waiting: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Créer une séance (capacités et durée par défaut du type) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            adultCapacity?: number;
            /** @default [] */
            animatorIds?: string[];
            childCapacity?: number;
            /** Format: date */
            date: string;
            /** @default  */
            description?: string;
            endTime?: string;
            /** @default  */
            facilitator?: string;
            /** Format: uuid */
            kindId: string;
            practiceGroupId?: string | null;
            registrationClosesAt?: string | null;
            registrationOpensAt?: string | null;
            /** Format: uuid */
            siteId: string;
            startTime: string;
            /** @enum {string} */
            theme:
              | 'free_play'
              | 'motor'
              | 'sensory'
              | 'music'
              | 'books'
              | 'art'
              | 'nature'
              | 'show'
              | 'talk'
              | 'conference'
              | 'workshop'
              | 'agreement'
              | 'other';
            title?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adultCapacity: number;
              adultsTaken: number;
              animators: {
                id: string;
                name: string;
              }[];
              /** @enum {string} */
              audience: 'childminders_with_children' | 'childminders' | 'parents' | 'childminders_and_parents';
              cancelReason: string;
              /** @enum {string} */
              category: 'play' | 'festive' | 'evening' | 'practice' | 'information';
              childCapacity: number;
              childrenTaken: number;
              communeName: string;
              date: string;
              description: string;
              endsAt: string;
              endTime: string;
              events: {
                actorName: string;
                at: string;
                detail: string;
                kind: string;
                label: string;
              }[];
              facilitator: string;
              id: string;
              inseeCode: string;
              kindId: string;
              kindLabel: string;
              openToParents: boolean;
              practiceGroupId: string | null;
              /** @enum {string} */
              registration: 'open' | 'not_yet' | 'closed' | 'cancelled';
              registrationClosesAt: string | null;
              registrationOpensAt: string | null;
              registrations: {
                adults: number;
                cancelledAt: string | null;
                childminderId: string | null;
                children: number;
                communeName: string | null;
                createdAt: string;
                email: string;
                id: string;
                name: string;
                phone: string;
                promotedAt: string | null;
                /** @enum {string} */
                registrant: 'childminder' | 'parent';
                /** @enum {string} */
                source: 'online' | 'staff';
                /** @enum {string} */
                status: 'confirmed' | 'waiting' | 'cancelled';
              }[];
              siteAddress: string;
              siteId: string;
              siteName: string;
              startsAt: string;
              startTime: string;
              /** @enum {string} */
              status: 'scheduled' | 'cancelled';
              /** @enum {string} */
              theme:
                | 'free_play'
                | 'motor'
                | 'sensory'
                | 'music'
                | 'books'
                | 'art'
                | 'nature'
                | 'show'
                | 'talk'
                | 'conference'
                | 'workshop'
                | 'agreement'
                | 'other';
              themeLabel: string;
              title: string;
              waiting: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/activities/{activityId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Une séance : ses inscrit·es, sa liste d’attente et son historique */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          activityId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adultCapacity: number;
              adultsTaken: number;
              animators: {
                id: string;
                name: string;
              }[];
              /** @enum {string} */
              audience: 'childminders_with_children' | 'childminders' | 'parents' | 'childminders_and_parents';
              cancelReason: string;
              /** @enum {string} */
              category: 'play' | 'festive' | 'evening' | 'practice' | 'information';
              childCapacity: number;
              childrenTaken: number;
              communeName: string;
              date: string;
              description: string;
              endsAt: string;
              endTime: string;
              events: {
                actorName: string;
                at: string;
                detail: string;
                kind: string;
                label: string;
              }[];
              facilitator: string;
              id: string;
              inseeCode: string;
              kindId: string;
              kindLabel: string;
              openToParents: boolean;
              practiceGroupId: string | null;
              /** @enum {string} */
              registration: 'open' | 'not_yet' | 'closed' | 'cancelled';
              registrationClosesAt: string | null;
              registrationOpensAt: string | null;
              registrations: {
                adults: number;
                cancelledAt: string | null;
                childminderId: string | null;
                children: number;
                communeName: string | null;
                createdAt: string;
                email: string;
                id: string;
                name: string;
                phone: string;
                promotedAt: string | null;
                /** @enum {string} */
                registrant: 'childminder' | 'parent';
                /** @enum {string} */
                source: 'online' | 'staff';
                /** @enum {string} */
                status: 'confirmed' | 'waiting' | 'cancelled';
              }[];
              siteAddress: string;
              siteId: string;
              siteName: string;
              startsAt: string;
              startTime: string;
              /** @enum {string} */
              status: 'scheduled' | 'cancelled';
              /** @enum {string} */
              theme:
                | 'free_play'
                | 'motor'
                | 'sensory'
                | 'music'
                | 'books'
                | 'art'
                | 'nature'
                | 'show'
                | 'talk'
                | 'conference'
                | 'workshop'
                | 'agreement'
                | 'other';
              themeLabel: string;
              title: string;
              waiting: number;
            };
          };
        };
      };
    };
    /** Modifier une séance (une capacité plus grande attribue les places à la liste d’attente) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          activityId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            adultCapacity?: number;
            /** @default [] */
            animatorIds?: string[];
            childCapacity?: number;
            description?: string;
            facilitator?: string;
            registrationClosesAt?: string | null;
            registrationOpensAt?: string | null;
            /** @enum {string} */
            theme?:
              | 'free_play'
              | 'motor'
              | 'sensory'
              | 'music'
              | 'books'
              | 'art'
              | 'nature'
              | 'show'
              | 'talk'
              | 'conference'
              | 'workshop'
              | 'agreement'
              | 'other';
            title?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adultCapacity: number;
              adultsTaken: number;
              animators: {
                id: string;
                name: string;
              }[];
              /** @enum {string} */
              audience: 'childminders_with_children' | 'childminders' | 'parents' | 'childminders_and_parents';
              cancelReason: string;
              /** @enum {string} */
              category: 'play' | 'festive' | 'evening' | 'practice' | 'information';
              childCapacity: number;
              childrenTaken: number;
              communeName: string;
              date: string;
              description: string;
              endsAt: string;
              endTime: string;
              events: {
                actorName: string;
                at: string;
                detail: string;
                kind: string;
                label: string;
              }[];
              facilitator: string;
              id: string;
              inseeCode: string;
              kindId: string;
              kindLabel: string;
              openToParents: boolean;
              practiceGroupId: string | null;
              /** @enum {string} */
              registration: 'open' | 'not_yet' | 'closed' | 'cancelled';
              registrationClosesAt: string | null;
              registrationOpensAt: string | null;
              registrations: {
                adults: number;
                cancelledAt: string | null;
                childminderId: string | null;
                children: number;
                communeName: string | null;
                createdAt: string;
                email: string;
                id: string;
                name: string;
                phone: string;
                promotedAt: string | null;
                /** @enum {string} */
                registrant: 'childminder' | 'parent';
                /** @enum {string} */
                source: 'online' | 'staff';
                /** @enum {string} */
                status: 'confirmed' | 'waiting' | 'cancelled';
              }[];
              siteAddress: string;
              siteId: string;
              siteName: string;
              startsAt: string;
              startTime: string;
              /** @enum {string} */
              status: 'scheduled' | 'cancelled';
              /** @enum {string} */
              theme:
                | 'free_play'
                | 'motor'
                | 'sensory'
                | 'music'
                | 'books'
                | 'art'
                | 'nature'
                | 'show'
                | 'talk'
                | 'conference'
                | 'workshop'
                | 'agreement'
                | 'other';
              themeLabel: string;
              title: string;
              waiting: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/activities/{activityId}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Présences d’une séance : les personnes attendues et celles relevées
     * @description Attendues : les inscriptions confirmées, ou les membres du groupe d’analyse de la pratique de la séance.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          activityId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              expected: {
                attendee: string;
                childminderId: string | null;
                children: number;
                name: string;
                registrationId: string | null;
              }[];
              recordedAt: string | null;
              rows: {
                /** @enum {string} */
                attendee: 'childminder' | 'parent' | 'other';
                childminderId: string | null;
                children1To2: number;
                children2To3: number;
                children3AndOver: number;
                childrenUnder1: number;
                id: string;
                personName: string;
                registrationId: string | null;
                walkIn: boolean;
              }[];
            };
          };
        };
      };
    };
    /**
     * Relever les présences d’une séance (remplace le relevé précédent)
     * @description Personnes inscrites présentes, venues sans inscription (une fiche d’assistant·e maternel·le ou un nom), enfants par tranche d’âge. Refusé pour une séance annulée ou à venir.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          activityId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            rows: {
              /** @enum {string} */
              attendee: 'childminder' | 'parent' | 'other';
              childminderId: string | null;
              children1To2: number;
              children2To3: number;
              children3AndOver: number;
              childrenUnder1: number;
              personName: string;
              registrationId: string | null;
              walkIn: boolean;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              expected: {
                attendee: string;
                childminderId: string | null;
                children: number;
                name: string;
                registrationId: string | null;
              }[];
              recordedAt: string | null;
              rows: {
                /** @enum {string} */
                attendee: 'childminder' | 'parent' | 'other';
                childminderId: string | null;
                children1To2: number;
                children2To3: number;
                children3AndOver: number;
                childrenUnder1: number;
                id: string;
                personName: string;
                registrationId: string | null;
                walkIn: boolean;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/activities/{activityId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Annuler une séance, avec le motif : chaque inscrit·e est prévenu·e par e-mail */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          activityId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adultCapacity: number;
              adultsTaken: number;
              animators: {
                id: string;
                name: string;
              }[];
              /** @enum {string} */
              audience: 'childminders_with_children' | 'childminders' | 'parents' | 'childminders_and_parents';
              cancelReason: string;
              /** @enum {string} */
              category: 'play' | 'festive' | 'evening' | 'practice' | 'information';
              childCapacity: number;
              childrenTaken: number;
              communeName: string;
              date: string;
              description: string;
              endsAt: string;
              endTime: string;
              events: {
                actorName: string;
                at: string;
                detail: string;
                kind: string;
                label: string;
              }[];
              facilitator: string;
              id: string;
              inseeCode: string;
              kindId: string;
              kindLabel: string;
              openToParents: boolean;
              practiceGroupId: string | null;
              /** @enum {string} */
              registration: 'open' | 'not_yet' | 'closed' | 'cancelled';
              registrationClosesAt: string | null;
              registrationOpensAt: string | null;
              registrations: {
                adults: number;
                cancelledAt: string | null;
                childminderId: string | null;
                children: number;
                communeName: string | null;
                createdAt: string;
                email: string;
                id: string;
                name: string;
                phone: string;
                promotedAt: string | null;
                /** @enum {string} */
                registrant: 'childminder' | 'parent';
                /** @enum {string} */
                source: 'online' | 'staff';
                /** @enum {string} */
                status: 'confirmed' | 'waiting' | 'cancelled';
              }[];
              siteAddress: string;
              siteId: string;
              siteName: string;
              startsAt: string;
              startTime: string;
              /** @enum {string} */
              status: 'scheduled' | 'cancelled';
              /** @enum {string} */
              theme:
                | 'free_play'
                | 'motor'
                | 'sensory'
                | 'music'
                | 'books'
                | 'art'
                | 'nature'
                | 'show'
                | 'talk'
                | 'conference'
                | 'workshop'
                | 'agreement'
                | 'other';
              themeLabel: string;
              title: string;
              waiting: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/activities/{activityId}/move': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Déplacer une séance (lieu, date, horaires) : chaque inscrit·e est prévenu·e par e-mail */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          activityId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            date: string;
            endTime: string;
            /** @default  */
            reason?: string;
            /** Format: uuid */
            siteId: string;
            startTime: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adultCapacity: number;
              adultsTaken: number;
              animators: {
                id: string;
                name: string;
              }[];
              /** @enum {string} */
              audience: 'childminders_with_children' | 'childminders' | 'parents' | 'childminders_and_parents';
              cancelReason: string;
              /** @enum {string} */
              category: 'play' | 'festive' | 'evening' | 'practice' | 'information';
              childCapacity: number;
              childrenTaken: number;
              communeName: string;
              date: string;
              description: string;
              endsAt: string;
              endTime: string;
              events: {
                actorName: string;
                at: string;
                detail: string;
                kind: string;
                label: string;
              }[];
              facilitator: string;
              id: string;
              inseeCode: string;
              kindId: string;
              kindLabel: string;
              openToParents: boolean;
              practiceGroupId: string | null;
              /** @enum {string} */
              registration: 'open' | 'not_yet' | 'closed' | 'cancelled';
              registrationClosesAt: string | null;
              registrationOpensAt: string | null;
              registrations: {
                adults: number;
                cancelledAt: string | null;
                childminderId: string | null;
                children: number;
                communeName: string | null;
                createdAt: string;
                email: string;
                id: string;
                name: string;
                phone: string;
                promotedAt: string | null;
                /** @enum {string} */
                registrant: 'childminder' | 'parent';
                /** @enum {string} */
                source: 'online' | 'staff';
                /** @enum {string} */
                status: 'confirmed' | 'waiting' | 'cancelled';
              }[];
              siteAddress: string;
              siteId: string;
              siteName: string;
              startsAt: string;
              startTime: string;
              /** @enum {string} */
              status: 'scheduled' | 'cancelled';
              /** @enum {string} */
              theme:
                | 'free_play'
                | 'motor'
                | 'sensory'
                | 'music'
                | 'books'
                | 'art'
                | 'nature'
                | 'show'
                | 'talk'
                | 'conference'
                | 'workshop'
                | 'agreement'
                | 'other';
              themeLabel: string;
              title: string;
              waiting: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/activities/{activityId}/registrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Inscrire quelqu’un par téléphone (une assistante maternelle du relais, ou un parent) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          activityId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default 1 */
            adults?: number;
            /** Format: uuid */
            childminderId?: string;
            children: number;
            parent?: {
              /** @default  */
              email?: string | '';
              name: string;
              /** @default  */
              phone?: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adults: number;
              cancelledAt: string | null;
              childminderId: string | null;
              children: number;
              communeName: string | null;
              createdAt: string;
              email: string;
              id: string;
              name: string;
              phone: string;
              promotedAt: string | null;
              /** @enum {string} */
              registrant: 'childminder' | 'parent';
              /** @enum {string} */
              source: 'online' | 'staff';
              /** @enum {string} */
              status: 'confirmed' | 'waiting' | 'cancelled';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/activities/{activityId}/registrations/{registrationId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Annuler une inscription (les places libérées vont à la liste d’attente) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          activityId: string;
          registrationId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adultCapacity: number;
              adultsTaken: number;
              animators: {
                id: string;
                name: string;
              }[];
              /** @enum {string} */
              audience: 'childminders_with_children' | 'childminders' | 'parents' | 'childminders_and_parents';
              cancelReason: string;
              /** @enum {string} */
              category: 'play' | 'festive' | 'evening' | 'practice' | 'information';
              childCapacity: number;
              childrenTaken: number;
              communeName: string;
              date: string;
              description: string;
              endsAt: string;
              endTime: string;
              events: {
                actorName: string;
                at: string;
                detail: string;
                kind: string;
                label: string;
              }[];
              facilitator: string;
              id: string;
              inseeCode: string;
              kindId: string;
              kindLabel: string;
              openToParents: boolean;
              practiceGroupId: string | null;
              /** @enum {string} */
              registration: 'open' | 'not_yet' | 'closed' | 'cancelled';
              registrationClosesAt: string | null;
              registrationOpensAt: string | null;
              registrations: {
                adults: number;
                cancelledAt: string | null;
                childminderId: string | null;
                children: number;
                communeName: string | null;
                createdAt: string;
                email: string;
                id: string;
                name: string;
                phone: string;
                promotedAt: string | null;
                /** @enum {string} */
                registrant: 'childminder' | 'parent';
                /** @enum {string} */
                source: 'online' | 'staff';
                /** @enum {string} */
                status: 'confirmed' | 'waiting' | 'cancelled';
              }[];
              siteAddress: string;
              siteId: string;
              siteName: string;
              startsAt: string;
              startTime: string;
              /** @enum {string} */
              status: 'scheduled' | 'cancelled';
              /** @enum {string} */
              theme:
                | 'free_play'
                | 'motor'
                | 'sensory'
                | 'music'
                | 'books'
                | 'art'
                | 'nature'
                | 'show'
                | 'talk'
                | 'conference'
                | 'workshop'
                | 'agreement'
                | 'other';
              themeLabel: string;
              title: string;
              waiting: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/activities/programme.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Programme imprimable des séances d’une période (PDF)
     * @description Par défaut : aujourd’hui et les 90 jours suivants ; une commune au choix.
     */
    get: {
      parameters: {
        query?: {
          commune?: string;
          from?: string;
          to?: string;
        };
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/activity-kinds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Types d’activités du relais (les types intégrés sont créés à la première lecture) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              kinds: {
                archived: boolean;
                /** @enum {string} */
                audience: 'childminders_with_children' | 'childminders' | 'parents' | 'childminders_and_parents';
                /** @enum {string} */
                category: 'play' | 'festive' | 'evening' | 'practice' | 'information';
                code: string | null;
                defaultAdultCapacity: number;
                defaultChildCapacity: number;
                defaultDurationMinutes: number;
                id: string;
                label: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Ajouter un type d’activité (public, capacités et durée par défaut) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            audience: 'childminders_with_children' | 'childminders' | 'parents' | 'childminders_and_parents';
            /** @enum {string} */
            category: 'play' | 'festive' | 'evening' | 'practice' | 'information';
            defaultAdultCapacity: number;
            defaultChildCapacity: number;
            defaultDurationMinutes: number;
            label: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              /** @enum {string} */
              audience: 'childminders_with_children' | 'childminders' | 'parents' | 'childminders_and_parents';
              /** @enum {string} */
              category: 'play' | 'festive' | 'evening' | 'practice' | 'information';
              code: string | null;
              defaultAdultCapacity: number;
              defaultChildCapacity: number;
              defaultDurationMinutes: number;
              id: string;
              label: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/activity-kinds/{kindId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Modifier ou archiver un type d’activité */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          kindId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            archived?: boolean;
            /** @enum {string} */
            audience?: 'childminders_with_children' | 'childminders' | 'parents' | 'childminders_and_parents';
            /** @enum {string} */
            category?: 'play' | 'festive' | 'evening' | 'practice' | 'information';
            defaultAdultCapacity?: number;
            defaultChildCapacity?: number;
            defaultDurationMinutes?: number;
            label?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              /** @enum {string} */
              audience: 'childminders_with_children' | 'childminders' | 'parents' | 'childminders_and_parents';
              /** @enum {string} */
              category: 'play' | 'festive' | 'evening' | 'practice' | 'information';
              code: string | null;
              defaultAdultCapacity: number;
              defaultChildCapacity: number;
              defaultDurationMinutes: number;
              id: string;
              label: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/activity-plans/apply': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Créer les séances d’une proposition (éventuellement corrigée), toutes ou aucune */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            kindId: string;
            /** Format: uuid */
            planId: string;
            proposals: {
              animatorIds: string[];
              /** Format: date */
              date: string;
              endTime: string;
              /** Format: uuid */
              siteId: string;
              startTime: string;
              /** @enum {string} */
              theme:
                | 'free_play'
                | 'motor'
                | 'sensory'
                | 'music'
                | 'books'
                | 'art'
                | 'nature'
                | 'show'
                | 'talk'
                | 'conference'
                | 'workshop'
                | 'agreement'
                | 'other';
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              created: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/activity-plans/propose': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Proposer une rotation de séances sur une période (communes au prorata des assistantes maternelles actives, jours des animatrices et des lieux) — rien n’est enregistré */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            animatorDays?: {
              [key: string]: number[];
            };
            animatorIds: string[];
            avoidSchoolHolidays: boolean;
            count: number;
            endTime?: string;
            /** Format: date */
            from: string;
            /** Format: uuid */
            kindId: string;
            siteDays?: {
              [key: string]: number[];
            };
            siteIds?: string[];
            startTime: string;
            themes: (
              | 'free_play'
              | 'motor'
              | 'sensory'
              | 'music'
              | 'books'
              | 'art'
              | 'nature'
              | 'show'
              | 'talk'
              | 'conference'
              | 'workshop'
              | 'agreement'
              | 'other'
            )[];
            /** Format: date */
            to: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              byCommune: {
                childminders: number;
                communeName: string;
                inseeCode: string;
                sessions: number;
              }[];
              planId: string;
              proposals: {
                animatorIds: string[];
                communeName: string;
                date: string;
                endTime: string;
                inseeCode: string;
                siteId: string;
                siteName: string;
                startTime: string;
                theme: string;
              }[];
              warnings: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/activity-statistics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Statistiques des temps collectifs d’une année (par défaut l’année en cours)
     * @description Séances tenues par type, catégorie et commune ; participations ; assistant·es maternel·les différent·es (toutes séances, séances sans enfants) ; taux de participation des AM en activité ; enfants par tranche d’âge ; parents ; série annuelle.
     */
    get: {
      parameters: {
        query?: {
          year?: string;
        };
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              activeChildminders: number;
              byCategory: {
                category: string;
                label: string;
                participations: number;
                sessions: number;
              }[];
              byCommune: {
                activeChildminders: number;
                childminders: number;
                communeName: string;
                inseeCode: string;
                participationRate: number | null;
                participations: number;
                sessions: number;
              }[];
              byKind: {
                category: string;
                kindId: string;
                label: string;
                participations: number;
                sessions: number;
              }[];
              childminderParticipations: number;
              children: {
                band: string;
                count: number;
                label: string;
              }[];
              childrenTotal: number;
              distinctChildminders: number;
              distinctChildmindersWithoutChildren: number;
              otherParticipations: number;
              parentParticipations: number;
              participationRate: number | null;
              participations: number;
              series: {
                distinctChildminders: number;
                distinctChildmindersWithoutChildren: number;
                year: number;
              }[];
              sessionsHeld: number;
              until: string;
              year: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/activity-statistics.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Les mêmes statistiques en classeur Excel */
    get: {
      parameters: {
        query?: {
          year?: string;
        };
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/appointment-animators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Membres de l’équipe qui peuvent tenir une permanence */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              animators: {
                id: string;
                name: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/appointment-reasons': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Motifs de rendez-vous (les archivés compris) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              reasons: {
                archived: boolean;
                audience: string;
                audienceLabel: string;
                bookableOnline: boolean;
                defaultSubjectCode: string | null;
                description: string;
                durationMinutes: number;
                id: string;
                label: string;
                maxNoticeDays: number;
                minNoticeHours: number;
                modes: {
                  label: string;
                  mode: string;
                }[];
                position: number;
                used: boolean;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Ajouter un motif */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            audience: 'families' | 'childminders' | 'all';
            /** @default true */
            bookableOnline?: boolean;
            /** @default null */
            defaultSubjectCode?:
              | (
                  | 'care_search'
                  | 'contract'
                  | 'collective_agreement'
                  | 'end_of_contract'
                  | 'benefits'
                  | 'accreditation'
                  | 'training'
                  | 'relationship'
                  | 'project'
                  | 'other'
                )
              | null;
            /** @default  */
            description?: string;
            durationMinutes: number;
            label: string;
            /** @default 60 */
            maxNoticeDays?: number;
            /** @default 24 */
            minNoticeHours?: number;
            modes: ('in_person' | 'phone' | 'video')[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              audience: string;
              audienceLabel: string;
              bookableOnline: boolean;
              defaultSubjectCode: string | null;
              description: string;
              durationMinutes: number;
              id: string;
              label: string;
              maxNoticeDays: number;
              minNoticeHours: number;
              modes: {
                label: string;
                mode: string;
              }[];
              position: number;
              used: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/appointment-reasons/{reasonId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Modifier un motif */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          reasonId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            audience: 'families' | 'childminders' | 'all';
            /** @default true */
            bookableOnline?: boolean;
            /** @default null */
            defaultSubjectCode?:
              | (
                  | 'care_search'
                  | 'contract'
                  | 'collective_agreement'
                  | 'end_of_contract'
                  | 'benefits'
                  | 'accreditation'
                  | 'training'
                  | 'relationship'
                  | 'project'
                  | 'other'
                )
              | null;
            /** @default  */
            description?: string;
            durationMinutes: number;
            label: string;
            /** @default 60 */
            maxNoticeDays?: number;
            /** @default 24 */
            minNoticeHours?: number;
            modes: ('in_person' | 'phone' | 'video')[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              audience: string;
              audienceLabel: string;
              bookableOnline: boolean;
              defaultSubjectCode: string | null;
              description: string;
              durationMinutes: number;
              id: string;
              label: string;
              maxNoticeDays: number;
              minNoticeHours: number;
              modes: {
                label: string;
                mode: string;
              }[];
              position: number;
              used: boolean;
            };
          };
        };
      };
    };
    post?: never;
    /** Supprimer un motif qui n’a jamais servi (sinon 409 : l’archiver) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          reasonId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/appointment-reasons/{reasonId}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Archiver un motif (plus proposé ; ses rendez-vous restent) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          reasonId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              audience: string;
              audienceLabel: string;
              bookableOnline: boolean;
              defaultSubjectCode: string | null;
              description: string;
              durationMinutes: number;
              id: string;
              label: string;
              maxNoticeDays: number;
              minNoticeHours: number;
              modes: {
                label: string;
                mode: string;
              }[];
              position: number;
              used: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/appointment-reasons/{reasonId}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rétablir un motif archivé */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          reasonId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              audience: string;
              audienceLabel: string;
              bookableOnline: boolean;
              defaultSubjectCode: string | null;
              description: string;
              durationMinutes: number;
              id: string;
              label: string;
              maxNoticeDays: number;
              minNoticeHours: number;
              modes: {
                label: string;
                mode: string;
              }[];
              position: number;
              used: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/appointment-slots': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Créneaux libres d’un motif pour réserver pour quelqu’un (sans délai minimal) */
    get: {
      parameters: {
        query: {
          from?: string;
          reasonId: string;
          to?: string;
        };
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              days: {
                date: string;
                slots: {
                  animatorFirstName: string;
                  animatorId: string;
                  animatorName: string;
                  end: string;
                  endTime: string;
                  mode: string;
                  modeLabel: string;
                  permanenceId: string;
                  placeAddress: string | null;
                  placeLabel: string;
                  placeName: string | null;
                  start: string;
                  time: string;
                }[];
              }[];
              from: string;
              reasonId: string;
              to: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/appointment-waitlist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liste d’attente en cours */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              entries: {
                createdAt: string;
                email: string;
                id: string;
                name: string;
                notifiedAt: string | null;
                reason: {
                  id: string;
                  label: string;
                };
                wantedFrom: string;
                wantedTo: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/appointments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Agenda des rendez-vous d’une période (31 jours au plus), par animateur·rice ou lieu */
    get: {
      parameters: {
        query?: {
          animatorId?: string;
          from?: string;
          siteId?: string;
          to?: string;
        };
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              appointments: {
                animator: {
                  id: string;
                  name: string;
                };
                bookedBy: string | null;
                bookedVia: string;
                cancelledAt: string | null;
                cancelledBy: string | null;
                communeName: string | null;
                contactId: string | null;
                createdAt: string;
                date: string;
                endsAt: string;
                endTime: string;
                family: {
                  id: string;
                  name: string;
                } | null;
                id: string;
                inseeCode: string | null;
                mode: string;
                modeLabel: string;
                movedFromId: string | null;
                permanenceId: string | null;
                person: {
                  email: string;
                  name: string;
                  note: string;
                  phone: string;
                };
                placeLabel: string;
                public: string;
                publicLabel: string;
                reason: {
                  id: string;
                  label: string;
                };
                reminderDueAt: string | null;
                reminderSentAt: string | null;
                site: {
                  address: string;
                  id: string;
                  name: string;
                } | null;
                startsAt: string;
                startTime: string;
                status: string;
                statusLabel: string;
                updatedAt: string;
              }[];
              from: string;
              to: string;
            };
          };
        };
      };
    };
    put?: never;
    /** Réserver pour quelqu’un (au téléphone) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email: '' | string;
            /** @default null */
            familyId?: string | null;
            /** @default null */
            inseeCode?: string | null;
            name: string;
            /** @default  */
            note?: string;
            /** Format: uuid */
            permanenceId: string;
            phone: string;
            /** @enum {string} */
            public: 'parent' | 'future_parent' | 'childminder' | 'candidate' | 'project_carrier' | 'partner';
            /** Format: uuid */
            reasonId: string;
            /** Format: date-time */
            start: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              animator: {
                id: string;
                name: string;
              };
              bookedBy: string | null;
              bookedVia: string;
              cancelledAt: string | null;
              cancelledBy: string | null;
              communeName: string | null;
              contactId: string | null;
              createdAt: string;
              date: string;
              endsAt: string;
              endTime: string;
              family: {
                id: string;
                name: string;
              } | null;
              id: string;
              inseeCode: string | null;
              mode: string;
              modeLabel: string;
              movedFromId: string | null;
              permanenceId: string | null;
              person: {
                email: string;
                name: string;
                note: string;
                phone: string;
              };
              placeLabel: string;
              public: string;
              publicLabel: string;
              reason: {
                id: string;
                label: string;
              };
              reminderDueAt: string | null;
              reminderSentAt: string | null;
              site: {
                address: string;
                id: string;
                name: string;
              } | null;
              startsAt: string;
              startTime: string;
              status: string;
              statusLabel: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/appointments/{appointmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Un rendez-vous et son historique */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          appointmentId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              animator: {
                id: string;
                name: string;
              };
              bookedBy: string | null;
              bookedVia: string;
              cancelledAt: string | null;
              cancelledBy: string | null;
              communeName: string | null;
              contactId: string | null;
              createdAt: string;
              date: string;
              endsAt: string;
              endTime: string;
              events: {
                actor: string;
                at: string;
                kind: string;
                kindLabel: string;
                summary: string;
              }[];
              family: {
                id: string;
                name: string;
              } | null;
              id: string;
              inseeCode: string | null;
              mode: string;
              modeLabel: string;
              movedFromId: string | null;
              permanenceId: string | null;
              person: {
                email: string;
                name: string;
                note: string;
                phone: string;
              };
              placeLabel: string;
              public: string;
              publicLabel: string;
              reason: {
                id: string;
                label: string;
              };
              reminderDueAt: string | null;
              reminderSentAt: string | null;
              site: {
                address: string;
                id: string;
                name: string;
              } | null;
              startsAt: string;
              startTime: string;
              status: string;
              statusLabel: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/appointments/{appointmentId}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Marquer honoré (compté comme un contact), non honoré ou annulé (la personne est prévenue) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          appointmentId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default  */
            reason?: string;
            /** @enum {string} */
            status: 'honoured' | 'missed' | 'cancelled';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              animator: {
                id: string;
                name: string;
              };
              bookedBy: string | null;
              bookedVia: string;
              cancelledAt: string | null;
              cancelledBy: string | null;
              communeName: string | null;
              contactId: string | null;
              createdAt: string;
              date: string;
              endsAt: string;
              endTime: string;
              family: {
                id: string;
                name: string;
              } | null;
              id: string;
              inseeCode: string | null;
              mode: string;
              modeLabel: string;
              movedFromId: string | null;
              permanenceId: string | null;
              person: {
                email: string;
                name: string;
                note: string;
                phone: string;
              };
              placeLabel: string;
              public: string;
              publicLabel: string;
              reason: {
                id: string;
                label: string;
              };
              reminderDueAt: string | null;
              reminderSentAt: string | null;
              site: {
                address: string;
                id: string;
                name: string;
              } | null;
              startsAt: string;
              startTime: string;
              status: string;
              statusLabel: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Journal d'audit du relais (accès et modifications des données personnelles) */
    get: {
      parameters: {
        query?: {
          before?: string;
          limit?: number;
        };
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              events: {
                action: string;
                actor: string;
                at: string;
                id: string;
                ip: string | null;
                subjectId: string | null;
                subjectType: string;
                summary: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/childminder-houses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Maisons d’assistants maternels (MAM) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              houses: {
                address: string;
                closedOn: string | null;
                communeName: string;
                id: string;
                inseeCode: string;
                lastVisitOn: string | null;
                members: number;
                name: string;
                open: boolean;
                openedOn: string | null;
                places: number;
                referentName: string | null;
                referentUserId: string | null;
                visitDue: boolean;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Ajouter une MAM */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            address: string;
            closedOn: string | null;
            inseeCode: string;
            lastVisitOn: string | null;
            name: string;
            openedOn: string | null;
            referentUserId: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string;
              closedOn: string | null;
              communeName: string;
              id: string;
              inseeCode: string;
              lastVisitOn: string | null;
              members: number;
              name: string;
              open: boolean;
              openedOn: string | null;
              places: number;
              referentName: string | null;
              referentUserId: string | null;
              visitDue: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/childminder-houses/{houseId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Modifier une MAM */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          houseId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            address: string;
            closedOn: string | null;
            inseeCode: string;
            lastVisitOn: string | null;
            name: string;
            openedOn: string | null;
            referentUserId: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string;
              closedOn: string | null;
              communeName: string;
              id: string;
              inseeCode: string;
              lastVisitOn: string | null;
              members: number;
              name: string;
              open: boolean;
              openedOn: string | null;
              places: number;
              referentName: string | null;
              referentUserId: string | null;
              visitDue: boolean;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/childminders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Registre des assistant·es maternel·les (filtres, pagination) */
    get: {
      parameters: {
        query?: {
          availability?: 'fresh' | 'stale' | 'unknown' | 'not_answered';
          commune?: string;
          limit?: number;
          mam?: 'true' | 'false';
          monenfant?: 'true' | 'false';
          offset?: number;
          over55?: 'true' | 'false';
          q?: string;
          status?: 'active' | 'archived' | 'all';
        };
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              childminders: {
                acceptsTrainees: boolean;
                address: string;
                age: number | null;
                approvalDate: string | null;
                approvalMaxAgeMonths: number | null;
                approvalMinAgeMonths: number | null;
                approvalNumber: string;
                approvalPlaces: number;
                approvalRenewalDate: string | null;
                archiveReason: ('retirement' | 'career_change' | 'move' | 'withdrawal' | 'other') | null;
                archiveReasonLabel: string | null;
                atypicalHours: boolean;
                availability: {
                  confirmedAt: string | null;
                  /** @enum {string} */
                  freshness: 'fresh' | 'stale' | 'unknown';
                  notAnswered: boolean;
                  remindedAt: string | null;
                };
                birthDate: string | null;
                childminderHouseId: string | null;
                childminderHouseName: string | null;
                communeName: string;
                /** @enum {string} */
                contactPreference: 'email' | 'phone' | 'sms';
                derogations: string;
                disabilityCare: boolean;
                email: '' | string;
                emergencyCare: boolean;
                firstName: string;
                id: string;
                inseeCode: string;
                lastName: string;
                monenfantRegistered: boolean;
                phone: string;
                placesToday: number;
                postcode: string;
                /** @enum {string} */
                practice: 'home' | 'mam';
                publishAddress: boolean;
                publishPhone: boolean;
                reducedPlaces: number | null;
                reducedUntil: string | null;
                /** @enum {string} */
                status: 'active' | 'archived';
                statusSince: string;
                updatedAt: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** Enregistrer un·e assistant·e maternel·le */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            acceptsTrainees: boolean;
            address: string;
            approvalDate: string | null;
            approvalMaxAgeMonths: number | null;
            approvalMinAgeMonths: number | null;
            approvalNumber: string;
            approvalPlaces: number;
            approvalRenewalDate: string | null;
            atypicalHours: boolean;
            birthDate: string | null;
            childminderHouseId: string | null;
            /** @enum {string} */
            contactPreference: 'email' | 'phone' | 'sms';
            derogations: string;
            disabilityCare: boolean;
            email: '' | string;
            emergencyCare: boolean;
            firstName: string;
            inseeCode: string;
            lastName: string;
            monenfantRegistered: boolean;
            phone: string;
            postcode: string;
            /** @enum {string} */
            practice: 'home' | 'mam';
            publishAddress: boolean;
            publishPhone: boolean;
            reducedPlaces: number | null;
            reducedUntil: string | null;
            /** Format: date */
            registeredOn?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acceptsTrainees: boolean;
              address: string;
              age: number | null;
              approvalDate: string | null;
              approvalMaxAgeMonths: number | null;
              approvalMinAgeMonths: number | null;
              approvalNumber: string;
              approvalPlaces: number;
              approvalRenewalDate: string | null;
              archiveReason: ('retirement' | 'career_change' | 'move' | 'withdrawal' | 'other') | null;
              archiveReasonLabel: string | null;
              atypicalHours: boolean;
              birthDate: string | null;
              childminderHouseId: string | null;
              childminderHouseName: string | null;
              communeName: string;
              /** @enum {string} */
              contactPreference: 'email' | 'phone' | 'sms';
              derogations: string;
              disabilityCare: boolean;
              email: '' | string;
              emergencyCare: boolean;
              firstName: string;
              id: string;
              inseeCode: string;
              lastName: string;
              monenfantRegistered: boolean;
              phone: string;
              placesToday: number;
              postcode: string;
              /** @enum {string} */
              practice: 'home' | 'mam';
              publishAddress: boolean;
              publishPhone: boolean;
              reducedPlaces: number | null;
              reducedUntil: string | null;
              /** @enum {string} */
              status: 'active' | 'archived';
              statusSince: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/childminders/{childminderId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Fiche d’un·e assistant·e maternel·le et son historique */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          childminderId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acceptsTrainees: boolean;
              address: string;
              age: number | null;
              approvalDate: string | null;
              approvalMaxAgeMonths: number | null;
              approvalMinAgeMonths: number | null;
              approvalNumber: string;
              approvalPlaces: number;
              approvalRenewalDate: string | null;
              archiveReason: ('retirement' | 'career_change' | 'move' | 'withdrawal' | 'other') | null;
              archiveReasonLabel: string | null;
              atypicalHours: boolean;
              birthDate: string | null;
              childminderHouseId: string | null;
              childminderHouseName: string | null;
              communeName: string;
              /** @enum {string} */
              contactPreference: 'email' | 'phone' | 'sms';
              derogations: string;
              disabilityCare: boolean;
              email: '' | string;
              emergencyCare: boolean;
              firstName: string;
              history: {
                at: string;
                effectiveOn: string;
                id: string;
                /** @enum {string} */
                kind: 'registered' | 'updated' | 'archived' | 'reactivated';
                reason: string | null;
                source: string;
                summary: string;
              }[];
              id: string;
              inseeCode: string;
              lastName: string;
              monenfantRegistered: boolean;
              phone: string;
              placesToday: number;
              postcode: string;
              /** @enum {string} */
              practice: 'home' | 'mam';
              publishAddress: boolean;
              publishPhone: boolean;
              reducedPlaces: number | null;
              reducedUntil: string | null;
              /** @enum {string} */
              status: 'active' | 'archived';
              statusSince: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    /** Modifier une fiche */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          childminderId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            acceptsTrainees: boolean;
            address: string;
            approvalDate: string | null;
            approvalMaxAgeMonths: number | null;
            approvalMinAgeMonths: number | null;
            approvalNumber: string;
            approvalPlaces: number;
            approvalRenewalDate: string | null;
            atypicalHours: boolean;
            birthDate: string | null;
            childminderHouseId: string | null;
            /** @enum {string} */
            contactPreference: 'email' | 'phone' | 'sms';
            derogations: string;
            disabilityCare: boolean;
            email: '' | string;
            emergencyCare: boolean;
            firstName: string;
            inseeCode: string;
            lastName: string;
            monenfantRegistered: boolean;
            phone: string;
            postcode: string;
            /** @enum {string} */
            practice: 'home' | 'mam';
            publishAddress: boolean;
            publishPhone: boolean;
            reducedPlaces: number | null;
            reducedUntil: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acceptsTrainees: boolean;
              address: string;
              age: number | null;
              approvalDate: string | null;
              approvalMaxAgeMonths: number | null;
              approvalMinAgeMonths: number | null;
              approvalNumber: string;
              approvalPlaces: number;
              approvalRenewalDate: string | null;
              archiveReason: ('retirement' | 'career_change' | 'move' | 'withdrawal' | 'other') | null;
              archiveReasonLabel: string | null;
              atypicalHours: boolean;
              birthDate: string | null;
              childminderHouseId: string | null;
              childminderHouseName: string | null;
              communeName: string;
              /** @enum {string} */
              contactPreference: 'email' | 'phone' | 'sms';
              derogations: string;
              disabilityCare: boolean;
              email: '' | string;
              emergencyCare: boolean;
              firstName: string;
              id: string;
              inseeCode: string;
              lastName: string;
              monenfantRegistered: boolean;
              phone: string;
              placesToday: number;
              postcode: string;
              /** @enum {string} */
              practice: 'home' | 'mam';
              publishAddress: boolean;
              publishPhone: boolean;
              reducedPlaces: number | null;
              reducedUntil: string | null;
              /** @enum {string} */
              status: 'active' | 'archived';
              statusSince: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/childminders/{childminderId}/account': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ouvrir l’espace personnel de l’assistant·e maternel·le (compte et invitation) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          childminderId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              accountId: string;
              created: boolean;
              email: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/childminders/{childminderId}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Archiver (départ en retraite, déménagement, reconversion, retrait) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          childminderId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            effectiveOn: string;
            /** @enum {string} */
            reason: 'retirement' | 'career_change' | 'move' | 'withdrawal' | 'other';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acceptsTrainees: boolean;
              address: string;
              age: number | null;
              approvalDate: string | null;
              approvalMaxAgeMonths: number | null;
              approvalMinAgeMonths: number | null;
              approvalNumber: string;
              approvalPlaces: number;
              approvalRenewalDate: string | null;
              archiveReason: ('retirement' | 'career_change' | 'move' | 'withdrawal' | 'other') | null;
              archiveReasonLabel: string | null;
              atypicalHours: boolean;
              birthDate: string | null;
              childminderHouseId: string | null;
              childminderHouseName: string | null;
              communeName: string;
              /** @enum {string} */
              contactPreference: 'email' | 'phone' | 'sms';
              derogations: string;
              disabilityCare: boolean;
              email: '' | string;
              emergencyCare: boolean;
              firstName: string;
              id: string;
              inseeCode: string;
              lastName: string;
              monenfantRegistered: boolean;
              phone: string;
              placesToday: number;
              postcode: string;
              /** @enum {string} */
              practice: 'home' | 'mam';
              publishAddress: boolean;
              publishPhone: boolean;
              reducedPlaces: number | null;
              reducedUntil: string | null;
              /** @enum {string} */
              status: 'active' | 'archived';
              statusSince: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/childminders/{childminderId}/availability': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Disponibilités d’un·e assistant·e maternel·le */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          childminderId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              confirmedAt: string | null;
              /** @enum {string} */
              freshness: 'fresh' | 'stale' | 'unknown';
              notAnswered: boolean;
              remindedAt: string | null;
              slots: {
                atypicalHours: boolean;
                /** Format: date */
                availableFrom: string;
                days: number[];
                endTime: string;
                id: string;
                maxAgeMonths: number | null;
                minAgeMonths: number | null;
                note: string;
                periscolaire: boolean;
                startTime: string;
              }[];
            };
          };
        };
      };
    };
    /** Remplacer la grille des places disponibles */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          childminderId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            slots: {
              atypicalHours: boolean;
              /** Format: date */
              availableFrom: string;
              days: number[];
              endTime: string;
              maxAgeMonths: number | null;
              minAgeMonths: number | null;
              note: string;
              periscolaire: boolean;
              startTime: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              confirmedAt: string | null;
              /** @enum {string} */
              freshness: 'fresh' | 'stale' | 'unknown';
              notAnswered: boolean;
              remindedAt: string | null;
              slots: {
                atypicalHours: boolean;
                /** Format: date */
                availableFrom: string;
                days: number[];
                endTime: string;
                id: string;
                maxAgeMonths: number | null;
                minAgeMonths: number | null;
                note: string;
                periscolaire: boolean;
                startTime: string;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/childminders/{childminderId}/availability/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirmer que les disponibilités sont toujours vraies */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          childminderId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              confirmedAt: string | null;
              /** @enum {string} */
              freshness: 'fresh' | 'stale' | 'unknown';
              notAnswered: boolean;
              remindedAt: string | null;
              slots: {
                atypicalHours: boolean;
                /** Format: date */
                availableFrom: string;
                days: number[];
                endTime: string;
                id: string;
                maxAgeMonths: number | null;
                minAgeMonths: number | null;
                note: string;
                periscolaire: boolean;
                startTime: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/childminders/{childminderId}/reactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Réactiver une fiche archivée (reprise d’activité) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          childminderId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            effectiveOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acceptsTrainees: boolean;
              address: string;
              age: number | null;
              approvalDate: string | null;
              approvalMaxAgeMonths: number | null;
              approvalMinAgeMonths: number | null;
              approvalNumber: string;
              approvalPlaces: number;
              approvalRenewalDate: string | null;
              archiveReason: ('retirement' | 'career_change' | 'move' | 'withdrawal' | 'other') | null;
              archiveReasonLabel: string | null;
              atypicalHours: boolean;
              birthDate: string | null;
              childminderHouseId: string | null;
              childminderHouseName: string | null;
              communeName: string;
              /** @enum {string} */
              contactPreference: 'email' | 'phone' | 'sms';
              derogations: string;
              disabilityCare: boolean;
              email: '' | string;
              emergencyCare: boolean;
              firstName: string;
              id: string;
              inseeCode: string;
              lastName: string;
              monenfantRegistered: boolean;
              phone: string;
              placesToday: number;
              postcode: string;
              /** @enum {string} */
              practice: 'home' | 'mam';
              publishAddress: boolean;
              publishPhone: boolean;
              reducedPlaces: number | null;
              reducedUntil: string | null;
              /** @enum {string} */
              status: 'active' | 'archived';
              statusSince: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/childminders/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export Excel du registre (mêmes filtres que la liste) */
    get: {
      parameters: {
        query?: {
          availability?: 'fresh' | 'stale' | 'unknown' | 'not_answered';
          commune?: string;
          mam?: 'true' | 'false';
          monenfant?: 'true' | 'false';
          over55?: 'true' | 'false';
          q?: string;
          status?: 'active' | 'archived' | 'all';
        };
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/communes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Communes du territoire */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              communes: {
                inseeCode: string;
                name: string;
                population: number | null;
                postcodes: string[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Ajouter une commune au territoire (code INSEE) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            inseeCode: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              inseeCode: string;
              name: string;
              population: number | null;
              postcodes: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/communes/{inseeCode}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Retirer une commune du territoire */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          inseeCode: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/contact-subjects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Thèmes du journal des contacts (les archivés compris) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              subjects: {
                archived: boolean;
                code: string | null;
                id: string;
                label: string;
                position: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Ajouter un thème */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            label: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              code: string | null;
              id: string;
              label: string;
              position: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/contact-subjects/{subjectId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Renommer, archiver ou rétablir un thème */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
          subjectId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            archived?: boolean;
            label?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              code: string | null;
              id: string;
              label: string;
              position: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/relais/{relaisId}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Journal des contacts, du plus récent au plus ancien (50 par page) */
    get: {
      parameters: {
        query?: {
          channel?: 'phone' | 'am_permanence' | 'email' | 'visit' | 'appointment' | 'online_request' | 'workshop';
          childminderId?: string;
          familyId?: string;
          from?: string;
          page?: number;
          public?: 'parent' | 'future_parent' | 'childminder' | 'candidate' | 'project_carrier' | 'partner';
          subjectId?: string;
          to?: string;
        };
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              contacts: {
                channel: string;
                channelLabel: string;
                childminder: {
                  id: string;
                  name: string;
                } | null;
                communeName: string | null;
                createdAt: string;
                family: {
                  id: string;
                  name: string;
                } | null;
                id: string;
                inseeCode: string | null;
                note: string;
                occurredAt: string;
                occurredOn: string;
                outcome: string;
                outcomeLabel: string;
                public: string;
                publicLabel: string;
                recordedBy: string | null;
                subjects: {
                  id: string;
                  label: string;
                }[];
                updatedAt: string;
              }[];
              page: number;
              pageSize: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** Enregistrer un contact (tout canal) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            channel: 'phone' | 'am_permanence' | 'email' | 'visit' | 'appointment' | 'online_request' | 'workshop';
            childminderId: string | null;
            familyId: string | null;
            inseeCode: string | null;
            note: string;
            /** Format: date-time */
            occurredAt: string;
            /** @enum {string} */
            outcome: 'informed' | 'documentation' | 'childminder_list' | 'appointment' | 'referred' | 'follow_up';
            /** @enum {string} */
            public: 'parent' | 'future_parent' | 'childminder' | 'candidate' | 'project_carrier' | 'partner';
            subjectIds: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              channel: string;
              channelLabel: string;
              childminder: {
                id: string;
                name: string;
              } | null;
              communeName: string | null;
              createdAt: string;
              family: {
                id: string;
                name: string;
              } | null;
              id: string;
              inseeCode: string | null;
              note: string;
              occurredAt: string;
              occurredOn: string;
              outcome: string;
              outcomeLabel: string;
              public: string;
              publicLabel: string;
              recordedBy: string | null;
              subjects: {
                id: string;
                label: string;
              }[];
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/contacts/{contactId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Corriger un contact */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          contactId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            channel: 'phone' | 'am_permanence' | 'email' | 'visit' | 'appointment' | 'online_request' | 'workshop';
            childminderId: string | null;
            familyId: string | null;
            inseeCode: string | null;
            note: string;
            /** Format: date-time */
            occurredAt: string;
            /** @enum {string} */
            outcome: 'informed' | 'documentation' | 'childminder_list' | 'appointment' | 'referred' | 'follow_up';
            /** @enum {string} */
            public: 'parent' | 'future_parent' | 'childminder' | 'candidate' | 'project_carrier' | 'partner';
            subjectIds: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              channel: string;
              channelLabel: string;
              childminder: {
                id: string;
                name: string;
              } | null;
              communeName: string | null;
              createdAt: string;
              family: {
                id: string;
                name: string;
              } | null;
              id: string;
              inseeCode: string | null;
              note: string;
              occurredAt: string;
              occurredOn: string;
              outcome: string;
              outcomeLabel: string;
              public: string;
              publicLabel: string;
              recordedBy: string | null;
              subjects: {
                id: string;
                label: string;
              }[];
              updatedAt: string;
            };
          };
        };
      };
    };
    post?: never;
    /** Supprimer un contact saisi par erreur */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          contactId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/contacts/{contactId}/simulations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Simulations enregistrées dans un contact, de la plus récente à la plus ancienne */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          contactId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              simulations: {
                createdAt: string;
                createdBy: {
                  id: string;
                  name: string;
                } | null;
                id: string;
                mainFigure: {
                  key: string;
                  label: string;
                  /** @enum {string} */
                  unit: 'EUR' | 'hours' | 'days' | 'weeks' | 'percent' | 'count';
                  value: string;
                } | null;
                title: string;
                /** @enum {string} */
                topic: 'salary' | 'extra-hours' | 'absences' | 'paid-leave' | 'allowances' | 'end-of-contract';
                topicTitle: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Enregistrer une simulation dans un contact (calculée avec les règles du jour) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          contactId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | {
                input: {
                  contributionRates?: {
                    employeePercent: number | string;
                    employerPercent?: number | string;
                  };
                  hourlyRate: number | string;
                  majorationPercent?: number | string;
                  month: string;
                  /** @default false */
                  qualified?: boolean;
                  schedule:
                    | {
                        daysPerWeek: number | string;
                        hoursPerWeek: number | string;
                        /** @enum {string} */
                        kind: 'regular';
                      }
                    | {
                        /** @enum {string} */
                        kind: 'rhythms';
                        rhythms: {
                          daysPerWeek: number | string;
                          hoursPerWeek: number | string;
                          label: string;
                          weeks: number;
                        }[];
                      };
                  weeksPerYear: number;
                };
                /** @enum {string} */
                topic: 'salary';
              }
            | {
                input: {
                  contractHoursPerWeek: number | string;
                  hourlyRate: number | string;
                  majorationPercent: number | string;
                  month: string;
                  weeks: {
                    hoursWorked: number | string;
                    label?: string;
                  }[];
                };
                /** @enum {string} */
                topic: 'extra-hours';
              }
            | {
                input: {
                  absences: {
                    consecutiveCalendarDays?: number;
                    days?: number;
                    /** @default false */
                    hospitalisation?: boolean;
                    /** @default false */
                    medicalCertificate?: boolean;
                    /** @enum {string} */
                    reason:
                      | 'child-illness'
                      | 'child-other'
                      | 'childminder-illness'
                      | 'childminder-unpaid-leave'
                      | 'childminder-unacquired-leave'
                      | 'public-holiday-may-1'
                      | 'public-holiday-other';
                    units: number | string;
                    /** @default true */
                    workedDayBeforeAndAfter?: boolean;
                  }[];
                  /** @default 0 */
                  childIllnessDaysInPrevious12Months?: number;
                  month: string;
                  monthlyGrossSalary: number | string;
                  unitsScheduledInMonth: number | string;
                  weeksPerYear: number;
                };
                /** @enum {string} */
                topic: 'absences';
              }
            | {
                input: {
                  grossPayOfPeriod: number | string;
                  hourlyRate: number | string;
                  hoursPerWeek: number | string;
                  mainLeaveMonth?: string;
                  periodEndYear: number;
                  weeksPerYear: number;
                  weeksWorked: number | string;
                };
                /** @enum {string} */
                topic: 'paid-leave';
              }
            | {
                input: {
                  days: {
                    /** Format: date */
                    date: string;
                    hours: number | string;
                    km?: number | string;
                    /** @default 0 */
                    meals?: number;
                  }[];
                  kmRate?: number | string;
                  maintenance: {
                    amount: number | string;
                    /** @enum {string} */
                    per: 'day' | 'hour';
                  };
                  mealPrice?: number | string;
                  month: string;
                };
                /** @enum {string} */
                topic: 'allowances';
              }
            | {
                input: {
                  /** Format: date */
                  contractStart: string;
                  hourlyRate: number | string;
                  hoursPerWeek: number | string;
                  leavePeriods?: {
                    daysAcquired: number;
                    daysTakenOrPaid: number;
                    grossPayOfPeriod: number | string;
                    label?: string;
                  }[];
                  /** Format: date */
                  notificationDate: string;
                  /** @enum {string} */
                  reason:
                    | 'employer-withdrawal'
                    | 'employer-gross-misconduct'
                    | 'resignation'
                    | 'agrement-withdrawal'
                    | 'trial-period';
                  regularisation?: {
                    hoursPaid: number | string;
                    hoursWorked: number | string;
                  };
                  totalGrossSalaries: number | string;
                  weeksPerYear: number;
                };
                /** @enum {string} */
                topic: 'end-of-contract';
              };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              contactId: string;
              createdAt: string;
              createdBy: {
                id: string;
                name: string;
              } | null;
              id: string;
              input: {
                [key: string]: unknown;
              };
              mainFigure: {
                key: string;
                label: string;
                /** @enum {string} */
                unit: 'EUR' | 'hours' | 'days' | 'weeks' | 'percent' | 'count';
                value: string;
              } | null;
              result: {
                articles: string[];
                figures: {
                  key: string;
                  label: string;
                  /** @enum {string} */
                  unit: 'EUR' | 'hours' | 'days' | 'weeks' | 'percent' | 'count';
                  value: string;
                }[];
                legalValues: {
                  label: string;
                  source: string;
                  validFrom: string;
                  value: string;
                }[];
                steps: {
                  articles: string[];
                  formula: string;
                  label: string;
                  result: string;
                }[];
                title: string;
                /** @enum {string} */
                topic: 'salary' | 'extra-hours' | 'absences' | 'paid-leave' | 'allowances' | 'end-of-contract';
                warnings: string[];
              };
              title: string;
              /** @enum {string} */
              topic: 'salary' | 'extra-hours' | 'absences' | 'paid-leave' | 'allowances' | 'end-of-contract';
              topicTitle: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/contacts/{contactId}/simulations/{simulationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Une simulation enregistrée : ses données et son résultat tels qu’enregistrés */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          contactId: string;
          relaisId: string;
          simulationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              contactId: string;
              createdAt: string;
              createdBy: {
                id: string;
                name: string;
              } | null;
              id: string;
              input: {
                [key: string]: unknown;
              };
              mainFigure: {
                key: string;
                label: string;
                /** @enum {string} */
                unit: 'EUR' | 'hours' | 'days' | 'weeks' | 'percent' | 'count';
                value: string;
              } | null;
              result: {
                articles: string[];
                figures: {
                  key: string;
                  label: string;
                  /** @enum {string} */
                  unit: 'EUR' | 'hours' | 'days' | 'weeks' | 'percent' | 'count';
                  value: string;
                }[];
                legalValues: {
                  label: string;
                  source: string;
                  validFrom: string;
                  value: string;
                }[];
                steps: {
                  articles: string[];
                  formula: string;
                  label: string;
                  result: string;
                }[];
                title: string;
                /** @enum {string} */
                topic: 'salary' | 'extra-hours' | 'absences' | 'paid-leave' | 'allowances' | 'end-of-contract';
                warnings: string[];
              };
              title: string;
              /** @enum {string} */
              topic: 'salary' | 'extra-hours' | 'absences' | 'paid-leave' | 'allowances' | 'end-of-contract';
              topicTitle: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Supprimer une simulation enregistrée */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          contactId: string;
          relaisId: string;
          simulationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/contacts/{contactId}/simulations/{simulationId}/summary.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Récapitulatif imprimable (PDF) d’une simulation enregistrée */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          contactId: string;
          relaisId: string;
          simulationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/facilities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Établissements d’accueil collectif et services aux familles */
    get: {
      parameters: {
        query?: {
          includeClosed?: 'true' | 'false';
        };
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              facilities: {
                address: string;
                closedOn: string | null;
                communeName: string;
                description: string;
                email: '' | string;
                funding: ('psu' | 'paje') | null;
                id: string;
                inseeCode: string;
                /** @enum {string} */
                kind:
                  | 'eaje'
                  | 'micro_creche'
                  | 'creche_other'
                  | 'pmi'
                  | 'laep'
                  | 'library'
                  | 'toy_library'
                  | 'other_service';
                kindLabel: string;
                name: string;
                open: boolean;
                openedOn: string | null;
                phone: string;
                places: number | null;
                website: ('' | string) | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Ajouter un établissement ou un service */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            address: string;
            closedOn: string | null;
            description: string;
            email: '' | string;
            funding: ('psu' | 'paje') | null;
            inseeCode: string;
            /** @enum {string} */
            kind:
              'eaje' | 'micro_creche' | 'creche_other' | 'pmi' | 'laep' | 'library' | 'toy_library' | 'other_service';
            name: string;
            openedOn: string | null;
            phone: string;
            places: number | null;
            website: ('' | string) | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string;
              closedOn: string | null;
              communeName: string;
              description: string;
              email: '' | string;
              funding: ('psu' | 'paje') | null;
              id: string;
              inseeCode: string;
              /** @enum {string} */
              kind:
                'eaje' | 'micro_creche' | 'creche_other' | 'pmi' | 'laep' | 'library' | 'toy_library' | 'other_service';
              kindLabel: string;
              name: string;
              open: boolean;
              openedOn: string | null;
              phone: string;
              places: number | null;
              website: ('' | string) | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/facilities/{facilityId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Modifier un établissement ou un service */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          facilityId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            address: string;
            closedOn: string | null;
            description: string;
            email: '' | string;
            funding: ('psu' | 'paje') | null;
            inseeCode: string;
            /** @enum {string} */
            kind:
              'eaje' | 'micro_creche' | 'creche_other' | 'pmi' | 'laep' | 'library' | 'toy_library' | 'other_service';
            name: string;
            openedOn: string | null;
            phone: string;
            places: number | null;
            website: ('' | string) | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string;
              closedOn: string | null;
              communeName: string;
              description: string;
              email: '' | string;
              funding: ('psu' | 'paje') | null;
              id: string;
              inseeCode: string;
              /** @enum {string} */
              kind:
                'eaje' | 'micro_creche' | 'creche_other' | 'pmi' | 'laep' | 'library' | 'toy_library' | 'other_service';
              kindLabel: string;
              name: string;
              open: boolean;
              openedOn: string | null;
              phone: string;
              places: number | null;
              website: ('' | string) | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/families': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Rechercher une famille connue (nom, e-mail ou téléphone) */
    get: {
      parameters: {
        query: {
          q: string;
        };
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              families: {
                communeName: string | null;
                email: '' | string;
                id: string;
                inseeCode: string | null;
                lastContactOn: string | null;
                name: string;
                phone: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Enregistrer une famille */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email: '' | string;
            inseeCode: string | null;
            name: string;
            phone: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              communeName: string | null;
              email: '' | string;
              id: string;
              inseeCode: string | null;
              lastContactOn: string | null;
              name: string;
              phone: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/imports/pmi/apply': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Appliquer l’import de la liste PMI (même fichier, en une transaction ; lignes rejetées ignorées) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            archiveMissing: boolean;
            contentBase64: string;
            fileName: string;
            mapping?: {
              address?: string | null;
              approvalDate?: string | null;
              approvalNumber?: string | null;
              approvalPlaces?: string | null;
              approvalRenewalDate?: string | null;
              birthDate?: string | null;
              childrenAges?: string | null;
              communeName?: string | null;
              derogations?: string | null;
              email?: string | null;
              firstName?: string | null;
              inseeCode?: string | null;
              lastName?: string | null;
              mam?: string | null;
              phone?: string | null;
              postcode?: string | null;
            };
            planToken?: string;
            previewCounts?: {
              archive: number;
              create: number;
              reactivate: number;
              rejected: number;
              update: number;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: number;
              created: number;
              notArchived: number;
              reactivated: number;
              rejected: number;
              unchanged: number;
              updated: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/imports/pmi/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Aperçu de l’import de la liste PMI des agréments (.xlsx ou .csv en base64) : rien n’est modifié */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            contentBase64: string;
            fileName: string;
            mapping?: {
              address?: string | null;
              approvalDate?: string | null;
              approvalNumber?: string | null;
              approvalPlaces?: string | null;
              approvalRenewalDate?: string | null;
              birthDate?: string | null;
              childrenAges?: string | null;
              communeName?: string | null;
              derogations?: string | null;
              email?: string | null;
              firstName?: string | null;
              inseeCode?: string | null;
              lastName?: string | null;
              mam?: string | null;
              phone?: string | null;
              postcode?: string | null;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archive: {
                approvalNumber: string;
                childminderId: string;
                communeName: string;
                effectiveOn: string;
                firstName: string;
                lastName: string;
                /** @enum {string} */
                reason: 'withdrawal';
                reasonLabel: string;
              }[];
              counts: {
                archive: number;
                create: number;
                reactivate: number;
                rejected: number;
                rows: number;
                unchanged: number;
                update: number;
              };
              create: {
                approvalNumber: string;
                approvalPlaces: number;
                communeName: string;
                firstName: string;
                lastName: string;
                row: number;
                warnings: string[];
              }[];
              fields: {
                /** @enum {string} */
                field:
                  | 'approvalNumber'
                  | 'lastName'
                  | 'firstName'
                  | 'birthDate'
                  | 'address'
                  | 'postcode'
                  | 'communeName'
                  | 'inseeCode'
                  | 'phone'
                  | 'email'
                  | 'approvalDate'
                  | 'approvalRenewalDate'
                  | 'approvalPlaces'
                  | 'childrenAges'
                  | 'derogations'
                  | 'mam';
                label: string;
                required: boolean;
              }[];
              fileName: string;
              headerRow: number;
              headers: string[];
              mapping: {
                [key: string]: string | null;
              };
              missingColumns: {
                /** @enum {string} */
                field:
                  | 'approvalNumber'
                  | 'lastName'
                  | 'firstName'
                  | 'birthDate'
                  | 'address'
                  | 'postcode'
                  | 'communeName'
                  | 'inseeCode'
                  | 'phone'
                  | 'email'
                  | 'approvalDate'
                  | 'approvalRenewalDate'
                  | 'approvalPlaces'
                  | 'childrenAges'
                  | 'derogations'
                  | 'mam';
                label: string;
              }[];
              planToken: string;
              reactivate: {
                approvalNumber: string;
                archivedSince: string;
                archiveReasonLabel: string | null;
                changes: {
                  after: string | null;
                  before: string | null;
                  column: string;
                  label: string;
                }[];
                childminderId: string;
                communeName: string;
                firstName: string;
                lastName: string;
                row: number;
              }[];
              rejected: {
                approvalNumber: string | null;
                firstName: string | null;
                lastName: string | null;
                reasons: {
                  column: string | null;
                  /** @enum {string} */
                  field:
                    | 'approvalNumber'
                    | 'lastName'
                    | 'firstName'
                    | 'birthDate'
                    | 'address'
                    | 'postcode'
                    | 'communeName'
                    | 'inseeCode'
                    | 'phone'
                    | 'email'
                    | 'approvalDate'
                    | 'approvalRenewalDate'
                    | 'approvalPlaces'
                    | 'childrenAges'
                    | 'derogations'
                    | 'mam';
                  message: string;
                }[];
                row: number;
              }[];
              unchanged: {
                approvalNumber: string;
                childminderId: string;
                communeName: string;
                firstName: string;
                lastName: string;
                row: number;
              }[];
              update: {
                approvalNumber: string;
                changes: {
                  after: string | null;
                  before: string | null;
                  column: string;
                  label: string;
                }[];
                childminderId: string;
                communeName: string;
                firstName: string;
                lastName: string;
                row: number;
              }[];
              warnings: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/job-offer-statistics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Statistiques des offres d’emploi : par commune et par mois, suites, besoins non satisfaits */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
        };
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              byCommune: {
                answered: number;
                communeName: string;
                filled: number;
                inseeCode: string;
                offers: number;
                published: number;
                unmet: number;
              }[];
              byMonth: {
                answered: number;
                filled: number;
                month: string;
                offers: number;
                published: number;
                unmet: number;
              }[];
              from: string | null;
              outcomes: {
                label: string;
                offers: number;
                outcome: string;
              }[];
              to: string | null;
              total: {
                answered: number;
                filled: number;
                offers: number;
                published: number;
                unmet: number;
              };
              unmetNeeds: {
                atypicalHours: {
                  offers: number;
                  unmet: number;
                };
                disability: {
                  offers: number;
                  unmet: number;
                };
                emergency: {
                  offers: number;
                  unmet: number;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/job-offers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** File des offres d’emploi par statut (50 par page) et leur nombre par statut */
    get: {
      parameters: {
        query?: {
          page?: number;
          status?: 'email_pending' | 'pending' | 'published' | 'filled' | 'expired' | 'withdrawn' | 'refused';
        };
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              counts: {
                email_pending: number;
                expired: number;
                filled: number;
                pending: number;
                published: number;
                refused: number;
                withdrawn: number;
              };
              offers: {
                answers: number;
                atypicalHours: boolean;
                childAgeMonths: number;
                childrenCount: number;
                communeName: string;
                createdAt: string;
                disability: boolean;
                emergency: boolean;
                expiresOn: string | null;
                id: string;
                parentName: string;
                recipients: number;
                startOn: string;
                status: string;
                statusLabel: string;
                weeklyHours: number;
              }[];
              page: number;
              pageSize: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/job-offers/{offerId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Une offre d’emploi : le besoin, le parent, les destinataires, les réponses et l’historique */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          offerId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              anonymised: boolean;
              answerList: {
                at: string;
                childminderId: string;
                id: string;
                message: string;
                name: string;
                shareContact: boolean;
              }[];
              answers: number;
              atypicalHours: boolean;
              canEdit: boolean;
              canRenew: boolean;
              canWithdraw: boolean;
              childAgeMonths: number;
              childBirthOn: string | null;
              childrenCount: number;
              closedAt: string | null;
              communeName: string;
              communes: {
                inseeCode: string;
                name: string;
              }[];
              consentAt: string | null;
              createdAt: string;
              details: string;
              disability: boolean;
              email: string;
              emailVerifiedAt: string | null;
              emergency: boolean;
              endOn: string | null;
              events: {
                actor: string;
                at: string;
                detail: string;
                id: string;
                kind: string;
                label: string;
              }[];
              expiresOn: string | null;
              id: string;
              inseeCode: string;
              name: string;
              outcome: string | null;
              outcomeLabel: string | null;
              outcomeNote: string;
              parentPhone: string;
              phone: string | null;
              publishedAt: string | null;
              radiusKm: number | null;
              recipients: {
                addedByStaff: boolean;
                childminderId: string;
                distanceKm: number | null;
                name: string;
                rank: number;
                reasons: string[];
                sentAt: string;
              }[];
              refusalReason: string;
              relaisName: string;
              relaisSlug: string;
              schedule: {
                day: number;
                from: string;
                to: string;
              }[];
              scheduleText: string;
              showPhone: boolean;
              startOn: string;
              stateText: string;
              status: string;
              statusLabel: string;
              weeklyHours: number;
            };
          };
        };
      };
    };
    /** Corriger le besoin d’une offre en attente de vérification */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          offerId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            childBirthOn: string;
            /** @default 1 */
            childrenCount?: number;
            /** @default [] */
            communes?: string[];
            /** @default  */
            details?: string;
            /** @default false */
            disability?: boolean;
            /** @default false */
            emergency?: boolean;
            /** @default null */
            endOn?: string | null;
            inseeCode: string;
            /** @default null */
            radiusKm?: number | null;
            schedule: {
              day: number;
              from: string;
              to: string;
            }[];
            /** Format: date */
            startOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              anonymised: boolean;
              answerList: {
                at: string;
                childminderId: string;
                id: string;
                message: string;
                name: string;
                shareContact: boolean;
              }[];
              answers: number;
              atypicalHours: boolean;
              canEdit: boolean;
              canRenew: boolean;
              canWithdraw: boolean;
              childAgeMonths: number;
              childBirthOn: string | null;
              childrenCount: number;
              closedAt: string | null;
              communeName: string;
              communes: {
                inseeCode: string;
                name: string;
              }[];
              consentAt: string | null;
              createdAt: string;
              details: string;
              disability: boolean;
              email: string;
              emailVerifiedAt: string | null;
              emergency: boolean;
              endOn: string | null;
              events: {
                actor: string;
                at: string;
                detail: string;
                id: string;
                kind: string;
                label: string;
              }[];
              expiresOn: string | null;
              id: string;
              inseeCode: string;
              name: string;
              outcome: string | null;
              outcomeLabel: string | null;
              outcomeNote: string;
              parentPhone: string;
              phone: string | null;
              publishedAt: string | null;
              radiusKm: number | null;
              recipients: {
                addedByStaff: boolean;
                childminderId: string;
                distanceKm: number | null;
                name: string;
                rank: number;
                reasons: string[];
                sentAt: string;
              }[];
              refusalReason: string;
              relaisName: string;
              relaisSlug: string;
              schedule: {
                day: number;
                from: string;
                to: string;
              }[];
              scheduleText: string;
              showPhone: boolean;
              startOn: string;
              stateText: string;
              status: string;
              statusLabel: string;
              weeklyHours: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/job-offers/{offerId}/audience': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Les assistant·es maternel·les que l’offre atteindrait, classé·es, avec leurs raisons (rayon, exclusions et ajouts au choix) */
    get: {
      parameters: {
        query?: {
          add?: string;
          exclude?: string;
          radiusKm?: number;
        };
        header?: never;
        path: {
          offerId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              childminders: {
                addedByStaff: boolean;
                childminderId: string;
                communeName: string;
                distanceKm: number | null;
                hasEmail: boolean;
                name: string;
                rank: number;
                reasons: string[];
                score: number;
              }[];
              excluded: string[];
              radiusKm: number | null;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/job-offers/{offerId}/outcome': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enregistrer la suite : pourvue (assistant·e maternel·le, établissement), abandonnée, inconnue */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          offerId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default  */
            note?: string;
            /** @enum {string} */
            outcome: 'filled_childminder' | 'filled_facility' | 'abandoned' | 'unknown';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              anonymised: boolean;
              answerList: {
                at: string;
                childminderId: string;
                id: string;
                message: string;
                name: string;
                shareContact: boolean;
              }[];
              answers: number;
              atypicalHours: boolean;
              canEdit: boolean;
              canRenew: boolean;
              canWithdraw: boolean;
              childAgeMonths: number;
              childBirthOn: string | null;
              childrenCount: number;
              closedAt: string | null;
              communeName: string;
              communes: {
                inseeCode: string;
                name: string;
              }[];
              consentAt: string | null;
              createdAt: string;
              details: string;
              disability: boolean;
              email: string;
              emailVerifiedAt: string | null;
              emergency: boolean;
              endOn: string | null;
              events: {
                actor: string;
                at: string;
                detail: string;
                id: string;
                kind: string;
                label: string;
              }[];
              expiresOn: string | null;
              id: string;
              inseeCode: string;
              name: string;
              outcome: string | null;
              outcomeLabel: string | null;
              outcomeNote: string;
              parentPhone: string;
              phone: string | null;
              publishedAt: string | null;
              radiusKm: number | null;
              recipients: {
                addedByStaff: boolean;
                childminderId: string;
                distanceKm: number | null;
                name: string;
                rank: number;
                reasons: string[];
                sentAt: string;
              }[];
              refusalReason: string;
              relaisName: string;
              relaisSlug: string;
              schedule: {
                day: number;
                from: string;
                to: string;
              }[];
              scheduleText: string;
              showPhone: boolean;
              startOn: string;
              stateText: string;
              status: string;
              statusLabel: string;
              weeklyHours: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/job-offers/{offerId}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publier l’offre : un e-mail à chaque destinataire, enregistré avec son rang et ses raisons */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          offerId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default [] */
            add?: string[];
            /** @default [] */
            exclude?: string[];
            radiusKm?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              anonymised: boolean;
              answerList: {
                at: string;
                childminderId: string;
                id: string;
                message: string;
                name: string;
                shareContact: boolean;
              }[];
              answers: number;
              atypicalHours: boolean;
              canEdit: boolean;
              canRenew: boolean;
              canWithdraw: boolean;
              childAgeMonths: number;
              childBirthOn: string | null;
              childrenCount: number;
              closedAt: string | null;
              communeName: string;
              communes: {
                inseeCode: string;
                name: string;
              }[];
              consentAt: string | null;
              createdAt: string;
              details: string;
              disability: boolean;
              email: string;
              emailVerifiedAt: string | null;
              emergency: boolean;
              endOn: string | null;
              events: {
                actor: string;
                at: string;
                detail: string;
                id: string;
                kind: string;
                label: string;
              }[];
              expiresOn: string | null;
              id: string;
              inseeCode: string;
              name: string;
              outcome: string | null;
              outcomeLabel: string | null;
              outcomeNote: string;
              parentPhone: string;
              phone: string | null;
              publishedAt: string | null;
              radiusKm: number | null;
              recipients: {
                addedByStaff: boolean;
                childminderId: string;
                distanceKm: number | null;
                name: string;
                rank: number;
                reasons: string[];
                sentAt: string;
              }[];
              refusalReason: string;
              relaisName: string;
              relaisSlug: string;
              schedule: {
                day: number;
                from: string;
                to: string;
              }[];
              scheduleText: string;
              showPhone: boolean;
              startOn: string;
              stateText: string;
              status: string;
              statusLabel: string;
              weeklyHours: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/job-offers/{offerId}/refuse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Refuser l’offre, avec la raison envoyée au parent par e-mail */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          offerId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              anonymised: boolean;
              answerList: {
                at: string;
                childminderId: string;
                id: string;
                message: string;
                name: string;
                shareContact: boolean;
              }[];
              answers: number;
              atypicalHours: boolean;
              canEdit: boolean;
              canRenew: boolean;
              canWithdraw: boolean;
              childAgeMonths: number;
              childBirthOn: string | null;
              childrenCount: number;
              closedAt: string | null;
              communeName: string;
              communes: {
                inseeCode: string;
                name: string;
              }[];
              consentAt: string | null;
              createdAt: string;
              details: string;
              disability: boolean;
              email: string;
              emailVerifiedAt: string | null;
              emergency: boolean;
              endOn: string | null;
              events: {
                actor: string;
                at: string;
                detail: string;
                id: string;
                kind: string;
                label: string;
              }[];
              expiresOn: string | null;
              id: string;
              inseeCode: string;
              name: string;
              outcome: string | null;
              outcomeLabel: string | null;
              outcomeNote: string;
              parentPhone: string;
              phone: string | null;
              publishedAt: string | null;
              radiusKm: number | null;
              recipients: {
                addedByStaff: boolean;
                childminderId: string;
                distanceKm: number | null;
                name: string;
                rank: number;
                reasons: string[];
                sentAt: string;
              }[];
              refusalReason: string;
              relaisName: string;
              relaisSlug: string;
              schedule: {
                day: number;
                from: string;
                to: string;
              }[];
              scheduleText: string;
              showPhone: boolean;
              startOn: string;
              stateText: string;
              status: string;
              statusLabel: string;
              weeklyHours: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/outbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Boîte d'envoi du relais */
    get: {
      parameters: {
        query?: {
          limit?: number;
        };
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              messages: {
                attempts: number;
                createdAt: string;
                id: string;
                lastError: string | null;
                purpose: string;
                recipient: string;
                sentAt: string | null;
                /** @enum {string} */
                status: 'pending' | 'sending' | 'sent' | 'stored' | 'failed';
                subject: string;
              }[];
              /** @enum {string} */
              transport: 'smtp' | 'files';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/outbox/{messageId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Un message de la boîte d'envoi */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          messageId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attempts: number;
              createdAt: string;
              id: string;
              lastError: string | null;
              purpose: string;
              recipient: string;
              sentAt: string | null;
              /** @enum {string} */
              status: 'pending' | 'sending' | 'sent' | 'stored' | 'failed';
              subject: string;
              text: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/permanences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Permanences de rendez-vous (les archivées comprises) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              permanences: {
                animator: {
                  id: string;
                  name: string;
                };
                archived: boolean;
                closures: {
                  date: string;
                  id: string;
                  reason: string;
                }[];
                endTime: string;
                id: string;
                label: string;
                mode: string;
                modeLabel: string;
                reasons: {
                  id: string;
                  label: string;
                }[];
                site: {
                  address: string;
                  id: string;
                  name: string;
                } | null;
                skipSchoolHolidays: boolean;
                startTime: string;
                used: boolean;
                validFrom: string;
                validTo: string | null;
                weekday: number;
                weekdayLabel: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Ajouter une permanence (jour, horaires, lieu ou mode, motifs) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            animatorId: string;
            endTime: string;
            /** @default  */
            label?: string;
            /** @enum {string} */
            mode: 'in_person' | 'phone' | 'video';
            reasonIds: string[];
            siteId: string | null;
            /** @default false */
            skipSchoolHolidays?: boolean;
            startTime: string;
            /** Format: date */
            validFrom: string;
            /** @default null */
            validTo?: string | null;
            weekday: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              animator: {
                id: string;
                name: string;
              };
              archived: boolean;
              closures: {
                date: string;
                id: string;
                reason: string;
              }[];
              endTime: string;
              id: string;
              label: string;
              mode: string;
              modeLabel: string;
              reasons: {
                id: string;
                label: string;
              }[];
              site: {
                address: string;
                id: string;
                name: string;
              } | null;
              skipSchoolHolidays: boolean;
              startTime: string;
              used: boolean;
              validFrom: string;
              validTo: string | null;
              weekday: number;
              weekdayLabel: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/permanences/{permanenceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Modifier une permanence (les rendez-vous déjà pris ne bougent pas) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          permanenceId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            animatorId: string;
            endTime: string;
            /** @default  */
            label?: string;
            /** @enum {string} */
            mode: 'in_person' | 'phone' | 'video';
            reasonIds: string[];
            siteId: string | null;
            /** @default false */
            skipSchoolHolidays?: boolean;
            startTime: string;
            /** Format: date */
            validFrom: string;
            /** @default null */
            validTo?: string | null;
            weekday: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              animator: {
                id: string;
                name: string;
              };
              archived: boolean;
              closures: {
                date: string;
                id: string;
                reason: string;
              }[];
              endTime: string;
              id: string;
              label: string;
              mode: string;
              modeLabel: string;
              reasons: {
                id: string;
                label: string;
              }[];
              site: {
                address: string;
                id: string;
                name: string;
              } | null;
              skipSchoolHolidays: boolean;
              startTime: string;
              used: boolean;
              validFrom: string;
              validTo: string | null;
              weekday: number;
              weekdayLabel: string;
            };
          };
        };
      };
    };
    post?: never;
    /** Supprimer une permanence qui n’a jamais servi (sinon 409 : l’archiver) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          permanenceId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/permanences/{permanenceId}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Archiver une permanence (plus de créneaux ; ses rendez-vous restent) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          permanenceId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              animator: {
                id: string;
                name: string;
              };
              archived: boolean;
              closures: {
                date: string;
                id: string;
                reason: string;
              }[];
              endTime: string;
              id: string;
              label: string;
              mode: string;
              modeLabel: string;
              reasons: {
                id: string;
                label: string;
              }[];
              site: {
                address: string;
                id: string;
                name: string;
              } | null;
              skipSchoolHolidays: boolean;
              startTime: string;
              used: boolean;
              validFrom: string;
              validTo: string | null;
              weekday: number;
              weekdayLabel: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/permanences/{permanenceId}/closures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Fermer une permanence un jour donné (congé, formation…) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          permanenceId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            date: string;
            /** @default  */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bookedAppointments: number;
              date: string;
              id: string;
              reason: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/permanences/{permanenceId}/closures/{closureId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Rouvrir un jour fermé */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          closureId: string;
          permanenceId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/permanences/{permanenceId}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rétablir une permanence archivée */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          permanenceId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              animator: {
                id: string;
                name: string;
              };
              archived: boolean;
              closures: {
                date: string;
                id: string;
                reason: string;
              }[];
              endTime: string;
              id: string;
              label: string;
              mode: string;
              modeLabel: string;
              reasons: {
                id: string;
                label: string;
              }[];
              site: {
                address: string;
                id: string;
                name: string;
              } | null;
              skipSchoolHolidays: boolean;
              startTime: string;
              used: boolean;
              validFrom: string;
              validTo: string | null;
              weekday: number;
              weekdayLabel: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/practice-groups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Groupes d’analyse de la pratique, avec leurs membres actuels et passés */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              groups: {
                archived: boolean;
                facilitator: string;
                formerMembers: {
                  childminderId: string;
                  joinedAt: string;
                  leftAt: string;
                  name: string;
                }[];
                id: string;
                maxMembers: number;
                members: {
                  childminderId: string;
                  joinedAt: string;
                  name: string;
                }[];
                name: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Créer un groupe d’analyse de la pratique (8 membres au plus) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            facilitator: string;
            memberIds: string[];
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              facilitator: string;
              formerMembers: {
                childminderId: string;
                joinedAt: string;
                leftAt: string;
                name: string;
              }[];
              id: string;
              maxMembers: number;
              members: {
                childminderId: string;
                joinedAt: string;
                name: string;
              }[];
              name: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/practice-groups/{groupId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Modifier un groupe : nom, intervenant·e, membres (les départs restent dans l’historique), archivage */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          groupId: string;
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            archived?: boolean;
            facilitator: string;
            memberIds: string[];
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              facilitator: string;
              formerMembers: {
                childminderId: string;
                joinedAt: string;
                leftAt: string;
                name: string;
              }[];
              id: string;
              maxMembers: number;
              members: {
                childminderId: string;
                joinedAt: string;
                name: string;
              }[];
              name: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/reports/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Statistiques des contacts d’une année (par défaut l’année en cours)
     * @description Par public, thème, canal, commune et mois ; familles et assistant·es maternel·les différent·es ; chiffres du rapport d’activité.
     */
    get: {
      parameters: {
        query?: {
          year?: string;
        };
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              byChannel: {
                count: number;
                key: string;
                label: string;
              }[];
              byCommune: {
                count: number;
                key: string;
                label: string;
              }[];
              byMonth: {
                count: number;
                key: string;
                label: string;
              }[];
              byPublic: {
                count: number;
                key: string;
                label: string;
              }[];
              bySubject: {
                count: number;
                key: string;
                label: string;
              }[];
              distinctChildminders: number;
              distinctFamilies: number;
              indicators: {
                count: number;
                key: string;
                label: string;
              }[];
              publicBySubject: {
                label: string;
                public: string;
                subjects: {
                  count: number;
                  key: string;
                  label: string;
                }[];
              }[];
              total: number;
              year: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/reports/contacts.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Les mêmes statistiques en classeur Excel */
    get: {
      parameters: {
        query?: {
          year?: string;
        };
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/reports/supply': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Offre d’accueil au 31 décembre d’une année, pour le territoire et chaque commune
     * @description Assistant·es maternel·les en activité et leurs places, MAM, places d’accueil collectif par financement, arrivées et départs de l’année, AM de 55 ans et plus. Par défaut : la dernière année complète.
     */
    get: {
      parameters: {
        query?: {
          year?: string;
        };
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              asOf: string;
              communes: {
                /** @description Arrivées de l’année */
                arrivals: number;
                /** @description MAM ouvertes au 31 décembre */
                childminderHouses: number;
                /** @description Assistant·es maternel·les en activité au 31 décembre */
                childminders: number;
                /** @description Départs (archivages) de l’année */
                departures: number;
                departuresByReason: {
                  careerChange: number;
                  move: number;
                  other: number;
                  retirement: number;
                  withdrawal: number;
                };
                inseeCode: string;
                inTerritory: boolean;
                name: string;
                /** @description Assistant·es maternel·les de 55 ans et plus au 31 décembre */
                over55: number;
                /** @description Places d’accueil collectif financées par la PAJE (micro-crèches) */
                pajePlaces: number;
                /** @description Leurs places agréées */
                places: number;
                /** @description Places d’accueil collectif financées par la PSU (EAJE publics) */
                psuPlaces: number;
                /** @description Reprises d’activité de l’année */
                reactivations: number;
              }[];
              relais: {
                id: string;
                name: string;
                slug: string;
              };
              territory: {
                /** @description Arrivées de l’année */
                arrivals: number;
                /** @description MAM ouvertes au 31 décembre */
                childminderHouses: number;
                /** @description Assistant·es maternel·les en activité au 31 décembre */
                childminders: number;
                /** @description Départs (archivages) de l’année */
                departures: number;
                departuresByReason: {
                  careerChange: number;
                  move: number;
                  other: number;
                  retirement: number;
                  withdrawal: number;
                };
                /** @description Assistant·es maternel·les de 55 ans et plus au 31 décembre */
                over55: number;
                /** @description Places d’accueil collectif financées par la PAJE (micro-crèches) */
                pajePlaces: number;
                /** @description Leurs places agréées */
                places: number;
                /** @description Places d’accueil collectif financées par la PSU (EAJE publics) */
                psuPlaces: number;
                /** @description Reprises d’activité de l’année */
                reactivations: number;
              };
              year: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/reports/supply.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Le même rapport en fichier CSV (tableur) */
    get: {
      parameters: {
        query?: {
          year?: string;
        };
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Demandes reçues, des plus récentes aux plus anciennes (50 par page), et leur nombre par statut */
    get: {
      parameters: {
        query?: {
          assignee?: 'none' | string;
          page?: number;
          status?: 'new' | 'assigned' | 'answered' | 'closed';
        };
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              assignees: {
                id: string;
                name: string;
              }[];
              counts: {
                answered: number;
                assigned: number;
                closed: number;
                new: number;
              };
              page: number;
              pageSize: number;
              requests: {
                answerChannel: string;
                answerChannelLabel: string;
                assignee: {
                  id: string;
                  name: string;
                } | null;
                communeName: string | null;
                email: string;
                id: string;
                inseeCode: string | null;
                name: string;
                needs: string;
                phone: string;
                public: string;
                publicLabel: string;
                receivedAt: string;
                source: string;
                sourceLabel: string;
                status: string;
                statusLabel: string;
                subjects: {
                  id: string;
                  label: string;
                }[];
                updatedAt: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** Saisir une demande reçue par monenfant.fr, e-mail, téléphone ou à l’accueil */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            answerChannel?: 'email' | 'phone';
            /** @default null */
            childAgeMonths?: number | null;
            /** @default  */
            email?: '' | string;
            /** @default null */
            expectedBirthOn?: string | null;
            /** @default null */
            inseeCode?: string | null;
            /** @default  */
            name?: string;
            /** @default  */
            needs?: string;
            /** @default  */
            phone?: string;
            /** @enum {string} */
            public: 'parent' | 'future_parent' | 'childminder' | 'candidate' | 'project_carrier';
            /** Format: date-time */
            receivedAt?: string;
            /** @enum {string} */
            source: 'monenfant' | 'email' | 'phone' | 'visit';
            subjectIds: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              anonymised: boolean;
              answerChannel: string;
              answerChannelLabel: string;
              assignee: {
                id: string;
                name: string;
              } | null;
              assignees: {
                id: string;
                name: string;
              }[];
              childAgeMonths: number | null;
              childminder: {
                id: string;
                name: string;
              } | null;
              closedAt: string | null;
              closingNote: string;
              communeName: string | null;
              consentAt: string | null;
              contactId: string | null;
              email: string;
              events: {
                actor: string | null;
                at: string;
                detail: string;
                id: string;
                kind: string;
                label: string;
              }[];
              expectedBirthOn: string | null;
              family: {
                id: string;
                name: string;
              } | null;
              id: string;
              inseeCode: string | null;
              messages: {
                at: string;
                author: string | null;
                id: string;
                text: string;
                to: string;
              }[];
              name: string;
              needs: string;
              outcome: string | null;
              outcomeLabel: string | null;
              phone: string;
              public: string;
              publicLabel: string;
              receivedAt: string;
              source: string;
              sourceLabel: string;
              status: string;
              statusLabel: string;
              subjects: {
                id: string;
                label: string;
              }[];
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/requests/{requestId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Une demande, ses réponses et son historique */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
          requestId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              anonymised: boolean;
              answerChannel: string;
              answerChannelLabel: string;
              assignee: {
                id: string;
                name: string;
              } | null;
              assignees: {
                id: string;
                name: string;
              }[];
              childAgeMonths: number | null;
              childminder: {
                id: string;
                name: string;
              } | null;
              closedAt: string | null;
              closingNote: string;
              communeName: string | null;
              consentAt: string | null;
              contactId: string | null;
              email: string;
              events: {
                actor: string | null;
                at: string;
                detail: string;
                id: string;
                kind: string;
                label: string;
              }[];
              expectedBirthOn: string | null;
              family: {
                id: string;
                name: string;
              } | null;
              id: string;
              inseeCode: string | null;
              messages: {
                at: string;
                author: string | null;
                id: string;
                text: string;
                to: string;
              }[];
              name: string;
              needs: string;
              outcome: string | null;
              outcomeLabel: string | null;
              phone: string;
              public: string;
              publicLabel: string;
              receivedAt: string;
              source: string;
              sourceLabel: string;
              status: string;
              statusLabel: string;
              subjects: {
                id: string;
                label: string;
              }[];
              updatedAt: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/requests/{requestId}/answers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Répondre par e-mail (le message est conservé ; la demande devient répondue) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
          requestId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              anonymised: boolean;
              answerChannel: string;
              answerChannelLabel: string;
              assignee: {
                id: string;
                name: string;
              } | null;
              assignees: {
                id: string;
                name: string;
              }[];
              childAgeMonths: number | null;
              childminder: {
                id: string;
                name: string;
              } | null;
              closedAt: string | null;
              closingNote: string;
              communeName: string | null;
              consentAt: string | null;
              contactId: string | null;
              email: string;
              events: {
                actor: string | null;
                at: string;
                detail: string;
                id: string;
                kind: string;
                label: string;
              }[];
              expectedBirthOn: string | null;
              family: {
                id: string;
                name: string;
              } | null;
              id: string;
              inseeCode: string | null;
              messages: {
                at: string;
                author: string | null;
                id: string;
                text: string;
                to: string;
              }[];
              name: string;
              needs: string;
              outcome: string | null;
              outcomeLabel: string | null;
              phone: string;
              public: string;
              publicLabel: string;
              receivedAt: string;
              source: string;
              sourceLabel: string;
              status: string;
              statusLabel: string;
              subjects: {
                id: string;
                label: string;
              }[];
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/requests/{requestId}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Attribuer la demande à un membre de l’équipe (ou à personne) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
          requestId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            accountId: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              anonymised: boolean;
              answerChannel: string;
              answerChannelLabel: string;
              assignee: {
                id: string;
                name: string;
              } | null;
              assignees: {
                id: string;
                name: string;
              }[];
              childAgeMonths: number | null;
              childminder: {
                id: string;
                name: string;
              } | null;
              closedAt: string | null;
              closingNote: string;
              communeName: string | null;
              consentAt: string | null;
              contactId: string | null;
              email: string;
              events: {
                actor: string | null;
                at: string;
                detail: string;
                id: string;
                kind: string;
                label: string;
              }[];
              expectedBirthOn: string | null;
              family: {
                id: string;
                name: string;
              } | null;
              id: string;
              inseeCode: string | null;
              messages: {
                at: string;
                author: string | null;
                id: string;
                text: string;
                to: string;
              }[];
              name: string;
              needs: string;
              outcome: string | null;
              outcomeLabel: string | null;
              phone: string;
              public: string;
              publicLabel: string;
              receivedAt: string;
              source: string;
              sourceLabel: string;
              status: string;
              statusLabel: string;
              subjects: {
                id: string;
                label: string;
              }[];
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/requests/{requestId}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Clôturer la demande (suite donnée, note) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
          requestId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default  */
            note?: string;
            /** @enum {string} */
            outcome?: 'informed' | 'documentation' | 'childminder_list' | 'appointment' | 'referred' | 'follow_up';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              anonymised: boolean;
              answerChannel: string;
              answerChannelLabel: string;
              assignee: {
                id: string;
                name: string;
              } | null;
              assignees: {
                id: string;
                name: string;
              }[];
              childAgeMonths: number | null;
              childminder: {
                id: string;
                name: string;
              } | null;
              closedAt: string | null;
              closingNote: string;
              communeName: string | null;
              consentAt: string | null;
              contactId: string | null;
              email: string;
              events: {
                actor: string | null;
                at: string;
                detail: string;
                id: string;
                kind: string;
                label: string;
              }[];
              expectedBirthOn: string | null;
              family: {
                id: string;
                name: string;
              } | null;
              id: string;
              inseeCode: string | null;
              messages: {
                at: string;
                author: string | null;
                id: string;
                text: string;
                to: string;
              }[];
              name: string;
              needs: string;
              outcome: string | null;
              outcomeLabel: string | null;
              phone: string;
              public: string;
              publicLabel: string;
              receivedAt: string;
              source: string;
              sourceLabel: string;
              status: string;
              statusLabel: string;
              subjects: {
                id: string;
                label: string;
              }[];
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/requests/{requestId}/family': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enregistrer la personne comme famille du relais et y rattacher la demande */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
          requestId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              anonymised: boolean;
              answerChannel: string;
              answerChannelLabel: string;
              assignee: {
                id: string;
                name: string;
              } | null;
              assignees: {
                id: string;
                name: string;
              }[];
              childAgeMonths: number | null;
              childminder: {
                id: string;
                name: string;
              } | null;
              closedAt: string | null;
              closingNote: string;
              communeName: string | null;
              consentAt: string | null;
              contactId: string | null;
              email: string;
              events: {
                actor: string | null;
                at: string;
                detail: string;
                id: string;
                kind: string;
                label: string;
              }[];
              expectedBirthOn: string | null;
              family: {
                id: string;
                name: string;
              } | null;
              id: string;
              inseeCode: string | null;
              messages: {
                at: string;
                author: string | null;
                id: string;
                text: string;
                to: string;
              }[];
              name: string;
              needs: string;
              outcome: string | null;
              outcomeLabel: string | null;
              phone: string;
              public: string;
              publicLabel: string;
              receivedAt: string;
              source: string;
              sourceLabel: string;
              status: string;
              statusLabel: string;
              subjects: {
                id: string;
                label: string;
              }[];
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/requests/{requestId}/link': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rattacher la demande à une famille ou à un·e assistant·e maternel·le connu·e (ou à personne) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
          requestId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default null */
            childminderId?: string | null;
            /** @default null */
            familyId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              anonymised: boolean;
              answerChannel: string;
              answerChannelLabel: string;
              assignee: {
                id: string;
                name: string;
              } | null;
              assignees: {
                id: string;
                name: string;
              }[];
              childAgeMonths: number | null;
              childminder: {
                id: string;
                name: string;
              } | null;
              closedAt: string | null;
              closingNote: string;
              communeName: string | null;
              consentAt: string | null;
              contactId: string | null;
              email: string;
              events: {
                actor: string | null;
                at: string;
                detail: string;
                id: string;
                kind: string;
                label: string;
              }[];
              expectedBirthOn: string | null;
              family: {
                id: string;
                name: string;
              } | null;
              id: string;
              inseeCode: string | null;
              messages: {
                at: string;
                author: string | null;
                id: string;
                text: string;
                to: string;
              }[];
              name: string;
              needs: string;
              outcome: string | null;
              outcomeLabel: string | null;
              phone: string;
              public: string;
              publicLabel: string;
              receivedAt: string;
              source: string;
              sourceLabel: string;
              status: string;
              statusLabel: string;
              subjects: {
                id: string;
                label: string;
              }[];
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/requests/{requestId}/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rouvrir une demande clôturée */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
          requestId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              anonymised: boolean;
              answerChannel: string;
              answerChannelLabel: string;
              assignee: {
                id: string;
                name: string;
              } | null;
              assignees: {
                id: string;
                name: string;
              }[];
              childAgeMonths: number | null;
              childminder: {
                id: string;
                name: string;
              } | null;
              closedAt: string | null;
              closingNote: string;
              communeName: string | null;
              consentAt: string | null;
              contactId: string | null;
              email: string;
              events: {
                actor: string | null;
                at: string;
                detail: string;
                id: string;
                kind: string;
                label: string;
              }[];
              expectedBirthOn: string | null;
              family: {
                id: string;
                name: string;
              } | null;
              id: string;
              inseeCode: string | null;
              messages: {
                at: string;
                author: string | null;
                id: string;
                text: string;
                to: string;
              }[];
              name: string;
              needs: string;
              outcome: string | null;
              outcomeLabel: string | null;
              phone: string;
              public: string;
              publicLabel: string;
              receivedAt: string;
              source: string;
              sourceLabel: string;
              status: string;
              statusLabel: string;
              subjects: {
                id: string;
                label: string;
              }[];
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/sites': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Lieux du relais (siège, lieux d’animation et de permanence) */
    get: {
      parameters: {
        query?: {
          includeArchived?: 'true' | 'false';
        };
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              sites: {
                accessibilityNotes: string;
                accessible: boolean;
                address: string;
                archivedAt: string | null;
                capacity: number | null;
                communeName: string;
                forActivities: boolean;
                forPermanences: boolean;
                id: string;
                inseeCode: string;
                /** @enum {string} */
                kind:
                  | 'head_office'
                  | 'leisure_centre'
                  | 'library'
                  | 'community_hall'
                  | 'early_childhood_room'
                  | 'town_hall'
                  | 'other';
                kindLabel: string;
                name: string;
                updatedAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Créer un lieu */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            accessibilityNotes: string;
            accessible: boolean;
            address: string;
            capacity: number | null;
            forActivities: boolean;
            forPermanences: boolean;
            inseeCode: string;
            /** @enum {string} */
            kind:
              | 'head_office'
              | 'leisure_centre'
              | 'library'
              | 'community_hall'
              | 'early_childhood_room'
              | 'town_hall'
              | 'other';
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              accessibilityNotes: string;
              accessible: boolean;
              address: string;
              archivedAt: string | null;
              capacity: number | null;
              communeName: string;
              forActivities: boolean;
              forPermanences: boolean;
              id: string;
              inseeCode: string;
              /** @enum {string} */
              kind:
                | 'head_office'
                | 'leisure_centre'
                | 'library'
                | 'community_hall'
                | 'early_childhood_room'
                | 'town_hall'
                | 'other';
              kindLabel: string;
              name: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/sites/{siteId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Modifier un lieu */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
          siteId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            accessibilityNotes: string;
            accessible: boolean;
            address: string;
            capacity: number | null;
            forActivities: boolean;
            forPermanences: boolean;
            inseeCode: string;
            /** @enum {string} */
            kind:
              | 'head_office'
              | 'leisure_centre'
              | 'library'
              | 'community_hall'
              | 'early_childhood_room'
              | 'town_hall'
              | 'other';
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              accessibilityNotes: string;
              accessible: boolean;
              address: string;
              archivedAt: string | null;
              capacity: number | null;
              communeName: string;
              forActivities: boolean;
              forPermanences: boolean;
              id: string;
              inseeCode: string;
              /** @enum {string} */
              kind:
                | 'head_office'
                | 'leisure_centre'
                | 'library'
                | 'community_hall'
                | 'early_childhood_room'
                | 'town_hall'
                | 'other';
              kindLabel: string;
              name: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/sites/{siteId}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Archiver un lieu */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
          siteId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              accessibilityNotes: string;
              accessible: boolean;
              address: string;
              archivedAt: string | null;
              capacity: number | null;
              communeName: string;
              forActivities: boolean;
              forPermanences: boolean;
              id: string;
              inseeCode: string;
              /** @enum {string} */
              kind:
                | 'head_office'
                | 'leisure_centre'
                | 'library'
                | 'community_hall'
                | 'early_childhood_room'
                | 'town_hall'
                | 'other';
              kindLabel: string;
              name: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/relais/{relaisId}/sites/{siteId}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Réactiver un lieu archivé */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          relaisId: string;
          siteId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              accessibilityNotes: string;
              accessible: boolean;
              address: string;
              archivedAt: string | null;
              capacity: number | null;
              communeName: string;
              forActivities: boolean;
              forPermanences: boolean;
              id: string;
              inseeCode: string;
              /** @enum {string} */
              kind:
                | 'head_office'
                | 'leisure_centre'
                | 'library'
                | 'community_hall'
                | 'early_childhood_room'
                | 'town_hall'
                | 'other';
              kindLabel: string;
              name: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
