// node:test reporter that writes {"passed", "failed"} for the combined summary of `npm test`.
export default async function* summary(source) {
  let passed = 0;
  let failed = 0;
  for await (const event of source) {
    // Count tests, not the suites (describe blocks) that hold them.
    if (event.type === 'test:pass' && event.data.details?.type !== 'suite') passed++;
    if (event.type === 'test:fail' && event.data.details?.type !== 'suite') failed++;
  }
  yield JSON.stringify({ passed, failed });
}
