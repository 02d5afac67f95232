/**
 * The public door's only script, loaded by the pages the server renders (home, relais page,
 * directory): their styles, and what needs a browser — the directory's map and contact forms.
 */
import '../styles/mantine-door.css';
import '../styles.css';
import './door.css';
import { enhanceContactForms } from './contact-forms.js';
import { drawMapsNearScreen } from './map-near-screen.js';

enhanceContactForms(document);
drawMapsNearScreen(document);
