import base from './playwright.config.ts';
export default {
  ...base,
  testDir: '/work/main/e2e/tests',
  webServer: undefined,
  reporter: [['list']],
  use: { ...base.use, baseURL: 'http://localhost:3147' },
};
