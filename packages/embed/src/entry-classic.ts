/**
 * Entry of `trailmark-embed.iife.js`, the classic-script build: `<script src=".../trailmark-embed.iife.js">`.
 * A classic script has no `import.meta`; `document.currentScript` names it, but only while the
 * script first runs, so it is read here, at load.
 */
import { defineTrailmarkRoadmap } from './define';

const script = document.currentScript;
defineTrailmarkRoadmap(
  script instanceof HTMLScriptElement && script.src ? script.src : document.baseURI,
);
