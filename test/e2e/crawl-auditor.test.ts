// (e) Every page linked from anywhere in Accord, over the example council's data, signed in as auditor:
// every link answers 200 and every template and state passes axe (see support/crawl.ts).
import { crawlAs } from './support/crawl-suite.ts';

crawlAs('auditor', 300_000); // 105 s measured beside the other three crawls on 2 cores
