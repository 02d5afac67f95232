/**
 * Writes docs/employer-help.md, the integrators' reference of the employer-help calculator: for
 * each topic its title, an example input that really runs (with the figures it gives), the fields
 * of the result, and the JSON Schema of the input generated from the Zod schemas.
 *
 *   node --import tsx scripts/employer-help-docs.ts     writes the file
 *   tests/unit/employer-help-docs-fresh.test.ts        fails when the committed file is stale
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { z } from 'zod';
import { SAMPLE_INPUTS } from '../src/modules/employer-help/employer-help.samples.js';
import { calcResultSchema, TOPIC_KEYS } from '../src/modules/employer-help/employer-help.schemas.js';
import { TOPIC_INPUTS } from '../src/modules/employer-help/employer-help.simulations.schemas.js';
import { calculate, TOPICS } from '../src/modules/employer-help/employer-help.topics.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EMPLOYER_HELP_DOC_PATH = path.join(projectRoot, 'docs/employer-help.md');

const json = (value: unknown) => ['```json', JSON.stringify(value, null, 2), '```'].join('\n');

function inputSchema(schema: z.ZodType): unknown {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
}

function topicSection(topic: (typeof TOPIC_KEYS)[number]): string {
  const { title, summary } = TOPICS[topic];
  const example = SAMPLE_INPUTS[topic];
  const result = calculate(topic, example);
  return [
    `## \`${topic}\` — ${title}`,
    '',
    summary,
    '',
    `- Ligne de commande : \`npx relais calc ${topic} < entree.json\``,
    `- HTTP (sans compte) : \`POST /api/public/employer-help/${topic}\` (résultat JSON) et \`POST /api/public/employer-help/${topic}/summary.pdf\` (récapitulatif PDF), avec l’entrée pour corps.`,
    '',
    '### Exemple d’entrée',
    '',
    json(example),
    '',
    `### Chiffres obtenus pour cet exemple (« ${result.title} »)`,
    '',
    '| `key` | libellé | `value` | `unit` |',
    '| --- | --- | --- | --- |',
    ...result.figures.map((f) => `| \`${f.key}\` | ${f.label} | \`${f.value}\` | \`${f.unit}\` |`),
    '',
    `Le résultat complet compte aussi ${result.steps.length} étapes de calcul, ${result.articles.length} références de textes, ${result.legalValues.length} valeurs légales et ${result.warnings.length} avertissement${result.warnings.length > 1 ? 's' : ''}.`,
    '',
    '### Schéma JSON de l’entrée',
    '',
    json(inputSchema(TOPIC_INPUTS[topic])),
    '',
  ].join('\n');
}

/** The content of docs/employer-help.md, formatted with the project's Prettier settings. */
export async function generateEmployerHelpDoc(): Promise<string> {
  const source = [
    '# Aide aux employeurs : le calculateur et ses schémas JSON',
    '',
    '<!-- Généré par scripts/employer-help-docs.ts à partir des schémas Zod : ne pas modifier à la main. Régénérer avec `node --import tsx scripts/employer-help-docs.ts`. -->',
    '',
    'Le calculateur de l’aide aux employeurs (convention collective IDCC 3239, socle spécifique assistant maternel) répond à six questions, les **sujets** ci-dessous. Chacun prend une description JSON et rend un résultat JSON de même forme pour tous les sujets. On peut l’appeler de trois façons :',
    '',
    '- en ligne de commande : `npx relais calc SUJET` lit l’entrée sur l’entrée standard et écrit le résultat (indenté de 2 espaces) ; une entrée refusée donne le code de sortie 1 et, sur la sortie d’erreur, chaque champ en cause (chemin et message en français) ; `npx relais calc --help` liste les sujets ;',
    '- par HTTP, sans compte : `POST /api/public/employer-help/SUJET` (et `…/SUJET/summary.pdf` pour le récapitulatif imprimable) ; une entrée refusée donne une réponse 400 `{ "error": { "code": "invalid_input", "message", "fields": [{ "field", "message" }] } }` ;',
    '- par HTTP, pour le personnel du relais : `POST /api/relais/{relaisId}/contacts/{contactId}/simulations` avec `{ "topic": SUJET, "input": … }` enregistre la simulation dans la fiche d’un contact (liste, lecture, PDF et suppression sous la même adresse ; voir `/api/openapi.json`).',
    '',
    'Conventions :',
    '',
    '- les montants et quantités de l’entrée sont des nombres JSON (`4.1` veut dire 4,10 €) ou des chaînes décimales (`"4.10"`), 4 décimales au plus ;',
    '- les mois s’écrivent `AAAA-MM`, les dates `AAAA-MM-JJ` ; les valeurs légales (SMIC, minimum garanti, taux…) sont celles en vigueur au mois ou à la date du calcul, depuis le 1er janvier 2022 (avant : réponse 422 `legal_values_unavailable`, code de sortie 1) ;',
    '- dans le résultat, montants et quantités sont des chaînes décimales avec un point (`"799.50"`), jamais des nombres à virgule flottante.',
    '- le schéma JSON de chaque sujet décrit la forme de l’entrée ; les bornes (un salaire horaire entre 0 et 100 €, 60 heures par semaine au plus…) et les règles entre champs (52 semaines ou 46 au plus, une majoration dès que le contrat dépasse 45 h…) sont vérifiées en plus, chacune avec un message qui nomme le champ.',
    '',
    '## Le résultat (tous les sujets)',
    '',
    '| champ | contenu |',
    '| --- | --- |',
    '| `topic` | le sujet |',
    '| `title` | le titre du calcul, en français (« Salaire mensualisé — mars 2026 ») |',
    '| `figures[]` | les chiffres : `key` (identifiant stable), `label`, `value` (chaîne décimale), `unit` (`EUR`, `hours`, `days`, `weeks`, `percent`, `count`) ; le premier est le chiffre principal |',
    '| `steps[]` | chaque étape : `label`, `formula` (la formule avec les valeurs, en français), `result` (mis en forme en français), `articles[]` |',
    '| `articles[]` | les textes appliqués (convention, code du travail, CASF, Pajemploi), dans l’ordre de leur première utilisation |',
    '| `warnings[]` | ce qu’il faut vérifier ou ce que le calcul ne couvre pas, en français |',
    '| `legalValues[]` | les valeurs légales utilisées : `label`, `value`, `validFrom` (AAAA-MM-JJ), `source` |',
    '',
    '### Schéma JSON du résultat',
    '',
    json(
      (({ $schema: _ignored, ...rest }) => rest)(
        z.toJSONSchema(calcResultSchema, { io: 'output' }) as Record<string, unknown>,
      ),
    ),
    '',
    ...TOPIC_KEYS.map(topicSection),
  ].join('\n');
  const options = (await prettier.resolveConfig(EMPLOYER_HELP_DOC_PATH)) ?? {};
  return prettier.format(source, { ...options, filepath: EMPLOYER_HELP_DOC_PATH });
}

async function main(): Promise<void> {
  await fs.writeFile(EMPLOYER_HELP_DOC_PATH, await generateEmployerHelpDoc());
  console.log(`Documentation écrite dans ${path.relative(process.cwd(), EMPLOYER_HELP_DOC_PATH)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
