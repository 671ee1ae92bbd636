export type { ResourceLinkProps } from './ResourceLink';
export { ResourceLink } from './ResourceLink';
