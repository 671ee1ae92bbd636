// React Flow (@xyflow/react) with dagre (@dagrejs/dagre) laying out the same roadmap: what a
// developer would otherwise build a roadmap map with, following React Flow's own dagre example.
// Every topic is a custom node (title and a status checkbox, handles above and below), every
// prerequisite an edge; dagre lays the graph out top to bottom with fixed node sizes (it needs them
// before layout) and no clusters (dagre's compound graphs take seconds at 1,000 nodes). The layout
// runs while the roadmap renders, as the map's does. Status lives in React Flow's nodes
// (`useNodesState`), changed the way its docs show: a new `data` object for the one node.
import '@xyflow/react/dist/style.css';
import dagre from '@dagrejs/dagre';
import {
  type Edge,
  Handle,
  type Node,
  type NodeProps,
  Position,
  ReactFlow,
  useNodesState,
} from '@xyflow/react';
import { memo, useLayoutEffect, useMemo } from 'react';
import { installBench, roadmap } from '../harness';

const NODE_WIDTH = 220;
const NODE_HEIGHT = 64;

type TopicData = { title: string; done: boolean };
type TopicNode = Node<TopicData, 'topic'>;

const topics = roadmap.levels.flatMap((level) => level.modules.flatMap((module) => module.topics));
const edgeCount = topics.reduce((sum, topic) => sum + topic.prerequisites.length, 0);

/** Nodes and edges placed by dagre (centre points, moved to React Flow's top-left corners). */
function layoutGraph(): { nodes: TopicNode[]; edges: Edge[] } {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 48 });
  graph.setDefaultEdgeLabel(() => ({}));
  const edges: Edge[] = [];
  for (const topic of topics) {
    graph.setNode(topic.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
    for (const from of topic.prerequisites) {
      graph.setEdge(from, topic.id);
      edges.push({ id: `${from}->${topic.id}`, source: from, target: topic.id });
    }
  }
  dagre.layout(graph);
  const nodes = topics.map((topic): TopicNode => {
    const { x, y } = graph.node(topic.id);
    return {
      id: topic.id,
      type: 'topic',
      position: { x: x - NODE_WIDTH / 2, y: y - NODE_HEIGHT / 2 },
      data: { title: topic.title.en, done: false },
    };
  });
  return { nodes, edges };
}

let setTopicDone: ((topicId: string, done: boolean) => void) | undefined;

const TopicNodeView = memo(function TopicNodeView({ id, data }: NodeProps<TopicNode>) {
  return (
    <div className="bench-topic" data-status={data.done ? 'done' : 'not-started'}>
      <Handle type="target" position={Position.Top} />
      <label>
        <input
          type="checkbox"
          className="nodrag"
          checked={data.done}
          onChange={(event) => setTopicDone?.(id, event.target.checked)}
        />
        {data.title}
      </label>
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
});

const nodeTypes = { topic: TopicNodeView };

function RoadmapFlow() {
  const graph = useMemo(layoutGraph, []);
  const [nodes, setNodes, onNodesChange] = useNodesState(graph.nodes);
  useLayoutEffect(() => {
    setTopicDone = (topicId, done) =>
      setNodes((current) =>
        current.map((node) =>
          node.id === topicId ? { ...node, data: { ...node.data, done } } : node,
        ),
      );
  });
  return (
    <div style={{ width: '100%', height: '800px' }}>
      <ReactFlow
        nodes={nodes}
        edges={graph.edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        fitView
        minZoom={0.05}
      />
    </div>
  );
}

installBench({
  element: () => <RoadmapFlow />,
  setDone: (topicId, done) => {
    if (!setTopicDone) throw new Error('setDone: the roadmap is not mounted yet');
    setTopicDone(topicId, done);
  },
  shows: (container, topicId, done) =>
    container
      .querySelector(`.react-flow__node[data-id="${topicId}"] .bench-topic`)
      ?.getAttribute('data-status') === (done ? 'done' : 'not-started'),
  // Drawn: React Flow shows a node once it has measured it, and an edge once both ends are.
  topicCount: (container) =>
    container.querySelectorAll('.react-flow__edge').length < edgeCount
      ? 0
      : [...container.querySelectorAll<HTMLElement>('.react-flow__node')].filter(
          (node) => node.style.visibility !== 'hidden',
        ).length,
});
