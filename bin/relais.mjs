#!/usr/bin/env node
// The `relais` command. The server runs its TypeScript sources through tsx (see docs/decisions/0002).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
