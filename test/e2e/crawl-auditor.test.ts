// (e) Every page linked from anywhere in Accord, over the example council's data, signed in as auditor:
// every link answers 200 and every template and state passes axe (see support/crawl.ts).
import { crawlAs } from './support/crawl-suite.ts';

crawlAs('auditor', 1_200_000); // 75–105 s alone on 2 cores (152 s on 6 December 2026, with the risk and performance-issue pages); 300 s seen in CI beside the rest of the suite
