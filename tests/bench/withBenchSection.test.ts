import { describe, expect, it } from 'vitest';
import { withBenchSection } from '../../scripts/bench/report';

const START = '<!-- bench:start (written by npm run bench) -->';
const END = '<!-- bench:end -->';

describe('the README benchmark section', () => {
  it.each([
    {
      name: 'an empty section is filled',
      readme: `# T\n${START}\n${END}\n## Next\n`,
      expected: `# T\n${START}\n## Bench\n| a |\n${END}\n## Next\n`,
    },
    {
      name: 'an earlier table is replaced, the rest kept',
      readme: `# T\n${START}\nold table\n${END}\n## Next\n`,
      expected: `# T\n${START}\n## Bench\n| a |\n${END}\n## Next\n`,
    },
    { name: 'no markers: the README is left alone', readme: '# T\n', expected: null },
    { name: 'markers out of order: left alone', readme: `${END}\n${START}\n`, expected: null },
  ])('$name', ({ readme, expected }) => {
    expect(withBenchSection(readme, '\n## Bench\n| a |\n\n')).toBe(expected);
  });
});
