/**
 * Read-aloud content script (built to `content/speech.js`), injected by the background when
 * Listen is first pressed in the reader (see reader/speech/listen-stub.ts). It hands the reader,
 * which runs in the same isolated world, the function that mounts read aloud. Kept out of
 * `content/extract.js`, which every popup opening injects, because few of those openings listen.
 */
import { provideSpeech } from './reader/speech/loader.ts';
import { mountSpeech } from './reader/speech/mount.ts';

provideSpeech(mountSpeech);
