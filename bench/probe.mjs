// Preloaded into a measured node process (`node --import`): at exit it writes the process's own
// peak RSS and CPU time (worker threads included) to the file named by TEIKIT_BENCH_PROBE.
import { writeFileSync } from 'node:fs';

const target = process.env.TEIKIT_BENCH_PROBE;
if (target) {
  process.on('exit', () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ rssKb: maxRSS, cpuMs: (userCPUTime + systemCPUTime) / 1000 }));
  });
}
