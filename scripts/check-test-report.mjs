// Reads vitest's JSON report: fails if any test was skipped or left to do while CI=true, if no
// test ran at all, or if some tests have no result (a test file whose worker died: vitest counts
// them but reports success); prints the closing line "N passed, N failed, N skipped".
import fs from 'node:fs';

const file = process.argv[2] ?? 'test-results/vitest.json';
const report = JSON.parse(fs.readFileSync(file, 'utf8'));
const passed = report.numPassedTests;
const failed = report.numFailedTests;
const skipped = report.numPendingTests + report.numTodoTests;
const missing = report.numTotalTests - passed - failed - skipped;

const byProject = new Map();
for (const suite of report.testResults) {
  for (const test of suite.assertionResults) {
    const project = suite.name.includes('/tests/e2e/') ? 'e2e' : undefined;
    const key = project ?? (suite.name.endsWith('.int.test.ts') ? 'integration' : 'unit');
    byProject.set(key, (byProject.get(key) ?? 0) + (test.status === 'passed' ? 1 : 0));
  }
}
console.log(`Tests réussis par famille : ${[...byProject].map(([k, v]) => `${k} ${v}`).join(', ')}`);

let problem = '';
if (passed + failed === 0) problem = 'aucun test n’a été exécuté';
else if (process.env.CI === 'true' && skipped > 0) problem = `${skipped} test(s) ignoré(s) alors que CI=true`;
else if (missing > 0) problem = `${missing} test(s) sans résultat (un fichier de tests s’est arrêté en route)`;
console.log(
  `Tests: ${passed} passed, ${failed} failed, ${skipped} skipped${missing > 0 ? `, ${missing} without a result` : ''}`,
);
if (problem) {
  console.error(`Erreur : ${problem}.`);
  process.exit(1);
}
if (failed > 0 || !report.success) process.exit(1);
