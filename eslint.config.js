// Lint for the code (never content/: its line numbers are cited by reviews and maintainers). Besides the
// recommended sets it enforces the rooms of docs/decisions/0005-rooms-by-purpose.md: which room may import
// which (import-x/no-restricted-paths), no import cycles, content read only through src/records, and no
// language tests by hand. Type-aware rules are left out on purpose: they need a TypeScript program per run
// and would take lint past its 60-second budget on a 2-core machine; `astro check` does the type work.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

// ── The rooms: what each may import. Paths are relative to src/; each room may always import itself. ──
// Keep this table, the first two lines of each src/<room>/README.md and decision 0005 saying the same.
const ROOMS = {
  schema: { may: [], says: 'src/schema is the model: it imports only src/schema.' },
  i18n: {
    may: ['schema', 'urls.ts'],
    says: 'src/i18n is words: it imports only src/i18n, types from src/schema, and src/urls.ts.',
  },
  format: {
    may: ['schema', 'i18n', 'urls.ts'],
    says: 'src/format turns records into words: it imports only src/schema, src/i18n and src/urls.ts.',
  },
  records: {
    // check/problem.ts is a leaf (the Problem type and its wording): the loader reports unreadable files in it.
    may: ['schema', 'format', 'i18n', 'urls.ts', 'check/problem.ts'],
    says: 'src/records is the one loader: it imports only src/schema, src/format, src/i18n, src/urls.ts and the problem type src/check/problem.ts.',
  },
  check: {
    may: ['schema', 'records', 'charts/ids.ts', 'i18n', 'urls.ts'],
    says: 'src/check runs the content rules: it imports only src/schema, src/records, src/charts/ids.ts, src/i18n and src/urls.ts.',
  },
  // A room inside the check: it reads the archive only through the file access its runner gives it.
  'check/sources': {
    may: ['check/problem.ts', 'records', 'schema', 'i18n'],
    says: 'src/check/sources is the sources check: it imports only src/check/sources, src/check/problem.ts, src/records, src/schema and src/i18n.',
  },
  charts: {
    may: ['schema', 'records', 'format', 'i18n', 'urls.ts'],
    says: 'src/charts is layout math: it imports only src/schema, src/records, src/format, src/i18n and src/urls.ts.',
  },
  // cite.ts and embed.ts are leaves (no imports): the browser writes citations and embed codes with the
  // page's own address in exactly the build's formats.
  client: {
    may: ['format/cite.ts', 'format/embed.ts', 'urls.ts'],
    says: 'src/client runs in the browser: it imports only src/client, src/urls.ts and the leaf formatters src/format/cite.ts and src/format/embed.ts.',
  },
  build: {
    may: ['schema', 'records', 'check', 'format', 'i18n', 'charts', 'urls.ts'],
    says: 'src/build writes build outputs: it may import every room but components, pages, layouts and client.',
  },
};

const roomZones = Object.entries(ROOMS).map(([room, { may, says }]) => ({
  target: `./src/${room}`,
  from: './src',
  except: [`./${room}`, ...may.map((p) => `./${p}`)],
  message: says,
}));

const zones = [
  ...roomZones,
  {
    target: './src/urls.ts',
    from: './src',
    except: ['./urls.ts'],
    message: 'src/urls.ts is a leaf (the base path in one place): it imports nothing from src.',
  },
  {
    target: './src',
    from: ['./tests', './scripts', './bench', './deploy'],
    message: 'The site never imports tests, command-line tools, benchmarks or deployment code.',
  },
  {
    target: ['./src/components', './src/layouts'],
    from: './src/pages',
    message: 'Pages are routes: components and layouts never import them.',
  },
];

// ── Content is read through src/records only; no language tests by hand. ──
const NO_YAML = {
  name: 'yaml',
  message: 'Read content through src/records (loadContent): only src/records parses YAML.',
};
const FS_MESSAGE = 'read content through src/records (loadContent)';
const NO_FS = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'].map((name) => ({ name, message: FS_MESSAGE }));
const FS_ROOMS = ['check', 'charts', 'format', 'i18n', 'schema', 'components', 'pages', 'layouts', 'client'];

const LANG_TEST = 'Take the word or rule from src/i18n (ui.ts, charts.ts, locales.ts) instead of testing the language.';
const noLangTests = [
  // Any equality test against the literal 'ar' (lang === 'ar', 'ar' !== l, …) and `case 'ar':`.
  {
    selector: "BinaryExpression[operator=/^[!=]==?$/]:matches([left.value='ar'], [right.value='ar'])",
    message: LANG_TEST,
  },
  { selector: "SwitchCase[test.value='ar']", message: LANG_TEST },
];

export default tseslint.config(
  {
    ignores: [
      'content/',
      'dist/',
      'dist-*/',
      'node_modules/',
      '.astro/',
      '.cache/',
      'tests/fixtures/',
      'public/',
      'docs/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
      'import-x/extensions': ['.ts', '.js', '.mjs', '.astro'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.mjs', '.js'], 'astro-eslint-parser': ['.astro'] },
      // Astro's virtual modules have no file to follow.
      'import-x/core-modules': ['astro:content', 'astro:assets'],
      // A .ts file that imports a component (the chart images render Chart.astro) need not parse it for exports.
      'import-x/ignore': ['\\.astro$'],
    },
    rules: {
      // Unused function arguments are part of fixed signatures (hooks, callbacks); a leading _ marks them.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      'no-restricted-imports': ['error', { paths: [NO_YAML] }],
    },
  },
  {
    files: ['src/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'no-restricted-syntax': ['error', ...noLangTests],
    },
  },
  {
    files: FS_ROOMS.map((room) => `src/${room}/**`),
    rules: { 'no-restricted-imports': ['error', { paths: [NO_YAML, ...NO_FS] }] },
  },
  {
    // i18n takes types from the schema (the names of qualifiers, kinds, measures), never its values.
    files: ['src/i18n/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/schema/*'], allowTypeImports: true, message: 'src/i18n takes only types from src/schema.' },
          ],
        },
      ],
    },
  },
  {
    // The one loader: the only place that reads content/ with node:fs and yaml.
    files: ['src/records/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/client/service-worker.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
);
