/**
 * The hourly minimum for a month: the higher of the legal minimum (0,281 × SMIC, art. D423-9 CASF)
 * and the conventional minimum of annexe 5 (+4 % for the title "assistant maternel – garde
 * d'enfants"). Shared by the salary topic and its warnings.
 */
import type { Decimal } from './employer-help.money.js';
import { cents, dec, frMoney, max } from './employer-help.money.js';
import type { LegalValueInForce, LegalValuesInForce } from './employer-help.legal-values.js';

export interface HourlyMinimum {
  legal: Decimal;
  conventional: Decimal | null;
  applicable: Decimal;
  used: (LegalValueInForce | null)[];
  explanation: string;
}

export function hourlyMinimum(values: LegalValuesInForce, qualified: boolean): HourlyMinimum {
  const smic = values.smicHourly!;
  const share = values.legalMinimumSmicShare!;
  const conv = qualified ? values.conventionalMinimumHourlyQualified : values.conventionalMinimumHourly;
  const legal = cents(dec(share.value).times(smic.value));
  const conventional = conv ? dec(conv.value) : null;
  const applicable = conventional ? max(legal, conventional) : legal;
  const legalText = `minimum légal ${share.value.replace('.', ',')} × ${frMoney(smic.value)} = ${frMoney(legal)}`;
  const explanation = conventional
    ? `${legalText} ; minimum conventionnel${qualified ? ' (titre AM-GE)' : ''} ${frMoney(conventional)} ; le plus élevé : ${frMoney(applicable)}`
    : `${legalText} (pas de minimum conventionnel vérifié pour cette date)`;
  return { legal, conventional, applicable, used: [smic, share, conv], explanation };
}
