import type { Appointment } from '../../../api/appointments.js';

/**
 * Colour of each status's badge (outline) and border; the label says it in words. Dark shades: at
 * least 4.5:1 on white, as small text.
 */
export const STATUS_COLORS: Record<string, string> = {
  booked: '#155a3d',
  honoured: '#0b5a6b',
  missed: '#9a3412',
  cancelled: '#5c636a',
};

/** The "to mark" reminder's colour (dark orange, 7:1 on white). */
export const TO_MARK_COLOR = '#9a3412';

/** A booked appointment whose start has passed: its outcome is still to record. */
export function toMark(a: Appointment, now = Date.now()): boolean {
  return a.status === 'booked' && Date.parse(a.startsAt) <= now;
}

/** Where, briefly: the venue, « Par téléphone » or « En visio ». */
export function shortPlace(a: Appointment): string {
  return a.mode === 'in_person' ? (a.site?.name ?? 'Sur place') : a.modeLabel;
}
