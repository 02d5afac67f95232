/**
 * Names of the fictional people of the demo: French-looking first names and surnames common in
 * Vendée, combined at random by a seeded generator. Any resemblance to a real person is chance.
 */
import type { Random } from './random.js';

/** Childminders are mostly women (about 98 %): first names by the decade they were born in. */
const WOMEN_BY_DECADE: Record<number, readonly string[]> = {
  1950: ['Monique', 'Annick', 'Josiane', 'Martine', 'Chantal', 'Jocelyne', 'Danielle', 'Michèle'],
  1960: ['Sylvie', 'Catherine', 'Isabelle', 'Nathalie', 'Brigitte', 'Véronique', 'Pascale', 'Dominique', 'Christine'],
  1970: ['Sandrine', 'Valérie', 'Stéphanie', 'Karine', 'Laurence', 'Corinne', 'Florence', 'Virginie', 'Patricia'],
  1980: ['Aurélie', 'Émilie', 'Céline', 'Élodie', 'Sophie', 'Julie', 'Audrey', 'Mélanie', 'Anne-Sophie', 'Carole'],
  1990: ['Laura', 'Marine', 'Camille', 'Pauline', 'Manon', 'Charlotte', 'Justine', 'Amandine', 'Océane'],
  2000: ['Léa', 'Chloé', 'Clara', 'Inès', 'Anaïs', 'Lucie', 'Margaux'],
};

const MEN = ['Thierry', 'Laurent', 'Stéphane', 'Sébastien', 'Nicolas', 'Frédéric'];

const SURNAMES = [
  'Airaud',
  'Audureau',
  'Barreteau',
  'Baudry',
  'Bernier',
  'Billaud',
  'Blanchard',
  'Boisseau',
  'Bonnin',
  'Bossard',
  'Boudaud',
  'Bourasseau',
  'Brochard',
  'Charrier',
  'Chauvet',
  'Chevalier',
  'Cousin',
  'David',
  'Drapeau',
  'Durand',
  'Fradet',
  'Gaborit',
  'Gautier',
  'Girard',
  'Grolleau',
  'Guérin',
  'Guilbaud',
  'Guillet',
  'Jaunet',
  'Joly',
  'Lebœuf',
  'Loizeau',
  'Mandin',
  'Martineau',
  'Ménard',
  'Mercier',
  'Mornet',
  'Moreau',
  'Naulleau',
  'Ordonneau',
  'Pacaud',
  'Papin',
  'Perrocheau',
  'Piveteau',
  'Poiraud',
  'Praud',
  'Rabaud',
  'Rabiller',
  'Renaud',
  'Robin',
  'Rousseau',
  'Soulard',
  'Tessier',
  'Thibaud',
  'Trichet',
  'Vincent',
  'Vrignaud',
];

/** A fictional person born in `birthYear`; `menShare` of them are men (2 % by default, as childminders). */
export function randomPerson(
  random: Random,
  birthYear: number,
  menShare = 0.02,
): { firstName: string; lastName: string } {
  const decade = Math.min(2000, Math.max(1950, Math.floor(birthYear / 10) * 10));
  const firstName = random.chance(menShare) ? random.pick(MEN) : random.pick(WOMEN_BY_DECADE[decade] ?? []);
  return { firstName, lastName: random.pick(SURNAMES) };
}
