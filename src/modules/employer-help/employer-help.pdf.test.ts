import { describe, expect, it } from 'vitest';
import { pdfStrings } from '../../../tests/support/pdf-strings.js';
import { inputLines } from './employer-help.inputs-fr.js';
import { figureText, frDecimal, summaryFileName, summaryPdf } from './employer-help.pdf.js';
import { SAMPLE_INPUTS } from './employer-help.samples.js';
import { TOPIC_KEYS } from './employer-help.schemas.js';
import { calculate } from './employer-help.topics.js';

describe('printable summary', () => {
  it('has the title, the date, the inputs in French, the figures, the steps, the sources and the disclaimer', async () => {
    const result = calculate('salary', SAMPLE_INPUTS.salary);
    const pdf = await summaryPdf(
      {
        topic: 'salary',
        input: SAMPLE_INPUTS.salary,
        result,
        calculatedAt: '2026-03-02T08:05:00.000Z',
        relaisName: 'Relais des Marais',
      },
      { compress: false },
    );
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfStrings(pdf).join('\n');
    expect(text).toContain('Relais des Marais');
    expect(text).toContain('Salaire mensualisé — mars 2026');
    expect(text).toContain('Calcul du lundi 2 mars 2026 à 09\u00a0h\u00a005');
    expect(text).toContain('Salaire horaire brut : 4,10\u00a0€');
    expect(text).toContain('Semaines programmées sur 12 mois : 52\u00a0semaines');
    expect(text).toContain('Type : semaine régulière');
    expect(text).toContain('799,50\u00a0€');
    for (const step of result.steps) expect(text).toContain(step.label);
    for (const v of result.legalValues) expect(text).toContain(v.label);
    expect(text).toContain('pas un bulletin de salaire');
    expect(text).toContain('Il ne remplace ni le bulletin de salaire');
    // Nothing the standard fonts could not draw.
    expect(text).not.toContain('?');
  });

  it.each(TOPIC_KEYS)('prints the sample of %s, with its warnings', async (topic) => {
    const result = calculate(topic, SAMPLE_INPUTS[topic]);
    const pdf = await summaryPdf(
      { topic, input: SAMPLE_INPUTS[topic], result, calculatedAt: '2026-03-02T08:00:00.000Z' },
      { compress: false },
    );
    const text = pdfStrings(pdf).join('\n');
    expect(text).toContain(result.figures[0]!.label);
    if (result.warnings.length > 0) expect(text).toContain('À vérifier');
  });

  it('names the file in French after the topic and the Paris date', () => {
    expect(summaryFileName('paid-leave', '2026-03-01T23:30:00.000Z')).toBe('calcul-conges-payes-2026-03-02.pdf');
    expect(summaryFileName('end-of-contract', '2026-07-14T10:00:00.000Z')).toBe('calcul-fin-de-contrat-2026-07-14.pdf');
  });

  it('writes decimals the French way without going through floats', () => {
    expect(frDecimal('1234567.05')).toBe('1\u00a0234\u00a0567,05');
    expect(frDecimal('-0.10')).toBe('-0,10');
    expect(frDecimal('173')).toBe('173');
    expect(figureText({ key: 'x', label: 'x', value: '5.125', unit: 'EUR' })).toBe('5,125\u00a0€');
    expect(figureText({ key: 'x', label: 'x', value: '1', unit: 'days' })).toBe('1\u00a0jour');
    expect(figureText({ key: 'x', label: 'x', value: '22', unit: 'days' })).toBe('22\u00a0jours');
  });

  it('lists nested inputs (weeks, absences…) under their group, indented', () => {
    const lines = inputLines('extra-hours', SAMPLE_INPUTS['extra-hours']);
    expect(lines).toContainEqual({ depth: 0, text: 'Semaines :' });
    expect(lines).toContainEqual({ depth: 2, text: 'Heures faites : 48\u00a0h' });
    const absences = inputLines('absences', SAMPLE_INPUTS.absences);
    expect(absences).toContainEqual({ depth: 2, text: 'Motif : congé sans solde de l’assistant maternel' });
  });
});
