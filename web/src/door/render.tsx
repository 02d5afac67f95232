import { renderToStaticMarkup } from 'react-dom/server';
import type { PublicRelais, PublicRelaisSummary } from '../api/types.js';
import { DirectoryView, type CommuneFreePlaces, type DirectoryOutcome } from './DirectoryView.js';
import type { DirectoryCriteria } from './directory-criteria.js';
import { DoorDocument, type DoorAssets } from './DoorDocument.js';
import { DoorErrorView, HomeView } from './HomeView.js';
import { RelaisView } from './RelaisView.js';

/** A page of the public door, with the data it shows (public API answers). */
export type DoorPage =
  | { kind: 'home'; relais: PublicRelaisSummary[] }
  | { kind: 'relais'; relais: PublicRelais }
  | {
      kind: 'directory';
      relais: PublicRelais;
      criteria: DirectoryCriteria;
      outcome: DirectoryOutcome;
      freePlaces: CommuneFreePlaces[];
    }
  | { kind: 'error'; title: string; message: string };

function title(page: DoorPage): string {
  switch (page.kind) {
    case 'home':
      return 'Accueil';
    case 'relais':
      return page.relais.name;
    case 'directory':
      return `Annuaire — ${page.relais.name}`;
    case 'error':
      return page.title;
  }
}

function content(page: DoorPage) {
  switch (page.kind) {
    case 'home':
      return <HomeView relais={page.relais} />;
    case 'relais':
      return <RelaisView relais={page.relais} />;
    case 'directory':
      return (
        <DirectoryView
          relais={page.relais}
          criteria={page.criteria}
          outcome={page.outcome}
          freePlaces={page.freePlaces}
        />
      );
    case 'error':
      return <DoorErrorView title={page.title} message={page.message} />;
  }
}

/** The whole HTML document of a page of the public door. */
export function renderDoorPage(page: DoorPage, assets: DoorAssets): string {
  return `<!doctype html>${renderToStaticMarkup(
    <DoorDocument title={title(page)} assets={assets}>
      {content(page)}
    </DoorDocument>,
  )}`;
}
