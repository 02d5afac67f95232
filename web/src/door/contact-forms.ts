import { CONTACT_ATTRIBUTE, CONTACT_STATUS_ATTRIBUTE } from './attributes.js';

const NETWORK_MESSAGE = 'Le serveur ne répond pas. Vérifiez votre connexion et réessayez.';
const UNEXPECTED_MESSAGE = 'Une erreur inattendue est survenue. Merci de réessayer plus tard.';

interface Answer {
  message?: string;
  error?: { message?: string; fields?: { field: string; message: string }[] };
}

/** The answer's lines: the API's French message, then one line per field it names. */
function answerLines(ok: boolean, answer: Answer | null): string[] {
  if (ok) return [answer?.message ?? 'Votre message a été transmis.'];
  const fields = answer?.error?.fields ?? [];
  return [answer?.error?.message ?? UNEXPECTED_MESSAGE, ...fields.map((f) => f.message)];
}

function showAnswer(form: HTMLFormElement, ok: boolean, lines: string[]): void {
  const status = form.querySelector<HTMLElement>(`[${CONTACT_STATUS_ATTRIBUTE}]`);
  if (!status) return;
  status.replaceChildren(
    ...lines.map((line) => {
      const p = document.createElement('p');
      p.textContent = line;
      return p;
    }),
  );
  status.className = ok ? 'door-status door-status-ok' : 'door-status door-status-error';
}

/**
 * The directory's "Lui écrire" forms: sent to the public API as JSON, the answer (or the reason
 * for a refusal, in French) shown in the form's status line. A sent form is emptied and disabled.
 */
export function enhanceContactForms(root: Document): void {
  for (const form of root.querySelectorAll<HTMLFormElement>(`form[${CONTACT_ATTRIBUTE}]`)) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void send(form);
    });
  }
}

async function send(form: HTMLFormElement): Promise<void> {
  const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (submit) submit.disabled = true;
  const data = new FormData(form);
  const body = Object.fromEntries(['name', 'email', 'phone', 'text'].map((f) => [f, String(data.get(f) ?? '')]));
  try {
    const response = await fetch(form.getAttribute(CONTACT_ATTRIBUTE) ?? '', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(body),
    });
    const answer = (await response.json().catch(() => null)) as Answer | null;
    showAnswer(form, response.ok, answerLines(response.ok, answer));
    if (response.ok) {
      for (const field of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
        field.disabled = true;
      }
      return;
    }
  } catch {
    showAnswer(form, false, [NETWORK_MESSAGE]);
  }
  if (submit) submit.disabled = false;
}
