#!/usr/bin/env node
// pyjson: Python 3.14's `python -m json` for Node (see docs/cli.md).
import { runNode } from '../dist/tool-node.js';

process.exitCode = await runNode(process.argv.slice(2));
