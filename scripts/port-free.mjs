#!/usr/bin/env node
// Run by `npm start` before the build, so a busy port is reported in a second, not after it.
import { createServer } from 'node:net';
import { listenFailed, port } from './port.mjs';

const probe = createServer();
probe.once('error', listenFailed);
probe.listen(port, () => probe.close());
