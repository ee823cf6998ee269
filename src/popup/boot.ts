/**
 * The popup's first script (built to `popup/boot.js`, a classic script at the top of popup.html's
 * head): it starts the extraction while the browser still parses the page and loads the popup's
 * module bundle, stylesheet and locale strings (issue 17). `./popup.ts` takes it up.
 */
import { startExtraction } from './start-extraction.ts';

window.__bersihPopupStart = startExtraction();
