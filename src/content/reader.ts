/**
 * Reader view content script (built to `content/reader.js`), run by the background the first
 * time the reader opens in a page (see reader/reader-loader.ts). It hands the extraction script,
 * which runs in the same isolated world, the function that shows the overlay. Kept out of
 * `content/extract.js`, which every popup opening injects, because few of those openings read.
 */
import { settingsOrDefaults } from './page-options.ts';
import { provideReader } from './reader/reader-loader.ts';
import { currentReader, showReader } from './reader/show-reader.ts';

// The settings are read here, not in the extraction script: only the reader needs their look.
provideReader({ show: async (doc, article, listen) => showReader(doc, article, await settingsOrDefaults(), listen), current: currentReader });
