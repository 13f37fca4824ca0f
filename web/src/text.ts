/** Small wording helpers for the page (the reports' own are reused from src/report/). */

export { goodExampleText } from '../../src/report/text.js';

