import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

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
      // Relative to the Vite root, apps/storybook.
      include: ['../../packages/react/src/**/*.tsx'],
      exclude: ['**/*.stories.tsx', '**/*.test.tsx'],
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      propFilter: (prop) => !prop.parent || !/node_modules/.test(prop.parent.fileName),
    },
  },
  viteFinal(viteConfig) {
    return {
      ...viteConfig,
      plugins: [...(viteConfig.plugins ?? []), reactSource(), react()],
    };
  },
};

/**
 * Resolves `@trailmark/react` to its source. Stories import components from their folders; MDX
 * pages and the preview import the package name. Both must reach the same modules (one React
 * context). `@trailmark/react/styles.css` still comes from the built package.
 */
function reactSource(): Plugin {
  const entry = fileURLToPath(new URL('../../../packages/react/src/index.ts', import.meta.url));
  return {
    name: 'trailmark:react-source',
    enforce: 'pre',
    resolveId: (id) => (id === '@trailmark/react' ? entry : null),
  };
}

export default config;
