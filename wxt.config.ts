import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { contentScriptMatches } from './lib/sites';

/**
 * Public half of a throwaway RSA key: it pins the Chrome extension id to
 * hhlmplfilimmicbgmlljjpofemgiijdk whatever folder the build is loaded from, so e2e tests,
 * the demo and bookmarks of chrome-extension:// pages stay stable.
 */
const CHROME_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAs4n2o4R15R7y2LomOO9SE+poNYNnj6j1bmtzYDop5hEtViTiRyyKGvavtiR/YW+Q4eaR79l7UCY+S3Z9kldzL7OSmpUiYga2qnGCwSg6bNtjRyPAAZGyMDwzWInFIT8yOn4nlcjrGuUYq6IVHsPUjt2fJR70wR9iqBoMZ3Vg5jvCv1Ocg95Fs62XqaM+rn0ViQgeXSAs4CX0/1aBZMw/Ihz8qsPJnAH/rNI2eC0gfzpsKp3ypO9ZOaSSuAWQ2CD/hJz75G3b7h1HC9vUJquY/L1HBQQ0GbgD2Blt9tHJtwIdXuu8fUfDeN/NNUOJalIMij8DaWTbwS4ygbxsaOXUDwIDAQAB';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  vite: () => ({
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    short_name: 'Vigie',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    ...(browser === 'chrome' ? { key: CHROME_KEY } : {}),
    permissions: [
      'storage',
      'unlimitedStorage',
      'contextMenus',
      'activeTab',
      'scripting',
      'notifications',
      'alarms',
      'clipboardWrite',
      ...(browser === 'chrome' ? ['sidePanel'] : []),
    ],
    // The sites the content script runs on: no wider than what it already declares, and it
    // lets the worker read those tabs' URLs (badge, side panel, screenshots).
    host_permissions: contentScriptMatches(),
    // The generic adapter asks for a site only when the CM turns Vigie on there.
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['*://*/*'] }
      : { optional_permissions: ['*://*/*'] }),
    action: { default_title: '__MSG_extName__' },
    commands: {
      'log-bad-buzz': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_command_log_bad_buzz__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'vigie@vigie.app',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
