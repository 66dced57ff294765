// (e) Every page linked from anywhere in Accord, over the example council's data, signed in as officer:
// every link answers 200 and every template and state passes axe (see support/crawl.ts).
import { crawlAs } from './support/crawl-suite.ts';

crawlAs('officer', 300_000); // 114 s measured beside the other three crawls on 2 cores
