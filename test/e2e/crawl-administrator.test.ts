// (e) Every page linked from anywhere in Accord, over the example council's data, signed in as administrator:
// every link answers 200 and every template and state passes axe (see support/crawl.ts).
import { crawlAs } from './support/crawl-suite.ts';

// The widest crawl: 143 s alone on 2 cores once; 496 s with the funding proposals and the risk matrix beside
// other work (7 December 2026); it passed 1,200 s only when other suites shared the machine with CI's own.
crawlAs('administrator', 1_800_000);
