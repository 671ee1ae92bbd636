// Writes your brand's CSS, checked: node brand.mjs > src/brand.css (once, or in your build).
import { brandTheme, checkContrast, contrastPairs } from '@trailmark/tokens/contrast';

const brand = brandTheme('#6d28d9'); // or brandTheme(light, { dark }) for a dark color of your own
if (!brand.ok) throw new Error(brand.problem);
const failures = checkContrast(contrastPairs, brand.palettes).filter((result) => !result.pass);
if (failures.length > 0) throw new Error(`contrast: ${failures.map((f) => f.use).join(', ')}`);
process.stdout.write(brand.css);
