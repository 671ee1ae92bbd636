const words = [
  "retrieval",
  "evaluation",
  "tokenization",
  "fine-tuning",
  "inference",
  "attention",
  "embeddings",
  "agents",
  "guardrails",
  "quantization",
  "distillation",
  "serving"
];
function generateCurriculum(options = {}) {
  const levelCount = options.levels ?? 5;
  const total = options.topics ?? 1e3;
  const perModule = options.topicsPerModule ?? 10;
  let made = 0;
  const levels = Array.from({ length: levelCount }, (_, l) => {
    const inLevel = Math.floor(total / levelCount) + (l < total % levelCount ? 1 : 0);
    const modules = [];
    for (let m = 0; m * perModule < inLevel; m++) {
      const count = Math.min(perModule, inLevel - m * perModule);
      const topics = Array.from({ length: count }, (_2, t) => {
        const n = made++;
        const word = words[n % words.length];
        return {
          id: `topic-${n}`,
          title: {
            en: `Practical ${word} for production systems, part ${n + 1}`,
            "zh-CN": `\u9762\u5411\u751F\u4EA7\u7CFB\u7EDF\u7684 ${word} \u5B9E\u8DF5\uFF08\u7B2C ${n + 1} \u90E8\u5206\uFF09`
          },
          summary: {
            en: `What ${word} is, when it matters and how to apply it in a real project.`,
            "zh-CN": `${word} \u662F\u4EC0\u4E48\u3001\u4F55\u65F6\u91CD\u8981\u3001\u5982\u4F55\u5728\u771F\u5B9E\u9879\u76EE\u4E2D\u5E94\u7528\u3002`
          },
          kind: ["concept", "practice", "project"][n % 3],
          estimatedHours: 1 + n % 7,
          prerequisites: t > 0 ? [`topic-${n - 1}`] : [],
          optional: n % 11 === 10
        };
      });
      modules.push({
        id: `module-${l + 1}-${m + 1}`,
        title: { en: `Module ${l + 1}.${m + 1}`, "zh-CN": `\u6A21\u5757 ${l + 1}.${m + 1}` },
        summary: { en: "Generated module.", "zh-CN": "\u751F\u6210\u7684\u6A21\u5757\u3002" },
        topics
      });
    }
    return {
      id: `level-${l + 1}`,
      code: `L${l + 1}`,
      title: { en: `Level ${l + 1}`, "zh-CN": `\u7B2C ${l + 1} \u9636\u6BB5` },
      summary: { en: "Generated level.", "zh-CN": "\u751F\u6210\u7684\u9636\u6BB5\u3002" },
      modules
    };
  });
  return {
    schemaVersion: 1,
    id: "generated-roadmap",
    version: "1.0.0",
    title: { en: "Generated roadmap", "zh-CN": "\u751F\u6210\u7684\u8DEF\u7EBF\u56FE" },
    summary: { en: `${total} generated topics.`, "zh-CN": `${total} \u4E2A\u751F\u6210\u7684\u4E3B\u9898\u3002` },
    defaultLocale: "en",
    locales: ["en", "zh-CN"],
    levels
  };
}
export {
  generateCurriculum
};
