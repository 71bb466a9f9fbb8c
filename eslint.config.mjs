import eslint from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'dev/.next/**',
      'dist/**',
      'data/**',
      'dev/next-env.d.ts',
      'dev/payload-types.ts',
      'dev/app/(payload)/admin/importMap.js',
      'dev/migrations/**',
      'test/host-app/.work/**',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The host app's dependencies (the packed plugin, Next) and its generated import map exist only
    // in the copy test/host installs; its own `tsc --noEmit` there checks its types.
    files: ['test/host-app/**'],
    ...tseslint.configs.disableTypeChecked,
  },
)
