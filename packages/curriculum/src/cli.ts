#!/usr/bin/env node
console.error('trailmark: CLI not built yet');
process.exit(2);
