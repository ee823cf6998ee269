#!/usr/bin/env node
// Launcher for the `bersih` CLI: runs the TypeScript source through tsx so the
// CLI and the extension share one cleaning core with no separate build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
