import { layoutRoadmap } from '@trailmark/curriculum/layout';
import { llmEngineer } from '@trailmark/curriculum/roadmaps/llm-engineer';
const l = layoutRoadmap(llmEngineer, { locale: 'en' });
const n = l.nodes.find(n => n.id === 'modern-llm-architecture');
console.log(JSON.stringify(n.title), JSON.stringify(n.lines));
let bad = 0;
for (const node of l.nodes) { if (node.lines.join('').replace(/\s/g,'') !== node.title.replace(/\s/g,'')) { bad++; console.log(JSON.stringify(node.title), JSON.stringify(node.lines)); } }
console.log('bad', bad, l.nodes.length);
