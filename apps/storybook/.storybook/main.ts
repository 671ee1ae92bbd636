import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import react from '@vitejs/plugin-react';

/** The React components' source, so stories, docs and the preview share one copy of each module. */
const reactSource = fileURLToPath(new URL('../../../packages/react/src/index.ts', import.meta.url));

const config: StorybookConfig = {
  stories: [
    // The components' stories sit beside them in @trailmark/react; listed under "Components".
    {
      directory: '../../../packages/react/src',
      files: '**/*.stories.@(ts|tsx)',
      titlePrefix: 'Components',
    },
    '../src/**/*.mdx',
  ],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: {
    // The type checker follows `withCurriculum(...)` wrappers, so the top-level components get
    // their JSDoc and props in the docs (react-docgen finds neither). Own props only: the HTML
    // attributes every root accepts would bury them.
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      tsconfigPath: fileURLToPath(
        new URL('../../../packages/react/tsconfig.json', import.meta.url),
      ),
      include: ['../../packages/react/src/**/*.tsx'],
      exclude: ['**/*.stories.tsx', '**/*.test.tsx'],
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      propFilter: (prop) => !prop.parent || !/node_modules/.test(prop.parent.fileName),
    },
  },
  viteFinal(viteConfig) {
    const plugins = viteConfig.plugins ?? [];
    return {
      ...viteConfig,
      plugins: [...plugins, react()],
      resolve: {
        ...viteConfig.resolve,
        // Stories import components from their folders; MDX pages and the preview import the
        // package name. Both must reach the same module (one React context), and `styles.css`
        // still comes from the built package.
        alias: [
          ...toAliasArray(viteConfig.resolve?.alias),
          { find: /^@trailmark\/react$/, replacement: reactSource },
        ],
      },
    };
  },
};

type Alias = { find: string | RegExp; replacement: string };

/** Vite accepts aliases as an object or an array; this config adds one, so normalize to an array. */
function toAliasArray(alias: unknown): Alias[] {
  if (Array.isArray(alias)) return alias as Alias[];
  if (alias && typeof alias === 'object') {
    return Object.entries(alias as Record<string, string>).map(([find, replacement]) => ({
      find,
      replacement,
    }));
  }
  return [];
}

export default config;
