// A request context for office-addin-mock tests: every mock it hands out is synced by
// context.sync(), which counts round trips (office-addin-mock syncs each object on its own).
import { OfficeMockObject } from "office-addin-mock";

export type MockData = ConstructorParameters<typeof OfficeMockObject>[0];

/** `mock(data)` makes a synced mock object; `sync()` syncs them all and counts in `stats.syncs`. */
export function mockContext() {
  const created: OfficeMockObject[] = [];
  const stats = { syncs: 0 };
  const mock = (data: MockData): OfficeMockObject => {
    const object = new OfficeMockObject(data);
    created.push(object);
    return object;
  };
  const sync = async (): Promise<void> => {
    stats.syncs += 1;
    for (const object of created) await object.sync();
  };
  return { mock, sync, stats };
}
