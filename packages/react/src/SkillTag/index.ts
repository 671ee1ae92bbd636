export type { SkillTagProps } from './SkillTag';
export { SkillTag } from './SkillTag';
