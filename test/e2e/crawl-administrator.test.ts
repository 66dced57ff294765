// (e) Every page linked from anywhere in Accord, over the example council's data, signed in as administrator:
// every link answers 200 and every template and state passes axe (see support/crawl.ts).
import { crawlAs } from './support/crawl-suite.ts';

crawlAs('administrator', 1_200_000); // 143 s alone on 2 cores; up to 420 s in CI beside the rest of the suite
