// (e) Every page linked from anywhere in Accord, over the example council's data, signed in as officer:
// every link answers 200 and every template and state passes axe (see support/crawl.ts).
import { crawlAs } from './support/crawl-suite.ts';

crawlAs('officer', 1_200_000); // 103–114 s alone on 2 cores; 300 s seen in CI beside the rest of the suite, past 540 s on a loaded machine (6 December 2026)
