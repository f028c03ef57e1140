/**
 * JUnit XML, the test-report format CI systems render: suites of test cases, each passing,
 * failing (a `<failure>`) or in error (an `<error>`: the input could not be checked).
 */

export interface JunitCase {
  classname: string;
  name: string;
  file?: string;
  failure?: { message: string; type: string; body: string };
  error?: { message: string; body: string };
}

/** XML text: escaped, without the control characters XML 1.0 forbids, lone surrogates replaced. */
export function xml(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function testcase(c: JunitCase): string {
  const attrs = `classname="${xml(c.classname)}" name="${xml(c.name)}"${c.file ? ` file="${xml(c.file)}"` : ''}`;
  if (c.error) return `    <testcase ${attrs}>\n      <error message="${xml(c.error.message)}" type="input">${xml(c.error.body)}</error>\n    </testcase>`;
  if (c.failure) return `    <testcase ${attrs}>\n      <failure message="${xml(c.failure.message)}" type="${xml(c.failure.type)}">${xml(c.failure.body)}</failure>\n    </testcase>`;
  return `    <testcase ${attrs}/>`;
}

function suite(name: string, cases: JunitCase[]): string {
  const failures = cases.filter((c) => c.failure).length;
  const errors = cases.filter((c) => c.error).length;
  const head = `  <testsuite name="${xml(name)}" tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="0">`;
  return [head, ...cases.map(testcase), '  </testsuite>'].join('\n');
}

/** The whole document: `<testsuites>` with totals, one `<testsuite>` per entry. */
export function junitDocument(name: string, suites: ReadonlyArray<{ name: string; cases: JunitCase[] }>): string {
  const all = suites.flatMap((x) => x.cases);
  const failures = all.filter((c) => c.failure).length;
  const errors = all.filter((c) => c.error).length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xml(name)}" tests="${all.length}" failures="${failures}" errors="${errors}">`,
    ...suites.map((x) => suite(x.name, x.cases)),
    '</testsuites>',
    '',
  ].join('\n');
}
