import { join } from "node:path";

/** test/fixtures: the workbooks every command runs on. */
export const fixturesDir = join(__dirname, "..", "fixtures");
