// (e) Every page a signed-out visitor can reach by following links: every link answers 200 and every
// template and state passes axe (see support/crawl.ts).
import { crawlAs } from './support/crawl-suite.ts';

crawlAs(null, 120_000); // 23 s measured beside the other three crawls on 2 cores
