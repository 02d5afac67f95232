/**
 * Exact money and quantities for the employer-help calculator: decimal.js only, never float
 * arithmetic. Inputs arrive as JSON numbers (or decimal strings) and are read from their string
 * form; results leave as decimal strings. Rounding to the cent happens once, where a rule says,
 * half-up unless the rule says otherwise. French formatting for the step texts uses U+00A0 (no-break
 * space) as the thousands separator, never U+202F (PDF fonts draw it wrong).
 */
import { Decimal } from 'decimal.js';

export { Decimal };
export type Num = Decimal | number | string;

/** A decimal from a JSON number or a decimal string, without going through float arithmetic. */
export function dec(value: Num): Decimal {
  if (value instanceof Decimal) return value;
  const text = typeof value === 'number' ? String(value) : value.trim();
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw new TypeError(`Nombre décimal invalide : « ${text} ».`);
  return new Decimal(text);
}

/** Rounded to the cent, half-up (the default rule of this calculator). */
export function cents(value: Num): Decimal {
  return dec(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Rounded to `places` decimals, half-up. */
export function roundTo(value: Num, places: number): Decimal {
  return dec(value).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/** The smallest integer not below the value (rounding up, as paid leave days are). */
export function ceilInt(value: Num): Decimal {
  return dec(value).toDecimalPlaces(0, Decimal.ROUND_CEIL);
}

export function max(...values: Num[]): Decimal {
  return Decimal.max(...values.map(dec));
}
export function min(...values: Num[]): Decimal {
  return Decimal.min(...values.map(dec));
}
export function sum(values: Num[]): Decimal {
  return values.reduce<Decimal>((acc, v) => acc.plus(dec(v)), new Decimal(0));
}

/** Money for a result's `value`: always two decimals ("799.50"). */
export function moneyString(value: Num): string {
  return cents(value).toFixed(2);
}

/** A quantity for a result's `value`: as few decimals as needed, at most `places` ("173.33", "22"). */
export function quantityString(value: Num, places = 2): string {
  return roundTo(value, places).toString();
}

const NBSP = '\u00A0';

function groupThousands(integerPart: string): string {
  return integerPart.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}

/** French number: "1 234,5" (U+00A0), as many decimals as given, at most `places`. */
export function frNumber(value: Num, places = 2): string {
  const d = roundTo(value, places);
  const negative = d.isNegative() && !d.isZero();
  const [int = '0', frac] = d.abs().toString().split('.');
  return `${negative ? '-' : ''}${groupThousands(int)}${frac ? `,${frac}` : ''}`;
}

/** French money: "1 234,56 €" (always two decimals, U+00A0 before the euro sign too). */
export function frMoney(value: Num): string {
  const d = cents(value);
  const negative = d.isNegative() && !d.isZero();
  const [int = '0', frac = '00'] = d.abs().toFixed(2).split('.');
  return `${negative ? '-' : ''}${groupThousands(int)},${frac}${NBSP}€`;
}

/** A French rate in euros: two decimals at least, four at most ("0,40 €", "0,636 €"). */
export function frRate(value: Num): string {
  const d = roundTo(value, 4);
  const decimals = Math.max(2, d.decimalPlaces());
  const [int = '0', frac = ''] = d.abs().toFixed(decimals).split('.');
  return `${d.isNegative() && !d.isZero() ? '-' : ''}${groupThousands(int)},${frac}${NBSP}€`;
}

/** French quantity with its unit: "45 h", "2,5 jours". */
export function frHours(value: Num, places = 2): string {
  return `${frNumber(value, places)}${NBSP}h`;
}
export function frPercent(value: Num): string {
  return `${frNumber(value, 4)}${NBSP}%`;
}
