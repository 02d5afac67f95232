import type { MouseEvent, ReactNode } from 'react';

export const MAIN_ID = 'contenu';

/** Moves the keyboard focus to the main region (skip link, after each navigation). */
export function focusMain(): void {
  const main = document.getElementById(MAIN_ID);
  if (!main) return;
  main.focus({ preventScroll: true });
  main.scrollIntoView({ block: 'start' });
}

/** First focusable element of every page: jumps over the header and navigation. */
export function SkipLink() {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    focusMain();
  };
  return (
    <a className="skip-link" href={`#${MAIN_ID}`} onClick={onClick}>
      Aller au contenu
    </a>
  );
}

/** A horizontally scrollable region for wide tables, reachable with the keyboard. */
export function TableScroll(props: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={props.label} tabIndex={0}>
      {props.children}
    </div>
  );
}
