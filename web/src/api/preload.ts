/**
 * Public API answers that the server inlined in the page for its first screen (src/app/web-app.ts),
 * keyed by API path. Each is used once, as the initial data of its query, instead of asking the
 * server again right after the page loaded.
 */
const ELEMENT_ID = 'relais-preload';

let answers: Record<string, unknown> | undefined;

function readAnswers(): Record<string, unknown> {
  const text = typeof document === 'undefined' ? null : document.getElementById(ELEMENT_ID)?.textContent;
  if (!text) return {};
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export function takePreloaded<T>(apiPath: string): T | undefined {
  answers ??= readAnswers();
  const value = answers[apiPath];
  delete answers[apiPath];
  return (value ?? undefined) as T | undefined;
}
