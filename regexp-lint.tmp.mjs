import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';
export default tseslint.config(...tseslint.configs.recommended,
  { files: ['src/**/*.ts'], plugins: { regexp }, rules: { 'regexp/no-super-linear-backtracking': 'error', 'regexp/no-super-linear-move': 'error' } });
