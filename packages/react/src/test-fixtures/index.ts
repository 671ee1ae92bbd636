export { fixtureCurriculum, fixtureTopicIds } from './curriculum';
export { type GenerateOptions, generateCurriculum } from './generate';
