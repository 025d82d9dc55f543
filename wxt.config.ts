import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { READER_COMMAND, READER_COMMAND_KEY } from './utils/extension/commands';

// The e2e build pre-grants the local fixture server, because permissions.request never
// answers in headless Chromium. The shipped build asks for hosts only when the user picks a site.
// `*://` because that is the pattern Sift asks for when the user adds the site "127.0.0.1".
// `*.sift-e2e.test` (a reserved name no server answers) lets tests/e2e/many-sites choose a
// thousand granted sites; sites elsewhere stay ungranted, so registration = chosen ∩ granted.
const E2E_HOSTS = ['*://127.0.0.1/*', '*://*.sift-e2e.test/*'];

/**
 * WXT auto-imports the top level of components/, hooks/ and utils/. The view helpers and the
 * browser glue sit in folders below utils/, so list them: the view through its index, the glue
 * file by file. (Sift's own code imports explicitly; this keeps `#imports` complete.) The engine
 * is never rewritten: its code names arrow parameters `t`, which the scanner took for the
 * auto-imported `t()` of utils/extension/i18n.ts, so every bundle with the engine's DOM half
 * (the cleaner, the reader) imported i18n and with it the webextension-polyfill, unused.
 * (`exclude` is the auto-import plugin's own option, which WXT hands on but does not type.)
 */
const AUTO_IMPORTS = {
  dirs: ['utils/view/index.ts', 'utils/extension/**'],
  exclude: [/[\\/]node_modules[\\/]/, /[\\/]\.git[\\/]/, /[\\/]utils[\\/]clean[\\/]/],
};

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: AUTO_IMPORTS,
  // The sources zip (for AMO review) is what builds the add-on; scratch files stay out.
  zip: { excludeSources: ['**/*.tmp.*', '.output/**', 'coverage/**'] },
  vite: () => ({
    plugins: [preact()],
    build: {
      rollupOptions: {
        // The engine is pure (no module changes anything when loaded), which the bundler cannot
        // prove of its top-level RegExp and Set tables. Saying so lets a bundle that runs only the
        // DOM half of the pipeline (the cleaner and reader content scripts) drop the text stages
        // with their lexicons and figure tables; bench/bundle.ts and tests/meta check it stays so.
        treeshake: { moduleSideEffects: [{ test: /[\\/]utils[\\/]clean[\\/]/, sideEffects: false }] },
      },
    },
  }),
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'clipboardWrite'],
    host_permissions: mode === 'e2e' ? E2E_HOSTS : [],
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandOpen__',
      },
      // Alt+Shift+E is free in Chrome and Firefox (Chrome keeps Alt+Shift+R for itself; Firefox's own
      // Reader View is Ctrl+Alt+R / F9); users rebind it in the browser's shortcut settings.
      [READER_COMMAND]: {
        suggested_key: { default: READER_COMMAND_KEY },
        description: '__MSG_commandToggleReader__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140 (desktop) and 142 (Android) are the first versions that read
            // data_collection_permissions; web-ext lint warns for anything lower.
            gecko: {
              id: 'sift@sift.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
