/** Builds the French plain-text and HTML bodies of a message from simple parts. */
export interface MessageParts {
  greeting?: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer?: string;
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

export function composeBodies(parts: MessageParts): { text: string; html: string } {
  const greeting = parts.greeting ?? 'Bonjour,';
  const footer = parts.footer ?? 'Relais Petite Enfance — message envoyé automatiquement, merci de ne pas y répondre.';
  const text = [
    greeting,
    '',
    ...parts.paragraphs.flatMap((p) => [p, '']),
    ...(parts.action ? [`${parts.action.label} : ${parts.action.url}`, ''] : []),
    '--',
    footer,
  ].join('\n');
  const html = [
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"></head>',
    '<body style="font-family: Arial, sans-serif; color: #1a1a1a; line-height: 1.5">',
    `<p>${escapeHtml(greeting)}</p>`,
    ...parts.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    parts.action
      ? `<p><a href="${escapeHtml(parts.action.url)}" style="background:#1c5d3a;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">${escapeHtml(parts.action.label)}</a></p>`
      : '',
    `<hr><p style="font-size: 12px; color: #555">${escapeHtml(footer)}</p>`,
    '</body></html>',
  ].join('\n');
  return { text, html };
}
