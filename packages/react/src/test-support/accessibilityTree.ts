// Chromium's own accessibility tree, what a screen reader is given (for *.assistive.test.tsx,
// which run with renderer accessibility on).
import { cdp } from 'vitest/browser';

export interface AXValue {
  value?: unknown;
}
export interface AXNode {
  ignored: boolean;
  role?: AXValue;
  name?: AXValue;
  description?: AXValue;
  properties?: { name: string; value: AXValue }[];
}

/** The unignored nodes of Chromium's accessibility tree of this test's frame. */
export async function accessibilityTree(): Promise<AXNode[]> {
  const session = cdp();
  const { frameTree } = await session.send('Page.getFrameTree');
  const frame =
    (frameTree.childFrames ?? []).find((child) => child.frame.url === location.href) ?? frameTree;
  const { nodes } = await session.send('Accessibility.getFullAXTree', { frameId: frame.frame.id });
  return (nodes as AXNode[]).filter((node) => !node.ignored);
}
