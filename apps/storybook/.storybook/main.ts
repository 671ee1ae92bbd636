import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import react from '@vitejs/plugin-react';

/** The React components' source, so stories, docs and the preview share one copy of each module. */
const reactSource = fileURLToPath(new URL('../../../packages/react/src/index.ts', import.meta.url));

const config: StorybookConfig = {
  stories: ['../../../packages/react/src/**/*.stories.@(ts|tsx)', '../src/**/*.mdx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: 'react-docgen' },
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
