import * as esbuild from 'esbuild';
import { gzipSync } from 'node:zlib';
const r = await esbuild.build({ entryPoints: ['src/index.ts'], bundle: true, minify: true, format: 'esm', write: false, jsx: 'automatic', define: {'process.env.NODE_ENV':'"production"'}, external: ['react','react-dom','react/jsx-runtime','@trailmark/curriculum', '*.css'] });
console.log(gzipSync(r.outputFiles[0].contents, {level: 9}).length);
