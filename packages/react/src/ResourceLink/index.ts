export type { ResourceLinkProps } from './ResourceLink';
export { isHttpUrl, ResourceLink } from './ResourceLink';
