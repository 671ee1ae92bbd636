export type { ErrorPanelIssue, ErrorPanelProps } from './ErrorPanel';
export { ErrorPanel } from './ErrorPanel';
