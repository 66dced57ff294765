// (e) Every page a signed-out visitor can reach by following links: every link answers 200 and every
// template and state passes axe (see support/crawl.ts).
import { crawlAs } from './support/crawl-suite.ts';

crawlAs(null, 240_000);
