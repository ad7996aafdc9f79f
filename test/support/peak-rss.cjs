// Preloaded by runBuilt({ measureRss: true }): the peak resident set of the whole run, on stderr as the process exits.
process.on('exit', () => require('node:fs').writeSync(2, `peak-rss-kib ${process.resourceUsage().maxRSS}\n`));
