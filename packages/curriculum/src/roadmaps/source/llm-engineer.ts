/**
 * The source of the built-in LLM engineer roadmap: L1–L4 plus an optional "ceiling" level, in
 * Simplified Chinese and English. The four level titles come from the roadmap in the Chinese
 * article this curriculum is based on; every other text, the topics and the hours are ours.
 *
 * Resources are collected in `library` first so that a page cited by several topics is written
 * once; only canonical pages (arXiv abstracts, official docs, project repositories) belong there.
 */
import { defineCurriculum } from '../../parse.js';
import type { CurriculumInput, Resource } from '../../schema.js';

const library = {
  // Papers
  attention: {
    title: {
      'zh-CN': 'Attention Is All You Need（Transformer 原论文）',
      en: 'Attention Is All You Need (the Transformer paper)',
    },
    url: 'https://arxiv.org/abs/1706.03762',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  gpt3: {
    title: {
      'zh-CN': 'Language Models are Few-Shot Learners（GPT-3 论文）',
      en: 'Language Models are Few-Shot Learners (the GPT-3 paper)',
    },
    url: 'https://arxiv.org/abs/2005.14165',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  gpt4: {
    title: { 'zh-CN': 'GPT-4 技术报告', en: 'GPT-4 Technical Report' },
    url: 'https://arxiv.org/abs/2303.08774',
    kind: 'report',
    language: 'en',
    free: true,
  },
  bert: {
    title: {
      'zh-CN': 'BERT：用于语言理解的深度双向 Transformer 预训练',
      en: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
    },
    url: 'https://arxiv.org/abs/1810.04805',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  xlnet: {
    title: {
      'zh-CN': 'XLNet：面向语言理解的广义自回归预训练',
      en: 'XLNet: Generalized Autoregressive Pretraining for Language Understanding',
    },
    url: 'https://arxiv.org/abs/1906.08237',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  llmSurvey: {
    title: {
      'zh-CN': 'A Survey of Large Language Models（大语言模型综述）',
      en: 'A Survey of Large Language Models',
    },
    url: 'https://arxiv.org/abs/2303.18223',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  sparksOfAgi: {
    title: {
      'zh-CN': 'Sparks of Artificial General Intelligence（GPT-4 早期实验与 AGI 讨论）',
      en: 'Sparks of Artificial General Intelligence: Early experiments with GPT-4',
    },
    url: 'https://arxiv.org/abs/2303.12712',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  foundationModels: {
    title: {
      'zh-CN': 'On the Opportunities and Risks of Foundation Models（基础模型的机遇与风险）',
      en: 'On the Opportunities and Risks of Foundation Models',
    },
    url: 'https://arxiv.org/abs/2108.07258',
    kind: 'report',
    language: 'en',
    free: true,
  },
  ethicalRisks: {
    title: {
      'zh-CN': 'Ethical and social risks of harm from Language Models（语言模型的伦理与社会风险）',
      en: 'Ethical and social risks of harm from Language Models',
    },
    url: 'https://arxiv.org/abs/2112.04359',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  bpe: {
    title: {
      'zh-CN': 'Neural Machine Translation of Rare Words with Subword Units（BPE 子词分词）',
      en: 'Neural Machine Translation of Rare Words with Subword Units (BPE)',
    },
    url: 'https://arxiv.org/abs/1508.07909',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  chainOfThought: {
    title: {
      'zh-CN': 'Chain-of-Thought Prompting（思维链提示论文）',
      en: 'Chain-of-Thought Prompting Elicits Reasoning in Large Language Models',
    },
    url: 'https://arxiv.org/abs/2201.11903',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  sentenceBert: {
    title: {
      'zh-CN': 'Sentence-BERT：用孪生网络生成句向量',
      en: 'Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks',
    },
    url: 'https://arxiv.org/abs/1908.10084',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  mteb: {
    title: {
      'zh-CN': 'MTEB：大规模文本嵌入评测基准',
      en: 'MTEB: Massive Text Embedding Benchmark',
    },
    url: 'https://arxiv.org/abs/2210.07316',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  rag: {
    title: {
      'zh-CN': 'Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks（RAG 原论文）',
      en: 'Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks (the RAG paper)',
    },
    url: 'https://arxiv.org/abs/2005.11401',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  ragSurvey: {
    title: {
      'zh-CN': 'Retrieval-Augmented Generation for Large Language Models: A Survey（RAG 综述）',
      en: 'Retrieval-Augmented Generation for Large Language Models: A Survey',
    },
    url: 'https://arxiv.org/abs/2312.10997',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  lostInTheMiddle: {
    title: {
      'zh-CN': 'Lost in the Middle：语言模型如何使用长上下文',
      en: 'Lost in the Middle: How Language Models Use Long Contexts',
    },
    url: 'https://arxiv.org/abs/2307.03172',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  graphRag: {
    title: {
      'zh-CN': 'From Local to Global：GraphRAG 论文',
      en: 'From Local to Global: A Graph RAG Approach to Query-Focused Summarization',
    },
    url: 'https://arxiv.org/abs/2404.16130',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  ragas: {
    title: {
      'zh-CN': 'RAGAS：检索增强生成的自动化评估',
      en: 'RAGAS: Automated Evaluation of Retrieval Augmented Generation',
    },
    url: 'https://arxiv.org/abs/2309.15217',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  react: {
    title: {
      'zh-CN': 'ReAct：让语言模型边推理边行动',
      en: 'ReAct: Synergizing Reasoning and Acting in Language Models',
    },
    url: 'https://arxiv.org/abs/2210.03629',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  toolformer: {
    title: {
      'zh-CN': 'Toolformer：语言模型自学使用工具',
      en: 'Toolformer: Language Models Can Teach Themselves to Use Tools',
    },
    url: 'https://arxiv.org/abs/2302.04761',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  agentSurvey: {
    title: {
      'zh-CN': 'A Survey on Large Language Model based Autonomous Agents（智能体综述）',
      en: 'A Survey on Large Language Model based Autonomous Agents',
    },
    url: 'https://arxiv.org/abs/2308.11432',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  metaGpt: {
    title: {
      'zh-CN': 'MetaGPT：多智能体协作的元编程框架',
      en: 'MetaGPT: Meta Programming for A Multi-Agent Collaborative Framework',
    },
    url: 'https://arxiv.org/abs/2308.00352',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  llmAsJudge: {
    title: {
      'zh-CN': 'Judging LLM-as-a-Judge（用大模型做评审的可靠性研究）',
      en: 'Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena',
    },
    url: 'https://arxiv.org/abs/2306.05685',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  llama: {
    title: {
      'zh-CN': 'LLaMA：开放高效的基础语言模型',
      en: 'LLaMA: Open and Efficient Foundation Language Models',
    },
    url: 'https://arxiv.org/abs/2302.13971',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  glm130b: {
    title: {
      'zh-CN': 'ChatGLM：从 GLM-130B 到 GLM-4 的模型家族',
      en: 'ChatGLM: A Family of Large Language Models from GLM-130B to GLM-4 All Tools',
    },
    url: 'https://arxiv.org/abs/2406.12793',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  flan: {
    title: {
      'zh-CN': 'Finetuned Language Models Are Zero-Shot Learners（FLAN 指令微调）',
      en: 'Finetuned Language Models Are Zero-Shot Learners (FLAN)',
    },
    url: 'https://arxiv.org/abs/2109.01652',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  selfInstruct: {
    title: {
      'zh-CN': 'Self-Instruct：用模型自己生成的指令做对齐',
      en: 'Self-Instruct: Aligning Language Models with Self-Generated Instructions',
    },
    url: 'https://arxiv.org/abs/2212.10560',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  lima: {
    title: { 'zh-CN': 'LIMA：对齐未必需要海量数据', en: 'LIMA: Less Is More for Alignment' },
    url: 'https://arxiv.org/abs/2305.11206',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  lora: {
    title: {
      'zh-CN': 'LoRA：大语言模型的低秩适配',
      en: 'LoRA: Low-Rank Adaptation of Large Language Models',
    },
    url: 'https://arxiv.org/abs/2106.09685',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  qlora: {
    title: {
      'zh-CN': 'QLoRA：在量化模型上高效微调',
      en: 'QLoRA: Efficient Finetuning of Quantized LLMs',
    },
    url: 'https://arxiv.org/abs/2305.14314',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  pTuningV2: {
    title: {
      'zh-CN': 'P-Tuning v2：提示微调可以媲美全量微调',
      en: 'P-Tuning v2: Prompt Tuning Can Be Comparable to Fine-tuning Universally Across Scales and Tasks',
    },
    url: 'https://arxiv.org/abs/2110.07602',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  prefixTuning: {
    title: {
      'zh-CN': 'Prefix-Tuning：为生成任务优化连续提示',
      en: 'Prefix-Tuning: Optimizing Continuous Prompts for Generation',
    },
    url: 'https://arxiv.org/abs/2101.00190',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  gptq: {
    title: {
      'zh-CN': 'GPTQ：生成式预训练模型的训练后量化',
      en: 'GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers',
    },
    url: 'https://arxiv.org/abs/2210.17323',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  awq: {
    title: {
      'zh-CN': 'AWQ：感知激活的权重量化',
      en: 'AWQ: Activation-aware Weight Quantization for LLM Compression and Acceleration',
    },
    url: 'https://arxiv.org/abs/2306.00978',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  vllmPaper: {
    title: {
      'zh-CN': 'PagedAttention：vLLM 背后的显存管理论文',
      en: 'Efficient Memory Management for Large Language Model Serving with PagedAttention (vLLM)',
    },
    url: 'https://arxiv.org/abs/2309.06180',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  clip: {
    title: {
      'zh-CN': 'CLIP：从自然语言监督中学习视觉模型',
      en: 'CLIP: Learning Transferable Visual Models From Natural Language Supervision',
    },
    url: 'https://arxiv.org/abs/2103.00020',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  blip2: {
    title: {
      'zh-CN': 'BLIP-2：用冻结的图像编码器和大模型做视觉语言预训练',
      en: 'BLIP-2: Bootstrapping Language-Image Pre-training with Frozen Image Encoders and Large Language Models',
    },
    url: 'https://arxiv.org/abs/2301.12597',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  latentDiffusion: {
    title: {
      'zh-CN': '潜在扩散模型：Stable Diffusion 的原论文',
      en: 'High-Resolution Image Synthesis with Latent Diffusion Models (Stable Diffusion)',
    },
    url: 'https://arxiv.org/abs/2112.10752',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  scalingLaws: {
    title: {
      'zh-CN': 'Scaling Laws for Neural Language Models（规模定律）',
      en: 'Scaling Laws for Neural Language Models',
    },
    url: 'https://arxiv.org/abs/2001.08361',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  chinchilla: {
    title: {
      'zh-CN': 'Training Compute-Optimal Large Language Models（Chinchilla）',
      en: 'Training Compute-Optimal Large Language Models (Chinchilla)',
    },
    url: 'https://arxiv.org/abs/2203.15556',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  fineWeb: {
    title: {
      'zh-CN': 'FineWeb：网页预训练数据的大规模清洗',
      en: 'The FineWeb Datasets: Decanting the Web for the Finest Text Data at Scale',
    },
    url: 'https://arxiv.org/abs/2406.17557',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  mixedPrecision: {
    title: { 'zh-CN': 'Mixed Precision Training（混合精度训练）', en: 'Mixed Precision Training' },
    url: 'https://arxiv.org/abs/1710.03740',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  megatronPaper: {
    title: {
      'zh-CN': 'Megatron-LM：用模型并行训练数十亿参数的语言模型',
      en: 'Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism',
    },
    url: 'https://arxiv.org/abs/1909.08053',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  gpipe: {
    title: {
      'zh-CN': 'GPipe：流水线并行训练巨型网络',
      en: 'GPipe: Efficient Training of Giant Neural Networks using Pipeline Parallelism',
    },
    url: 'https://arxiv.org/abs/1811.06965',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  zero: {
    title: {
      'zh-CN': 'ZeRO：面向万亿参数模型训练的显存优化',
      en: 'ZeRO: Memory Optimizations Toward Training Trillion Parameter Models',
    },
    url: 'https://arxiv.org/abs/1910.02054',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  instructGpt: {
    title: {
      'zh-CN': 'InstructGPT：用人类反馈训练模型遵循指令',
      en: 'Training language models to follow instructions with human feedback (InstructGPT)',
    },
    url: 'https://arxiv.org/abs/2203.02155',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  dpo: {
    title: {
      'zh-CN': 'DPO：你的语言模型其实就是一个奖励模型',
      en: 'Direct Preference Optimization: Your Language Model is Secretly a Reward Model',
    },
    url: 'https://arxiv.org/abs/2305.18290',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  distillation: {
    title: {
      'zh-CN': 'Distilling the Knowledge in a Neural Network（知识蒸馏）',
      en: 'Distilling the Knowledge in a Neural Network',
    },
    url: 'https://arxiv.org/abs/1503.02531',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  sparseGpt: {
    title: {
      'zh-CN': 'SparseGPT：一次性剪枝大规模语言模型',
      en: 'SparseGPT: Massive Language Models Can Be Accurately Pruned in One-Shot',
    },
    url: 'https://arxiv.org/abs/2301.00774',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  flashAttention: {
    title: {
      'zh-CN': 'FlashAttention：感知 IO 的精确注意力计算',
      en: 'FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness',
    },
    url: 'https://arxiv.org/abs/2205.14135',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  speculativeDecoding: {
    title: {
      'zh-CN': '投机解码：Fast Inference from Transformers via Speculative Decoding',
      en: 'Fast Inference from Transformers via Speculative Decoding',
    },
    url: 'https://arxiv.org/abs/2211.17192',
    kind: 'paper',
    language: 'en',
    free: true,
  },

  // Courses and books
  d2lZh: {
    title: { 'zh-CN': '《动手学深度学习》', en: 'Dive into Deep Learning (Chinese edition)' },
    url: 'https://zh.d2l.ai/',
    kind: 'book',
    language: 'zh-CN',
    free: true,
  },
  d2lEn: {
    title: { 'zh-CN': 'Dive into Deep Learning（英文版）', en: 'Dive into Deep Learning' },
    url: 'https://d2l.ai/',
    kind: 'book',
    language: 'en',
    free: true,
  },
  deepLearningBook: {
    title: {
      'zh-CN': 'Deep Learning（Goodfellow、Bengio、Courville 著）',
      en: 'Deep Learning (Goodfellow, Bengio and Courville)',
    },
    url: 'https://www.deeplearningbook.org/',
    kind: 'book',
    language: 'en',
    free: true,
  },
  cs224n: {
    title: {
      'zh-CN': '斯坦福 CS224N：基于深度学习的自然语言处理',
      en: 'Stanford CS224N: Natural Language Processing with Deep Learning',
    },
    url: 'https://web.stanford.edu/class/cs224n/',
    kind: 'course',
    language: 'en',
    free: true,
  },
  illustratedTransformer: {
    title: { 'zh-CN': '图解 Transformer', en: 'The Illustrated Transformer' },
    url: 'https://jalammar.github.io/illustrated-transformer/',
    kind: 'article',
    language: 'en',
    free: true,
  },
  zeroToHero: {
    title: {
      'zh-CN': 'Neural Networks: Zero to Hero（Karpathy 视频课）',
      en: 'Neural Networks: Zero to Hero (Karpathy)',
    },
    url: 'https://karpathy.ai/zero-to-hero.html',
    kind: 'video',
    language: 'en',
    free: true,
  },
  hfLlmCourse: {
    title: { 'zh-CN': 'Hugging Face LLM 课程', en: 'Hugging Face LLM Course' },
    url: 'https://huggingface.co/learn/llm-course',
    kind: 'course',
    language: 'en',
    free: true,
  },
  hfAgentsCourse: {
    title: { 'zh-CN': 'Hugging Face 智能体课程', en: 'Hugging Face Agents Course' },
    url: 'https://huggingface.co/learn/agents-course',
    kind: 'course',
    language: 'en',
    free: true,
  },
  promptGuideZh: {
    title: { 'zh-CN': '提示工程指南（中文版）', en: 'Prompt Engineering Guide (Chinese edition)' },
    url: 'https://www.promptingguide.ai/zh',
    kind: 'docs',
    language: 'zh-CN',
    free: true,
  },
  promptGuideEn: {
    title: { 'zh-CN': 'Prompt Engineering Guide（英文版）', en: 'Prompt Engineering Guide' },
    url: 'https://www.promptingguide.ai/',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  llmCookbook: {
    title: {
      'zh-CN': '面向开发者的大模型手册（Datawhale llm-cookbook）',
      en: 'LLM Cookbook for developers (Datawhale, in Chinese)',
    },
    url: 'https://github.com/datawhalechina/llm-cookbook',
    kind: 'repo',
    language: 'zh-CN',
    free: true,
  },
  selfLlm: {
    title: {
      'zh-CN': '开源大模型食用指南（Datawhale self-llm）',
      en: 'Hands-on guide to open LLMs (Datawhale self-llm, in Chinese)',
    },
    url: 'https://github.com/datawhalechina/self-llm',
    kind: 'repo',
    language: 'zh-CN',
    free: true,
  },
  hfRlhfBlog: {
    title: {
      'zh-CN': '图解 RLHF（Hugging Face 博客）',
      en: 'Illustrating Reinforcement Learning from Human Feedback (Hugging Face blog)',
    },
    url: 'https://huggingface.co/blog/rlhf',
    kind: 'article',
    language: 'en',
    free: true,
  },
  buildingEffectiveAgents: {
    title: {
      'zh-CN': 'Building effective agents（Anthropic：如何构建有效的智能体）',
      en: 'Building effective agents (Anthropic)',
    },
    url: 'https://www.anthropic.com/research/building-effective-agents',
    kind: 'article',
    language: 'en',
    free: true,
  },

  // Official documentation
  pythonTutorialZh: {
    title: { 'zh-CN': 'Python 官方教程（中文）', en: 'The Python Tutorial (Chinese translation)' },
    url: 'https://docs.python.org/zh-cn/3/tutorial/',
    kind: 'docs',
    language: 'zh-CN',
    free: true,
  },
  pythonTutorialEn: {
    title: { 'zh-CN': 'Python 官方教程（英文）', en: 'The Python Tutorial' },
    url: 'https://docs.python.org/3/tutorial/',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  numpy: {
    title: { 'zh-CN': 'NumPy 文档', en: 'NumPy documentation' },
    url: 'https://numpy.org/doc/stable/',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  pandas: {
    title: { 'zh-CN': 'pandas 文档', en: 'pandas documentation' },
    url: 'https://pandas.pydata.org/docs/',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  scikitLearn: {
    title: { 'zh-CN': 'scikit-learn 文档', en: 'scikit-learn documentation' },
    url: 'https://scikit-learn.org/stable/',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  pytorchTutorials: {
    title: { 'zh-CN': 'PyTorch 官方教程', en: 'PyTorch tutorials' },
    url: 'https://docs.pytorch.org/tutorials/',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  pytorchDocs: {
    title: { 'zh-CN': 'PyTorch 文档', en: 'PyTorch documentation' },
    url: 'https://docs.pytorch.org/docs/stable/index.html',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  tensorflowTutorials: {
    title: { 'zh-CN': 'TensorFlow 教程', en: 'TensorFlow tutorials' },
    url: 'https://www.tensorflow.org/tutorials',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  hfTransformers: {
    title: {
      'zh-CN': 'Hugging Face Transformers 文档',
      en: 'Hugging Face Transformers documentation',
    },
    url: 'https://huggingface.co/docs/transformers/index',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  hfHub: {
    title: { 'zh-CN': 'Hugging Face Hub 文档', en: 'Hugging Face Hub documentation' },
    url: 'https://huggingface.co/docs/hub/index',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  hfDatasets: {
    title: { 'zh-CN': 'Hugging Face Datasets 文档', en: 'Hugging Face Datasets documentation' },
    url: 'https://huggingface.co/docs/datasets/index',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  hfPeft: {
    title: { 'zh-CN': 'Hugging Face PEFT 文档', en: 'Hugging Face PEFT documentation' },
    url: 'https://huggingface.co/docs/peft',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  hfTrl: {
    title: { 'zh-CN': 'Hugging Face TRL 文档', en: 'Hugging Face TRL documentation' },
    url: 'https://huggingface.co/docs/trl/index',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  hfAccelerate: {
    title: { 'zh-CN': 'Hugging Face Accelerate 文档', en: 'Hugging Face Accelerate documentation' },
    url: 'https://huggingface.co/docs/accelerate/index',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  hfDiffusers: {
    title: { 'zh-CN': 'Hugging Face Diffusers 文档', en: 'Hugging Face Diffusers documentation' },
    url: 'https://huggingface.co/docs/diffusers/index',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  modelScope: {
    title: { 'zh-CN': '魔搭社区（ModelScope）', en: 'ModelScope model hub' },
    url: 'https://modelscope.cn/',
    kind: 'tool',
    language: 'zh-CN',
    free: true,
  },
  openAiApiReference: {
    title: { 'zh-CN': 'OpenAI API 参考文档', en: 'OpenAI API reference' },
    url: 'https://platform.openai.com/docs/api-reference',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  openAiFunctionCalling: {
    title: { 'zh-CN': 'OpenAI 函数调用指南', en: 'OpenAI function calling guide' },
    url: 'https://platform.openai.com/docs/guides/function-calling',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  langChainRagTutorial: {
    title: { 'zh-CN': 'LangChain RAG 教程', en: 'LangChain RAG tutorial' },
    url: 'https://docs.langchain.com/oss/python/langchain/rag',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  fastApi: {
    title: { 'zh-CN': 'FastAPI 文档', en: 'FastAPI documentation' },
    url: 'https://fastapi.tiangolo.com/',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  sentenceTransformers: {
    title: { 'zh-CN': 'Sentence Transformers 文档', en: 'Sentence Transformers documentation' },
    url: 'https://www.sbert.net/',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  milvus: {
    title: { 'zh-CN': 'Milvus 文档', en: 'Milvus documentation' },
    url: 'https://milvus.io/docs',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  chroma: {
    title: { 'zh-CN': 'Chroma 文档', en: 'Chroma documentation' },
    url: 'https://docs.trychroma.com/',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  qdrant: {
    title: { 'zh-CN': 'Qdrant 文档：混合检索', en: 'Qdrant documentation: hybrid queries' },
    url: 'https://qdrant.tech/documentation/concepts/hybrid-queries/',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  modelContextProtocol: {
    title: {
      'zh-CN': 'Model Context Protocol 官方文档',
      en: 'Model Context Protocol documentation',
    },
    url: 'https://modelcontextprotocol.io/',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  openTelemetry: {
    title: { 'zh-CN': 'OpenTelemetry 文档', en: 'OpenTelemetry documentation' },
    url: 'https://opentelemetry.io/docs/',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  owaspLlmTop10: {
    title: {
      'zh-CN': 'OWASP GenAI 安全项目：大模型应用十大风险（OWASP Top 10 for LLM Applications）',
      en: 'OWASP GenAI Security Project: Top 10 for LLM Applications',
    },
    url: 'https://genai.owasp.org/llm-top-10/',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  nistAiRmf: {
    title: { 'zh-CN': 'NIST 人工智能风险管理框架', en: 'NIST AI Risk Management Framework' },
    url: 'https://www.nist.gov/itl/ai-risk-management-framework',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  deepSpeed: {
    title: { 'zh-CN': 'DeepSpeed 文档', en: 'DeepSpeed documentation' },
    url: 'https://www.deepspeed.ai/',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  vllmDocs: {
    title: { 'zh-CN': 'vLLM 文档', en: 'vLLM documentation' },
    url: 'https://docs.vllm.ai',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  docker: {
    title: { 'zh-CN': 'Docker 文档', en: 'Docker documentation' },
    url: 'https://docs.docker.com/',
    kind: 'docs',
    language: 'en',
    free: true,
  },

  // Repositories and tools
  nanoGpt: {
    title: {
      'zh-CN': 'nanochat（Karpathy：从分词、预训练到 SFT 和强化学习的完整小模型训练代码）',
      en: 'nanochat (Karpathy): a full small-model pipeline from tokenizer and pre-training to SFT and RL',
    },
    url: 'https://github.com/karpathy/nanochat',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  minbpe: {
    title: { 'zh-CN': 'minbpe：极简 BPE 分词器实现', en: 'minbpe: a minimal BPE tokenizer' },
    url: 'https://github.com/karpathy/minbpe',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  tiktoken: {
    title: { 'zh-CN': 'tiktoken：OpenAI 的 BPE 分词器', en: "tiktoken: OpenAI's BPE tokenizer" },
    url: 'https://github.com/openai/tiktoken',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  langChain: {
    title: { 'zh-CN': 'LangChain 代码仓库', en: 'LangChain repository' },
    url: 'https://github.com/langchain-ai/langchain',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  langGraph: {
    title: { 'zh-CN': 'LangGraph 代码仓库', en: 'LangGraph repository' },
    url: 'https://github.com/langchain-ai/langgraph',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  llamaIndex: {
    title: { 'zh-CN': 'LlamaIndex 代码仓库', en: 'LlamaIndex repository' },
    url: 'https://github.com/run-llama/llama_index',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  faiss: {
    title: { 'zh-CN': 'FAISS 向量检索库', en: 'FAISS similarity search library' },
    url: 'https://github.com/facebookresearch/faiss',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  graphRagRepo: {
    title: { 'zh-CN': 'Microsoft GraphRAG 代码仓库', en: 'Microsoft GraphRAG repository' },
    url: 'https://github.com/microsoft/graphrag',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  autoGpt: {
    title: { 'zh-CN': 'AutoGPT 代码仓库', en: 'AutoGPT repository' },
    url: 'https://github.com/Significant-Gravitas/AutoGPT',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  langfuse: {
    title: {
      'zh-CN': 'Langfuse：开源的大模型应用观测平台',
      en: 'Langfuse: open-source LLM observability',
    },
    url: 'https://github.com/langfuse/langfuse',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  llamaFactory: {
    title: { 'zh-CN': 'LlamaFactory 微调框架', en: 'LlamaFactory fine-tuning framework' },
    url: 'https://github.com/hiyouga/LlamaFactory',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  msSwift: {
    title: {
      'zh-CN': 'ms-swift：魔搭的微调与部署框架',
      en: "ms-swift: ModelScope's fine-tuning and deployment framework",
    },
    url: 'https://github.com/modelscope/ms-swift',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  lmEvaluationHarness: {
    title: { 'zh-CN': 'lm-evaluation-harness 评测框架', en: 'lm-evaluation-harness' },
    url: 'https://github.com/EleutherAI/lm-evaluation-harness',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  openCompass: {
    title: { 'zh-CN': 'OpenCompass（司南）评测平台', en: 'OpenCompass evaluation platform' },
    url: 'https://github.com/open-compass/opencompass',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  llamaCpp: {
    title: { 'zh-CN': 'llama.cpp 代码仓库', en: 'llama.cpp repository' },
    url: 'https://github.com/ggml-org/llama.cpp',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  ollama: {
    title: { 'zh-CN': 'Ollama：在本地运行开源模型', en: 'Ollama: run open models locally' },
    url: 'https://ollama.com/',
    kind: 'tool',
    language: 'en',
    free: true,
  },
  megatronRepo: {
    title: { 'zh-CN': 'Megatron-LM 代码仓库', en: 'Megatron-LM repository' },
    url: 'https://github.com/NVIDIA/Megatron-LM',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  datatrove: {
    title: {
      'zh-CN': 'datatrove：大规模文本数据处理库',
      en: 'datatrove: large-scale text data processing',
    },
    url: 'https://github.com/huggingface/datatrove',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  kaggleCompetitions: {
    title: { 'zh-CN': 'Kaggle 竞赛', en: 'Kaggle competitions' },
    url: 'https://www.kaggle.com/competitions',
    kind: 'tool',
    language: 'en',
    free: true,
  },
  tianchi: {
    title: { 'zh-CN': '阿里云天池竞赛平台', en: 'Alibaba Cloud Tianchi competitions' },
    url: 'https://tianchi.aliyun.com/',
    kind: 'tool',
    language: 'zh-CN',
    free: true,
  },
  roformer: {
    title: {
      'zh-CN': 'RoFormer：旋转位置编码（RoPE）',
      en: 'RoFormer: Enhanced Transformer with Rotary Position Embedding',
    },
    url: 'https://arxiv.org/abs/2104.09864',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  gqa: {
    title: {
      'zh-CN': 'GQA：从多头检查点训练分组查询注意力',
      en: 'GQA: Training Generalized Multi-Query Transformer Models from Multi-Head Checkpoints',
    },
    url: 'https://arxiv.org/abs/2305.13245',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  deepseekV2: {
    title: {
      'zh-CN': 'DeepSeek-V2 技术报告（多头潜在注意力 MLA 与 DeepSeekMoE）',
      en: 'DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model',
    },
    url: 'https://arxiv.org/abs/2405.04434',
    kind: 'report',
    language: 'en',
    free: true,
  },
  deepseekV3: {
    title: { 'zh-CN': 'DeepSeek-V3 技术报告', en: 'DeepSeek-V3 Technical Report' },
    url: 'https://arxiv.org/abs/2412.19437',
    kind: 'report',
    language: 'en',
    free: true,
  },
  deepseekR1: {
    title: {
      'zh-CN': 'DeepSeek-R1：用强化学习激发大模型的推理能力',
      en: 'DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning',
    },
    url: 'https://arxiv.org/abs/2501.12948',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  deepseekMath: {
    title: {
      'zh-CN': 'DeepSeekMath（提出 GRPO 算法）',
      en: 'DeepSeekMath: Pushing the Limits of Mathematical Reasoning in Open Language Models (introduces GRPO)',
    },
    url: 'https://arxiv.org/abs/2402.03300',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  mixtral: {
    title: { 'zh-CN': 'Mixtral of Experts：稀疏混合专家模型', en: 'Mixtral of Experts' },
    url: 'https://arxiv.org/abs/2401.04088',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  yarn: {
    title: {
      'zh-CN': 'YaRN：高效扩展大模型的上下文窗口',
      en: 'YaRN: Efficient Context Window Extension of Large Language Models',
    },
    url: 'https://arxiv.org/abs/2309.00071',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  qwen3: {
    title: { 'zh-CN': 'Qwen3 技术报告', en: 'Qwen3 Technical Report' },
    url: 'https://arxiv.org/abs/2505.09388',
    kind: 'report',
    language: 'en',
    free: true,
  },
  kimiK15: {
    title: {
      'zh-CN': 'Kimi k1.5：用大模型扩展强化学习',
      en: 'Kimi k1.5: Scaling Reinforcement Learning with LLMs',
    },
    url: 'https://arxiv.org/abs/2501.12599',
    kind: 'report',
    language: 'en',
    free: true,
  },
  tulu3: {
    title: {
      'zh-CN': 'Tülu 3：开放的后训练方法（提出 RLVR）',
      en: 'Tülu 3: Pushing Frontiers in Open Language Model Post-Training (introduces RLVR)',
    },
    url: 'https://arxiv.org/abs/2411.15124',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  dapo: {
    title: {
      'zh-CN': 'DAPO：大规模开源的大模型强化学习系统',
      en: 'DAPO: An Open-Source LLM Reinforcement Learning System at Scale',
    },
    url: 'https://arxiv.org/abs/2503.14476',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  verl: {
    title: {
      'zh-CN': 'verl：火山引擎开源的大模型强化学习训练框架',
      en: 'verl: Volcano Engine reinforcement learning for LLMs',
    },
    url: 'https://github.com/volcengine/verl',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  simpo: {
    title: {
      'zh-CN': 'SimPO：无需参考模型的简单偏好优化',
      en: 'SimPO: Simple Preference Optimization with a Reference-Free Reward',
    },
    url: 'https://arxiv.org/abs/2405.14734',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  kto: {
    title: {
      'zh-CN': 'KTO：基于前景理论的模型对齐',
      en: 'KTO: Model Alignment as Prospect Theoretic Optimization',
    },
    url: 'https://arxiv.org/abs/2402.01306',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  cPack: {
    title: {
      'zh-CN': 'C-Pack：BGE 中文嵌入模型与 C-MTEB 评测',
      en: 'C-Pack: Packed Resources For General Chinese Embeddings (BGE and C-MTEB)',
    },
    url: 'https://arxiv.org/abs/2309.07597',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  bgeM3: {
    title: {
      'zh-CN': 'BGE M3：多语言、多粒度、多功能的嵌入模型',
      en: 'BGE M3-Embedding: Multi-Lingual, Multi-Functionality, Multi-Granularity Text Embeddings',
    },
    url: 'https://arxiv.org/abs/2402.03216',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  openAiResponses: {
    title: { 'zh-CN': 'OpenAI Responses API 参考', en: 'OpenAI Responses API reference' },
    url: 'https://platform.openai.com/docs/api-reference/responses',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  openAiReasoning: {
    title: { 'zh-CN': 'OpenAI 推理模型指南', en: 'OpenAI reasoning models guide' },
    url: 'https://platform.openai.com/docs/guides/reasoning',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  openAiStructuredOutputs: {
    title: { 'zh-CN': 'OpenAI 结构化输出指南', en: 'OpenAI Structured Outputs guide' },
    url: 'https://platform.openai.com/docs/guides/structured-outputs',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  openAiPromptCaching: {
    title: { 'zh-CN': 'OpenAI 提示缓存指南', en: 'OpenAI prompt caching guide' },
    url: 'https://platform.openai.com/docs/guides/prompt-caching',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  openAiBatch: {
    title: { 'zh-CN': 'OpenAI Batch API 指南', en: 'OpenAI Batch API guide' },
    url: 'https://platform.openai.com/docs/guides/batch',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  openAiRealtime: {
    title: { 'zh-CN': 'OpenAI Realtime API 指南', en: 'OpenAI Realtime API guide' },
    url: 'https://platform.openai.com/docs/guides/realtime',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  deepseekApi: {
    title: {
      'zh-CN': 'DeepSeek API 文档（兼容 OpenAI 格式）',
      en: 'DeepSeek API documentation (OpenAI-compatible)',
    },
    url: 'https://api-docs.deepseek.com/',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  deepseekReasoningGuide: {
    title: {
      'zh-CN': 'DeepSeek API：推理模型（deepseek-reasoner）',
      en: 'DeepSeek API: reasoning model (deepseek-reasoner)',
    },
    url: 'https://api-docs.deepseek.com/guides/reasoning_model',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  deepseekContextCache: {
    title: {
      'zh-CN': 'DeepSeek API：硬盘缓存（上下文缓存）',
      en: 'DeepSeek API: context caching on disk',
    },
    url: 'https://api-docs.deepseek.com/guides/kv_cache',
    kind: 'docs',
    language: 'en',
    free: true,
  },
  bailian: {
    title: {
      'zh-CN': '阿里云百炼（大模型服务平台）帮助文档',
      en: 'Alibaba Cloud Model Studio (Bailian) documentation',
    },
    url: 'https://help.aliyun.com/zh/model-studio/',
    kind: 'docs',
    language: 'zh-CN',
    free: true,
  },
  dify: {
    title: {
      'zh-CN': 'Dify：开源的大模型应用与智能体开发平台',
      en: 'Dify: open-source platform for LLM apps and agents',
    },
    url: 'https://github.com/langgenius/dify',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  cozeStudio: {
    title: {
      'zh-CN': 'Coze Studio：扣子开源的智能体开发平台',
      en: 'Coze Studio: the open-source edition of the Coze agent builder',
    },
    url: 'https://github.com/coze-dev/coze-studio',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  ragflow: {
    title: {
      'zh-CN': 'RAGFlow：基于深度文档理解的开源 RAG 引擎',
      en: 'RAGFlow: open-source RAG engine built on deep document understanding',
    },
    url: 'https://github.com/infiniflow/ragflow',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  mineru: {
    title: {
      'zh-CN': 'MinerU：把 PDF 等文档解析为 Markdown 和 JSON',
      en: 'MinerU: parse PDFs and other documents into Markdown and JSON',
    },
    url: 'https://github.com/opendatalab/MinerU',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  colpali: {
    title: {
      'zh-CN': 'ColPali：用视觉语言模型做文档检索',
      en: 'ColPali: Efficient Document Retrieval with Vision Language Models',
    },
    url: 'https://arxiv.org/abs/2407.01449',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  qwen25vl: {
    title: { 'zh-CN': 'Qwen2.5-VL 技术报告', en: 'Qwen2.5-VL Technical Report' },
    url: 'https://arxiv.org/abs/2502.13923',
    kind: 'report',
    language: 'en',
    free: true,
  },
  whisper: {
    title: {
      'zh-CN': 'Whisper：大规模弱监督语音识别',
      en: 'Robust Speech Recognition via Large-Scale Weak Supervision (Whisper)',
    },
    url: 'https://arxiv.org/abs/2212.04356',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  funAsr: {
    title: {
      'zh-CN': 'FunASR：达摩院开源的语音识别工具包',
      en: 'FunASR: speech recognition toolkit from Alibaba DAMO Academy',
    },
    url: 'https://github.com/modelscope/FunASR',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  cosyVoice: {
    title: {
      'zh-CN': 'CosyVoice：开源的多语言语音合成模型',
      en: 'CosyVoice: open multilingual speech synthesis',
    },
    url: 'https://github.com/FunAudioLLM/CosyVoice',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  openAiAgentsSdk: {
    title: { 'zh-CN': 'OpenAI Agents SDK（Python）', en: 'OpenAI Agents SDK (Python)' },
    url: 'https://github.com/openai/openai-agents-python',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  googleAdk: {
    title: {
      'zh-CN': 'Google Agent Development Kit（ADK，Python）',
      en: 'Google Agent Development Kit (ADK, Python)',
    },
    url: 'https://github.com/google/adk-python',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  a2a: {
    title: {
      'zh-CN': 'A2A 智能体间通信协议（Linux 基金会）',
      en: 'Agent2Agent (A2A) protocol (Linux Foundation)',
    },
    url: 'https://github.com/a2aproject/A2A',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  memGpt: {
    title: {
      'zh-CN': 'MemGPT：把大模型当作操作系统来管理记忆',
      en: 'MemGPT: Towards LLMs as Operating Systems',
    },
    url: 'https://arxiv.org/abs/2310.08560',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  mem0: {
    title: { 'zh-CN': 'Mem0：智能体的长期记忆层', en: 'Mem0: a long-term memory layer for agents' },
    url: 'https://github.com/mem0ai/mem0',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  selfRag: {
    title: {
      'zh-CN': 'Self-RAG：边检索边生成边自我反思',
      en: 'Self-RAG: Learning to Retrieve, Generate, and Critique through Self-Reflection',
    },
    url: 'https://arxiv.org/abs/2310.11511',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  tauBench: {
    title: {
      'zh-CN': 'τ-bench：评测智能体与用户、工具交互的基准',
      en: 'τ-bench: A Benchmark for Tool-Agent-User Interaction in Real-World Domains',
    },
    url: 'https://arxiv.org/abs/2406.12045',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  sweBench: {
    title: {
      'zh-CN': 'SWE-bench：用真实 GitHub 问题评测模型',
      en: 'SWE-bench: Can Language Models Resolve Real-World GitHub Issues?',
    },
    url: 'https://arxiv.org/abs/2310.06770',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  codexCli: {
    title: {
      'zh-CN': 'Codex CLI：OpenAI 开源的终端编程智能体',
      en: "Codex CLI: OpenAI's open-source coding agent for the terminal",
    },
    url: 'https://github.com/openai/codex',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  qwenCode: {
    title: {
      'zh-CN': 'Qwen Code：通义千问的命令行编程智能体',
      en: 'Qwen Code: command-line coding agent for Qwen models',
    },
    url: 'https://github.com/QwenLM/qwen-code',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  promptfoo: {
    title: {
      'zh-CN': 'promptfoo：提示词、智能体与 RAG 的测试和红队工具',
      en: 'promptfoo: testing and red-teaming for prompts, agents and RAG',
    },
    url: 'https://github.com/promptfoo/promptfoo',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  deepEval: {
    title: {
      'zh-CN': 'DeepEval：大模型应用的开源评测框架',
      en: 'DeepEval: open-source evaluation framework for LLM apps',
    },
    url: 'https://github.com/confident-ai/deepeval',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  inspectAi: {
    title: {
      'zh-CN': 'Inspect：英国 AI 安全研究所的开源评测框架',
      en: 'Inspect: open-source evaluation framework from the UK AI Security Institute',
    },
    url: 'https://github.com/UKGovernmentBEIS/inspect_ai',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  llamaGuard: {
    title: {
      'zh-CN': 'Llama Guard：基于大模型的输入输出安全分类',
      en: 'Llama Guard: LLM-based Input-Output Safeguard for Human-AI Conversations',
    },
    url: 'https://arxiv.org/abs/2312.06674',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  nemoGuardrails: {
    title: {
      'zh-CN': 'NeMo Guardrails：给对话应用加可编程护栏',
      en: 'NeMo Guardrails: programmable guardrails for LLM apps',
    },
    url: 'https://github.com/NVIDIA/NeMo-Guardrails',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  garak: {
    title: { 'zh-CN': 'garak：大模型漏洞扫描器', en: 'garak: LLM vulnerability scanner' },
    url: 'https://github.com/NVIDIA/garak',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  indirectInjection: {
    title: {
      'zh-CN': '间接提示注入：通过外部内容攻击集成了大模型的应用',
      en: "Not what you've signed up for: Compromising Real-World LLM-Integrated Applications with Indirect Prompt Injection",
    },
    url: 'https://arxiv.org/abs/2302.12173',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  cacGenAiMeasures: {
    title: {
      'zh-CN': '《生成式人工智能服务管理暂行办法》（国家网信办等七部门）',
      en: 'Interim Measures for the Management of Generative AI Services (CAC and six other agencies, in Chinese)',
    },
    url: 'https://www.cac.gov.cn/2023-07/13/c_1690898327029107.htm',
    kind: 'docs',
    language: 'zh-CN',
    free: true,
  },
  liteLlm: {
    title: {
      'zh-CN': 'LiteLLM：统一调用上百种模型 API 的网关',
      en: 'LiteLLM: a gateway with one API for many model providers',
    },
    url: 'https://github.com/BerriAI/litellm',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  higress: {
    title: {
      'zh-CN': 'Higress：阿里开源的 AI 网关',
      en: 'Higress: open-source AI gateway from Alibaba',
    },
    url: 'https://github.com/alibaba/higress',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  routeLlm: {
    title: {
      'zh-CN': 'RouteLLM：用偏好数据学习模型路由',
      en: 'RouteLLM: Learning to Route LLMs with Preference Data',
    },
    url: 'https://arxiv.org/abs/2406.18665',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  gptCache: {
    title: { 'zh-CN': 'GPTCache：大模型语义缓存', en: 'GPTCache: semantic cache for LLM calls' },
    url: 'https://github.com/zilliztech/GPTCache',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  sglangPaper: {
    title: {
      'zh-CN': 'SGLang：结构化语言模型程序的高效执行（RadixAttention 前缀缓存）',
      en: 'SGLang: Efficient Execution of Structured Language Model Programs (RadixAttention)',
    },
    url: 'https://arxiv.org/abs/2312.07104',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  sglang: {
    title: { 'zh-CN': 'SGLang 代码仓库', en: 'SGLang repository' },
    url: 'https://github.com/sgl-project/sglang',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  tensorRtLlm: {
    title: { 'zh-CN': 'TensorRT-LLM 代码仓库', en: 'TensorRT-LLM repository' },
    url: 'https://github.com/NVIDIA/TensorRT-LLM',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  lmdeploy: {
    title: {
      'zh-CN': 'LMDeploy：上海人工智能实验室的推理部署工具',
      en: 'LMDeploy: inference and serving toolkit from Shanghai AI Lab',
    },
    url: 'https://github.com/InternLM/lmdeploy',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  xgrammar: {
    title: {
      'zh-CN': 'XGrammar：高效的结构化生成引擎',
      en: 'XGrammar: Flexible and Efficient Structured Generation Engine for LLMs',
    },
    url: 'https://arxiv.org/abs/2411.15100',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  fp8: {
    title: {
      'zh-CN': 'FP8 Formats for Deep Learning（FP8 数值格式）',
      en: 'FP8 Formats for Deep Learning',
    },
    url: 'https://arxiv.org/abs/2209.05433',
    kind: 'paper',
    language: 'en',
    free: true,
  },
  vllmAscend: {
    title: {
      'zh-CN': 'vLLM Ascend：在华为昇腾 NPU 上运行 vLLM',
      en: 'vLLM Ascend: running vLLM on Huawei Ascend NPUs',
    },
    url: 'https://github.com/vllm-project/vllm-ascend',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  unsloth: {
    title: {
      'zh-CN': 'Unsloth：省显存的快速微调库',
      en: 'Unsloth: fast, memory-efficient fine-tuning',
    },
    url: 'https://github.com/unslothai/unsloth',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  distilabel: {
    title: {
      'zh-CN': 'distilabel：合成数据与 AI 反馈流水线',
      en: 'distilabel: pipelines for synthetic data and AI feedback',
    },
    url: 'https://github.com/argilla-io/distilabel',
    kind: 'repo',
    language: 'en',
    free: true,
  },
  textbooks: {
    title: {
      'zh-CN': 'Textbooks Are All You Need（用合成的教科书数据训练小模型）',
      en: 'Textbooks Are All You Need',
    },
    url: 'https://arxiv.org/abs/2306.11644',
    kind: 'paper',
    language: 'en',
    free: true,
  },
} satisfies Record<string, Resource>;

const skills = [
  {
    id: 'ml-fundamentals',
    name: { 'zh-CN': '机器学习基础', en: 'Machine learning fundamentals' },
    category: 'knowledge',
    summary: {
      'zh-CN': '监督学习、模型评估、过拟合与正则化等贯穿始终的基本功。',
      en: 'Supervised learning, model evaluation, overfitting and regularization: the basics behind everything else.',
    },
  },
  {
    id: 'deep-learning',
    name: { 'zh-CN': '深度学习基础', en: 'Deep learning fundamentals' },
    category: 'knowledge',
    summary: {
      'zh-CN': '神经网络、反向传播、优化方法和常见网络结构。',
      en: 'Neural networks, backpropagation, optimization and common architectures.',
    },
  },
  {
    id: 'llm-principles',
    name: { 'zh-CN': '大模型原理', en: 'How LLMs work' },
    category: 'knowledge',
    summary: {
      'zh-CN': 'Transformer、预训练、分词和解码等大模型的工作原理。',
      en: 'Transformers, pre-training, tokenization and decoding.',
    },
  },
  {
    id: 'ai-safety-ethics',
    name: { 'zh-CN': 'AI 安全与伦理', en: 'AI safety and ethics' },
    category: 'knowledge',
    summary: {
      'zh-CN': '识别并管控偏见、隐私泄露、滥用和提示注入等风险。',
      en: 'Recognizing and managing bias, privacy leaks, misuse and prompt injection.',
    },
  },
  {
    id: 'python',
    name: { 'zh-CN': 'Python', en: 'Python' },
    category: 'programming',
    summary: {
      'zh-CN': '大模型工程的主力语言，从数据脚本到线上服务都靠它。',
      en: 'The main language of LLM engineering, from data scripts to production services.',
    },
  },
  {
    id: 'pytorch',
    name: { 'zh-CN': 'PyTorch', en: 'PyTorch' },
    category: 'programming',
    summary: {
      'zh-CN': '开源大模型生态最常用的深度学习框架。',
      en: 'The deep learning framework most of the open-model ecosystem is built on.',
    },
  },
  {
    id: 'tensorflow',
    name: { 'zh-CN': 'TensorFlow', en: 'TensorFlow' },
    category: 'programming',
    summary: {
      'zh-CN': '另一个主流深度学习框架，阅读和维护已有项目时经常遇到。',
      en: 'The other major deep learning framework, common in existing projects you may read or maintain.',
    },
  },
  {
    id: 'langchain',
    name: { 'zh-CN': 'LangChain 与编排框架', en: 'LangChain and orchestration frameworks' },
    category: 'programming',
    summary: {
      'zh-CN': '用 LangChain、LangGraph 等框架组织提示词、检索和智能体。',
      en: 'Organizing prompts, retrieval and agents with LangChain, LangGraph and similar frameworks.',
    },
  },
  {
    id: 'data-analysis',
    name: { 'zh-CN': '数据分析', en: 'Data analysis' },
    category: 'programming',
    summary: {
      'zh-CN': '用 NumPy、pandas 等工具清洗、统计和理解数据。',
      en: 'Cleaning, summarizing and understanding data with NumPy, pandas and similar tools.',
    },
  },
  {
    id: 'prompt-design',
    name: { 'zh-CN': '提示词设计', en: 'Prompt design' },
    category: 'practice',
    summary: {
      'zh-CN': '把任务讲清楚，让模型稳定地给出可用的结果。',
      en: 'Stating a task so clearly that the model reliably returns usable results.',
    },
  },
  {
    id: 'rag-engineering',
    name: { 'zh-CN': 'RAG 工程', en: 'RAG engineering' },
    category: 'practice',
    summary: {
      'zh-CN': '搭建并调优基于检索的问答系统，从文档处理到检索与生成。',
      en: 'Building and tuning retrieval-based question answering, from document processing to retrieval and generation.',
    },
  },
  {
    id: 'agent-design',
    name: { 'zh-CN': '智能体设计', en: 'Agent design' },
    category: 'practice',
    summary: {
      'zh-CN': '设计能规划、调用工具、保持记忆的智能体，并控制它的边界。',
      en: 'Designing agents that plan, call tools and keep memory, within clear limits.',
    },
  },
  {
    id: 'fine-tuning',
    name: { 'zh-CN': '模型微调', en: 'Fine-tuning' },
    category: 'practice',
    summary: {
      'zh-CN': '准备数据，用全量或参数高效的方法让开源模型适应具体任务。',
      en: 'Preparing data and adapting open models to specific tasks with full or parameter-efficient methods.',
    },
  },
  {
    id: 'deployment-ops',
    name: { 'zh-CN': '部署与运维', en: 'Deployment and operations' },
    category: 'practice',
    summary: {
      'zh-CN': '把模型和应用做成稳定、可观测、可扩展的服务。',
      en: 'Running models and applications as services that are stable, observable and scalable.',
    },
  },
  {
    id: 'evaluation',
    name: { 'zh-CN': '效果评估', en: 'Evaluation' },
    category: 'practice',
    summary: {
      'zh-CN': '用测试集和指标衡量模型与应用的效果，而不是凭感觉。',
      en: 'Measuring models and applications with test sets and metrics instead of impressions.',
    },
  },
  {
    id: 'real-projects',
    name: { 'zh-CN': '项目与竞赛实战', en: 'Real projects and competitions' },
    category: 'practice',
    summary: {
      'zh-CN': '通过完整的项目和比赛积累经验，形成可以展示的作品。',
      en: 'Gaining experience through complete projects and competitions, with work you can show.',
    },
  },
  {
    id: 'teamwork-communication',
    name: { 'zh-CN': '团队协作与沟通', en: 'Teamwork and communication' },
    category: 'collaboration',
    summary: {
      'zh-CN': '和业务方、同事一起澄清需求、讨论方案、推进项目。',
      en: 'Working with the business and colleagues to clarify needs, discuss designs and move projects forward.',
    },
  },
  {
    id: 'technical-writing',
    name: { 'zh-CN': '技术写作与分享', en: 'Technical writing and sharing' },
    category: 'collaboration',
    summary: {
      'zh-CN': '用文档、报告和分享把做过的事讲清楚，让别人能复用。',
      en: 'Explaining your work in documents, reports and talks so that others can build on it.',
    },
  },
] satisfies NonNullable<CurriculumInput['skills']>;

const roles = [
  {
    id: 'ai-application-developer',
    title: {
      'zh-CN': 'AI 应用开发工程师',
      en: 'AI application developer',
    },
    summary: {
      'zh-CN':
        '把大模型 API 接入产品和业务流程，负责提示词设计、RAG 问答和效果评估。学完 L2 就可以开始投递。',
      en: 'Brings LLM APIs into products and workflows, owning prompt design, RAG question answering and quality evaluation. You can start applying after L2.',
    },
  },
  {
    id: 'llm-application-engineer',
    title: { 'zh-CN': '大模型应用工程师', en: 'LLM application engineer' },
    summary: {
      'zh-CN':
        '设计和实现智能体、工作流等较复杂的大模型应用，并负责上线后的观测、评估与安全。对应 L3。',
      en: 'Designs and builds complex LLM applications such as agents and workflows, and owns their observability, evaluation and security after launch. Matches L3.',
    },
  },
  {
    id: 'ai-solutions-architect',
    title: { 'zh-CN': 'AI 解决方案架构师', en: 'AI solutions architect' },
    summary: {
      'zh-CN':
        '和业务方一起把需求变成能落地的大模型方案，负责技术选型、架构设计和成本评估。对应 L3，对沟通能力要求较高。',
      en: 'Works with the business to turn needs into LLM solutions that can ship, owning technology choices, architecture and cost estimates. Matches L3 and calls for strong communication.',
    },
  },
  {
    id: 'llm-engineer',
    title: {
      'zh-CN': '大模型工程师（微调与部署）',
      en: 'LLM engineer (fine-tuning and deployment)',
    },
    summary: {
      'zh-CN':
        '负责开源模型的微调、量化、私有化部署和运维，让模型在企业自己的环境里稳定运行。学完 L4，市面上大多数大模型岗位都可以胜任。',
      en: "Fine-tunes, quantizes, deploys and operates open models so that they run reliably in a company's own environment. Completing L4 prepares you for most LLM jobs on the market.",
    },
  },
  {
    id: 'llm-algorithm-engineer',
    title: { 'zh-CN': '大模型算法工程师 / 研究员', en: 'LLM algorithm engineer / researcher' },
    summary: {
      'zh-CN':
        '从事预训练、对齐、训练与推理优化等算法工作，需要扎实的理论功底和大量实战经验。对应天花板阶段。',
      en: 'Works on pre-training, alignment and training and inference optimization; needs deep theory and extensive hands-on experience. Matches the ceiling level.',
    },
  },
] satisfies NonNullable<CurriculumInput['roles']>;

type LevelInput = CurriculumInput['levels'][number];

const l1 = {
  id: 'l1',
  code: 'L1',
  title: { 'zh-CN': 'AI大模型时代的华丽登场', en: 'The grand arrival of the LLM era' },
  summary: {
    'zh-CN':
      '打基础的阶段：弄清人工智能、深度学习和大模型之间的关系，看懂 Transformer 和注意力机制，学会用提示词和大模型打交道，并亲手跑通第一个小模型。学时为估算值：按每周约 10 小时，大约需要 2～3 个月；如果还没写过 Python，请多留些时间。',
    en: 'The foundations: how AI, deep learning and large language models relate, how the Transformer and attention work, how to talk to a model with prompts, and running your first small model yourself. Hours are estimates: about 2–3 months at roughly 10 hours a week; allow more if Python is new to you.',
  },
  outcomes: [
    {
      'zh-CN': '能用自己的话讲清大模型从哪里来、能做什么、在哪些地方容易出错。',
      en: 'Explain in your own words where LLMs came from, what they can do and where they tend to fail.',
    },
    {
      'zh-CN': '能读懂 Transformer 的结构图，并用 PyTorch 写出一个可以训练的迷你版本。',
      en: 'Read a Transformer architecture diagram and write a small, trainable version in PyTorch.',
    },
    {
      'zh-CN': '能用角色设定、少样本示例和思维链写出稳定可用的提示词。',
      en: 'Write dependable prompts with roles, few-shot examples and chain of thought.',
    },
    {
      'zh-CN': '能在本地加载开源模型生成文本，并解释分词和解码参数如何影响结果。',
      en: 'Load an open model locally, generate text, and explain how tokenization and decoding settings change the output.',
    },
  ],
  roles: [],
  skills: [
    'ml-fundamentals',
    'deep-learning',
    'llm-principles',
    'python',
    'pytorch',
    'tensorflow',
    'prompt-design',
    'ai-safety-ethics',
  ],
  modules: [
    {
      id: 'l1-from-ai-to-llm',
      title: { 'zh-CN': '从人工智能到大模型', en: 'From AI to large language models' },
      summary: {
        'zh-CN':
          '先把地图摊开：人工智能、机器学习、深度学习各管什么，大模型又是怎样一步步长出来的；顺手把 Python 和深度学习框架的基本功补齐。',
        en: 'Lay out the map first: what AI, machine learning and deep learning each cover and how large models grew out of them, plus the Python and framework basics you will use throughout.',
      },
      topics: [
        {
          id: 'ai-ml-dl-overview',
          title: {
            'zh-CN': '人工智能、机器学习与深度学习',
            en: 'AI, machine learning and deep learning',
          },
          summary: {
            'zh-CN':
              '了解监督学习、损失函数、梯度下降、过拟合这些贯穿始终的基本概念，以及深度学习为什么能在语言任务上后来居上。后面每个阶段都默认你已经熟悉这些词。',
            en: 'Learn the ideas that run through everything that follows — supervised learning, loss functions, gradient descent, overfitting — and why deep learning overtook earlier methods on language. Every later stage assumes these words are familiar.',
          },
          kind: 'concept',
          estimatedHours: 10,
          skills: ['ml-fundamentals', 'deep-learning'],
          resources: [library.d2lZh, library.d2lEn, library.scikitLearn],
        },
        {
          id: 'python-for-ai',
          title: { 'zh-CN': '面向 AI 的 Python 与数据处理', en: 'Python and data handling for AI' },
          summary: {
            'zh-CN':
              '掌握函数、类、虚拟环境和包管理，再用 NumPy 和 pandas 读取、清洗、统计数据。大模型工程的代码大多是 Python，处理数据更是家常便饭。',
            en: 'Get comfortable with functions, classes, virtual environments and packages, then use NumPy and pandas to load, clean and summarize data. Most LLM engineering code is Python, and data wrangling is a daily task.',
          },
          kind: 'practice',
          estimatedHours: 15,
          skills: ['python', 'data-analysis'],
          resources: [
            library.pythonTutorialZh,
            library.pythonTutorialEn,
            library.numpy,
            library.pandas,
          ],
        },
        {
          id: 'deep-learning-frameworks',
          title: {
            'zh-CN': '深度学习框架上手：PyTorch 与 TensorFlow',
            en: 'Getting started with PyTorch and TensorFlow',
          },
          summary: {
            'zh-CN':
              '用张量、自动求导和优化器训练一个小型神经网络，体会前向传播、反向传播和训练循环。以 PyTorch 为主，因为开源大模型生态几乎都建立在它之上；TensorFlow 要能看懂，读别人的项目时用得上。',
            en: 'Train a small neural network with tensors, autograd and an optimizer, and watch the forward pass, backpropagation and training loop at work. Focus on PyTorch, which almost the whole open-model ecosystem builds on, and learn enough TensorFlow to read projects written in it.',
          },
          kind: 'practice',
          estimatedHours: 14,
          prerequisites: ['ai-ml-dl-overview', 'python-for-ai'],
          skills: ['deep-learning', 'pytorch', 'tensorflow'],
          resources: [
            library.pytorchTutorials,
            library.tensorflowTutorials,
            library.d2lZh,
            library.deepLearningBook,
          ],
        },
        {
          id: 'llm-origins-agi',
          title: {
            'zh-CN': '大模型从何而来：GPT 家族与 AGI 之争',
            en: 'Where LLMs came from: the GPT lineage and the AGI debate',
          },
          summary: {
            'zh-CN':
              '沿着 GPT-1、GPT-2、GPT-3 到 ChatGPT、GPT-4，再到 o1 这类先“思考”再回答的推理模型和 GPT-5 这条线，看模型规模、数据和训练方法如何一步步带来能力跃升；同时了解 Llama、DeepSeek、Qwen 等开源权重模型怎样追上来，以及围绕通用人工智能（AGI）的几种主要观点。有了这条时间线，再看到新模型发布，就知道它改进的是哪一环。',
            en: 'Follow GPT-1, GPT-2 and GPT-3 through ChatGPT and GPT-4 to reasoning models such as o1 that “think” before they answer, and GPT-5, to see how scale, data and training methods brought each jump in ability; see how open-weight families such as Llama, DeepSeek and Qwen caught up; and meet the main positions in the debate about artificial general intelligence (AGI). With this timeline you can place any new model release and see what it improves.',
          },
          kind: 'concept',
          estimatedHours: 5,
          prerequisites: ['ai-ml-dl-overview'],
          skills: ['llm-principles'],
          resources: [
            library.gpt3,
            library.gpt4,
            library.deepseekR1,
            library.llmSurvey,
            library.sparksOfAgi,
          ],
        },
      ],
    },
    {
      id: 'l1-how-llms-work',
      title: { 'zh-CN': '大模型是怎么工作的', en: 'How LLMs work' },
      summary: {
        'zh-CN':
          '拆开大模型看内部：文字怎样变成 token，注意力机制怎样让模型读懂上下文，预训练模型又为什么能迁移到各种任务上。',
        en: 'Open the box: how text becomes tokens, how attention lets a model use its context, and why pre-trained models transfer to so many tasks.',
      },
      topics: [
        {
          id: 'tokenization',
          title: { 'zh-CN': '分词与 Token', en: 'Tokenization and tokens' },
          summary: {
            'zh-CN':
              '理解 BPE 等子词分词算法，动手看看一句中文或一段代码会被切成多少个 token。上下文长度、调用计费和不少奇怪的模型行为，根源都在分词上。',
            en: 'Understand subword tokenizers such as BPE and check how many tokens a Chinese sentence or a piece of code becomes. Context limits, API pricing and many odd model behaviours trace back to tokenization.',
          },
          kind: 'concept',
          estimatedHours: 4,
          prerequisites: ['python-for-ai'],
          skills: ['llm-principles', 'python'],
          resources: [library.bpe, library.tiktoken, library.minbpe],
        },
        {
          id: 'transformer-attention',
          title: { 'zh-CN': 'Transformer 与注意力机制', en: 'The Transformer and attention' },
          summary: {
            'zh-CN':
              '逐层弄懂自注意力、多头注意力、位置编码、残差连接和层归一化，以及编码器和解码器的分工。这是整条路线最核心的一课：检索、微调、推理优化都建立在它之上。',
            en: 'Work through self-attention, multi-head attention, positional encoding, residual connections and layer normalization, and how encoders and decoders divide the work. This is the core lesson of the whole roadmap: retrieval, fine-tuning and inference optimization all build on it.',
          },
          kind: 'concept',
          estimatedHours: 10,
          prerequisites: ['deep-learning-frameworks', 'tokenization'],
          skills: ['deep-learning', 'llm-principles'],
          resources: [library.attention, library.illustratedTransformer, library.cs224n],
        },
        {
          id: 'modern-llm-architecture',
          title: {
            'zh-CN': '现代大模型架构：RoPE、GQA/MLA、长上下文与 MoE',
            en: 'Modern LLM architecture: RoPE, GQA/MLA, long context and MoE',
          },
          summary: {
            'zh-CN':
              '2017 年的 Transformer 之后，今天的主流模型几乎都是只有解码器的结构，并做了几处关键改动：旋转位置编码（RoPE）及其外推方法让上下文扩展到几十万 token；分组查询注意力（GQA）和多头潜在注意力（MLA）压缩 KV 缓存；混合专家（MoE）让总参数很大、每个 token 只激活一小部分。读懂这些，才看得懂 DeepSeek、Qwen 等模型卡上的参数和显存需求。',
            en: 'Since the 2017 Transformer, almost every leading model is decoder-only with a few key changes: rotary position embedding (RoPE) and its extension methods stretch context to hundreds of thousands of tokens; grouped-query attention (GQA) and multi-head latent attention (MLA) shrink the KV cache; mixture of experts (MoE) keeps total parameters large while each token uses only a few experts. Knowing these lets you read the model cards of DeepSeek, Qwen and others and what they mean for memory.',
          },
          kind: 'concept',
          estimatedHours: 8,
          prerequisites: ['transformer-attention'],
          skills: ['llm-principles', 'deep-learning'],
          resources: [
            library.roformer,
            library.gqa,
            library.deepseekV2,
            library.mixtral,
            library.yarn,
          ],
        },
        {
          id: 'pretrained-models',
          title: {
            'zh-CN': '预训练模型：BERT、XLNet 与 GPT 的不同路线',
            en: 'Pre-trained models: the BERT, XLNet and GPT approaches',
          },
          summary: {
            'zh-CN':
              '比较掩码语言模型、排列语言模型和自回归语言模型三种预训练思路，理解“预训练 + 微调”和“直接用提示词”两种用法。分得清一个模型擅长理解还是擅长生成，才能为任务选对模型。',
            en: 'Compare three pre-training objectives — masked, permutation and autoregressive language modelling — and the two ways to use the result: fine-tune it, or prompt it directly. Knowing whether a model is built for understanding or for generation lets you pick the right one for a task.',
          },
          kind: 'concept',
          estimatedHours: 5,
          prerequisites: ['transformer-attention', 'llm-origins-agi'],
          skills: ['llm-principles', 'deep-learning'],
          resources: [library.bert, library.xlnet, library.gpt3, library.hfLlmCourse],
        },
      ],
    },
    {
      id: 'l1-working-with-llms',
      title: { 'zh-CN': '与大模型打交道', en: 'Working with LLMs' },
      summary: {
        'zh-CN':
          '学会用提示词把需求讲清楚，认清大模型的风险边界，再看看它在各行各业已经落地的样子。',
        en: 'Learn to state a task clearly in a prompt, know where the risks lie, and see how LLMs are already used across industries.',
      },
      topics: [
        {
          id: 'prompt-basics',
          title: {
            'zh-CN': '提示词工程入门：角色、少样本与思维链',
            en: 'Prompt engineering basics: roles, few-shot and chain of thought',
          },
          summary: {
            'zh-CN':
              '练习把任务写清楚、给模型设定角色、提供少量示例、引导它一步步推理，并对照输出反复修改提示词。这是成本最低、见效最快的大模型技能，后面的应用开发处处用得上。',
            en: 'Practise stating the task precisely, giving the model a role, showing a few examples, asking it to reason step by step, and revising the prompt against its output. It is the cheapest and quickest LLM skill to pay off, and every later application relies on it.',
          },
          kind: 'practice',
          estimatedHours: 5,
          prerequisites: ['llm-origins-agi'],
          skills: ['prompt-design'],
          resources: [library.promptGuideZh, library.promptGuideEn, library.chainOfThought],
        },
        {
          id: 'ai-safety-ethics',
          title: { 'zh-CN': 'AI 安全与伦理', en: 'AI safety and ethics' },
          summary: {
            'zh-CN':
              '认识幻觉、偏见、隐私泄露、版权和滥用等风险，以及业界管理这些风险的常见框架。从第一天起就带着责任意识做事，后面做产品、做部署时才不会埋雷。',
            en: 'Learn the risks — hallucination, bias, privacy leaks, copyright, misuse — and the common frameworks for managing them. Building responsibly from day one keeps you from planting problems in the products and deployments you build later.',
          },
          kind: 'concept',
          estimatedHours: 3,
          prerequisites: ['llm-origins-agi'],
          skills: ['ai-safety-ethics'],
          resources: [library.ethicalRisks, library.nistAiRmf],
        },
        {
          id: 'llm-use-cases',
          title: {
            'zh-CN': '大模型的应用场景与商业化落地',
            en: 'LLM use cases and commercial adoption',
          },
          summary: {
            'zh-CN':
              '梳理客服、知识库问答、内容生成、编程助手、数据分析等典型场景，学会判断一个需求适不适合用大模型、值不值得做，以及上线后靠什么衡量成败。和业务方沟通时，这种判断往往比技术细节更重要。',
            en: 'Survey typical uses — customer service, knowledge-base Q&A, content generation, coding assistants, data analysis — and learn to judge whether a need suits an LLM, whether it is worth building, and how success will be measured once it is live. In conversations with the business side, that judgement often matters more than technical detail.',
          },
          kind: 'concept',
          estimatedHours: 3,
          prerequisites: ['prompt-basics'],
          skills: ['llm-principles', 'teamwork-communication'],
          resources: [library.foundationModels],
        },
      ],
    },
    {
      id: 'l1-projects',
      title: { 'zh-CN': '入门实战', en: 'First projects' },
      summary: {
        'zh-CN':
          '把前面学的原理落到代码上：自己写一个 Transformer，再在本地跑起一个真正的开源模型。',
        en: 'Turn the theory into code: write a Transformer yourself, then run a real open model on your own machine.',
      },
      topics: [
        {
          id: 'project-tiny-transformer',
          title: {
            'zh-CN': '项目：用 PyTorch 从零实现迷你 Transformer',
            en: 'Project: a tiny Transformer from scratch in PyTorch',
          },
          summary: {
            'zh-CN':
              '不借助现成的模型类，亲手实现注意力层和解码器，在一小段文本（比如一部小说）上训练它续写。自己写过一遍，论文里的公式就不再抽象，以后排查训练问题也心里有数。',
            en: 'Without ready-made model classes, implement attention and a decoder yourself and train it to continue a small text, such as one novel. After building one, the equations in the paper stop being abstract, and you will know where to look when training goes wrong later.',
          },
          kind: 'project',
          estimatedHours: 10,
          prerequisites: ['transformer-attention'],
          skills: ['pytorch', 'deep-learning', 'real-projects'],
          resources: [library.zeroToHero, library.attention],
        },
        {
          id: 'project-run-gpt2',
          title: {
            'zh-CN': '项目：在本地用 GPT-2 生成文本',
            en: 'Project: text generation with GPT-2 on your own machine',
          },
          summary: {
            'zh-CN':
              '用 Hugging Face Transformers 下载并运行 GPT-2 这类小型开源模型，对比温度、top-p 等解码参数对生成结果的影响，把实验过程整理成一篇笔记。这是你第一次完整走通“加载模型—推理—观察结果”的流程。',
            en: 'Download and run a small open model such as GPT-2 with Hugging Face Transformers, compare how temperature, top-p and other decoding settings change the output, and write up what you found. It is your first complete pass through loading a model, running inference and observing the results.',
          },
          kind: 'project',
          estimatedHours: 5,
          prerequisites: ['pretrained-models', 'tokenization'],
          skills: ['python', 'llm-principles', 'real-projects', 'technical-writing'],
          resources: [library.hfTransformers, library.hfLlmCourse],
        },
      ],
    },
  ],
} satisfies LevelInput;

const l2 = {
  id: 'l2',
  code: 'L2',
  title: { 'zh-CN': 'AI大模型API应用开发工程', en: 'LLM API application engineering' },
  summary: {
    'zh-CN':
      '从“会用”走向“会做”：通过 API 把大模型接进自己的程序，掌握结构化输出和函数调用，搭建向量检索和检索增强生成（RAG），并学会用数据评估效果。学时为估算值：按每周约 10 小时，大约需要 3～4 个月。',
    en: 'From using LLMs to building with them: call models from your own code through APIs, get structured output and function calls, build vector search and retrieval-augmented generation (RAG), and measure quality with data. Hours are estimates: about 3–4 months at roughly 10 hours a week.',
  },
  outcomes: [
    {
      'zh-CN': '能用 Python 调用主流大模型 API，处理好流式输出、重试、超时和费用控制。',
      en: 'Call the major LLM APIs from Python, handling streaming, retries, timeouts and cost.',
    },
    {
      'zh-CN': '能让模型稳定地输出 JSON、调用外部函数，并把它接进真实的业务流程。',
      en: 'Get reliable JSON and function calls out of a model and wire them into real workflows.',
    },
    {
      'zh-CN': '能独立搭建基于向量数据库的 RAG 问答系统，并用评估数据说明它好在哪、差在哪。',
      en: 'Build a RAG question-answering system on a vector database by yourself, and show with evaluation data where it does well and where it fails.',
    },
    {
      'zh-CN': '手里有能拿得出手的作品，可以应聘 AI 应用开发工程师。',
      en: 'Have a portfolio to apply for AI application developer roles.',
    },
  ],
  roles: ['ai-application-developer'],
  skills: [
    'python',
    'prompt-design',
    'langchain',
    'rag-engineering',
    'evaluation',
    'data-analysis',
    'real-projects',
  ],
  modules: [
    {
      id: 'l2-llm-apis',
      title: { 'zh-CN': '调用大模型 API', en: 'Calling LLM APIs' },
      summary: {
        'zh-CN':
          '把大模型当成一个可以编程的服务：请求怎么发、token 怎么计费、什么时候用推理模型、每次调用怎么追踪、输出怎么变成程序能用的数据。',
        en: 'Treat the model as a programmable service: how to send requests, what tokens cost, when to use a reasoning model, how to trace every call, and how to turn output into data your program can use.',
      },
      topics: [
        {
          id: 'chat-completion-api',
          title: {
            'zh-CN': '调用大模型 API：Chat Completions、Responses 与国内平台',
            en: 'Calling LLM APIs: Chat Completions, Responses and Chinese platforms',
          },
          summary: {
            'zh-CN':
              '用 Python 调用对话接口，掌握消息角色、多轮对话、流式输出、超时重试和错误处理。OpenAI 的 Chat Completions 格式已是事实标准，DeepSeek、阿里云百炼（通义千问）、火山方舟（豆包）、Kimi、智谱等国内平台都提供兼容接口；OpenAI 较新的 Responses API 则把工具调用和多轮状态放进了同一个接口。',
            en: "Call chat endpoints from Python: message roles, multi-turn conversation, streaming, timeouts, retries and error handling. The OpenAI Chat Completions format is the de facto standard, and Chinese platforms such as DeepSeek, Alibaba Cloud Model Studio (Qwen), Volcano Engine Ark (Doubao), Kimi and Zhipu offer compatible endpoints; OpenAI's newer Responses API puts tool calls and conversation state behind one endpoint.",
          },
          kind: 'practice',
          estimatedHours: 8,
          prerequisites: ['prompt-basics', 'python-for-ai'],
          skills: ['python', 'prompt-design'],
          resources: [
            library.openAiApiReference,
            library.openAiResponses,
            library.deepseekApi,
            library.bailian,
            library.llmCookbook,
          ],
        },
        {
          id: 'tokens-context-cost',
          title: { 'zh-CN': 'Token、上下文窗口与成本', en: 'Tokens, context windows and cost' },
          summary: {
            'zh-CN':
              '学会估算一次调用的输入输出 token 数、费用和延迟，理解上下文窗口的限制以及截断、摘要等应对办法。功能做出来之后，用不用得起、响应快不快，往往取决于这笔账算得清不清。',
            en: 'Estimate the input and output tokens, cost and latency of a call, and understand context-window limits and the ways around them, such as truncation and summarizing. Once a feature works, whether it is affordable and fast enough usually depends on getting these numbers right.',
          },
          kind: 'concept',
          estimatedHours: 4,
          prerequisites: ['chat-completion-api', 'tokenization'],
          skills: ['prompt-design', 'data-analysis'],
          resources: [library.tiktoken, library.openAiApiReference],
        },
        {
          id: 'reasoning-models',
          title: { 'zh-CN': '推理模型与思考预算', en: 'Reasoning models and thinking budgets' },
          summary: {
            'zh-CN':
              '推理模型（如 DeepSeek-R1、OpenAI o 系列、Qwen3 的思考模式）在回答前先生成一段思维链，数学、代码和多步规划明显更强，但也更慢、更贵：思考部分同样按输出 token 计费。学会用推理强度或思考预算控制思考长度，按任务在推理模型和普通模型之间选择，并注意多轮对话中如何处理思考内容。',
            en: 'Reasoning models (DeepSeek-R1, the OpenAI o series, Qwen3 in thinking mode) write a chain of thought before answering; they are clearly stronger at maths, code and multi-step planning, but slower and dearer, since the thinking is billed as output tokens. Learn to cap thinking with a reasoning-effort setting or thinking budget, choose per task between a reasoning model and a plain one, and handle the thinking text correctly in multi-turn conversations.',
          },
          kind: 'concept',
          estimatedHours: 5,
          prerequisites: ['tokens-context-cost'],
          skills: ['llm-principles', 'prompt-design'],
          resources: [library.openAiReasoning, library.deepseekReasoningGuide, library.deepseekR1],
        },
        {
          id: 'structured-output-function-calling',
          title: { 'zh-CN': '结构化输出与函数调用', en: 'Structured output and function calling' },
          summary: {
            'zh-CN':
              '用 JSON Schema 约束模型输出，让它按固定格式抽取信息，或者决定调用哪个函数、传什么参数，再校验并处理返回结果。这是大模型和现有系统对接的桥梁，也是 L3 智能体的基础。',
            en: 'Constrain output with a JSON Schema so that the model extracts information in a fixed shape, or decides which function to call with which arguments; then validate and handle the result. This is the bridge between LLMs and existing systems, and the foundation of the agents in L3.',
          },
          kind: 'practice',
          estimatedHours: 8,
          prerequisites: ['chat-completion-api'],
          skills: ['prompt-design', 'python'],
          resources: [library.openAiFunctionCalling, library.openAiStructuredOutputs],
        },
        {
          id: 'prompt-chains-langchain',
          title: {
            'zh-CN': '提示词模板、调用链与 LangChain',
            en: 'Prompt templates, chains and LangChain',
          },
          summary: {
            'zh-CN':
              '把复杂任务拆成多个步骤，用提示词模板、输出解析器和调用链串起来，并用 LangChain 组织这些组件。学框架的同时也要看懂它在底下做了什么，遇到框架不合适的场合能自己动手写。',
            en: 'Break a complex task into steps and connect them with prompt templates, output parsers and chains, organized with LangChain. Learn what the framework does underneath as well, so that you can write it by hand when the framework does not fit.',
          },
          kind: 'practice',
          estimatedHours: 8,
          prerequisites: ['structured-output-function-calling'],
          skills: ['langchain', 'prompt-design'],
          resources: [library.langChain, library.llmCookbook],
        },
        {
          id: 'llm-web-service',
          title: {
            'zh-CN': '把大模型能力封装成 Web 服务',
            en: 'Serving an LLM feature as a web API',
          },
          summary: {
            'zh-CN':
              '用 FastAPI 写一个支持流式输出、限流和日志的接口，把模型调用藏在自己的服务后面。真实项目里，前端和其他系统调用的是你的服务，而不是直接调用模型。',
            en: 'Write an endpoint with FastAPI that streams responses, limits request rates and logs calls, keeping model calls behind your own service. In real projects, front ends and other systems call your service, not the model directly.',
          },
          kind: 'practice',
          estimatedHours: 6,
          prerequisites: ['chat-completion-api'],
          skills: ['python', 'deployment-ops'],
          resources: [library.fastApi],
        },
        {
          id: 'llm-observability',
          title: { 'zh-CN': '调用链追踪与日志', en: 'Tracing and logging for LLM apps' },
          summary: {
            'zh-CN':
              '给每一次模型调用、检索和工具调用记录链路追踪，看清提示词、耗时、token 用量和费用，出问题时能定位到具体哪一步。从第一个 RAG 项目起就打开追踪，后面的评估和调优都靠这些数据。',
            en: 'Trace every model call, retrieval and tool call, with its prompt, latency, token usage and cost, so that when something goes wrong you can find the exact step. Turn tracing on from your first RAG project: later evaluation and tuning run on this data.',
          },
          kind: 'practice',
          estimatedHours: 8,
          prerequisites: ['llm-web-service'],
          skills: ['deployment-ops', 'evaluation'],
          resources: [library.langfuse, library.openTelemetry],
        },
        {
          id: 'llm-app-platforms',
          title: {
            'zh-CN': '国内模型平台与低代码智能体搭建',
            en: 'Chinese model platforms and low-code agent builders',
          },
          summary: {
            'zh-CN':
              '了解国内团队常用的平台：阿里云百炼、火山方舟等模型服务平台，以及 Dify、扣子（Coze）这类可视化搭建工作流和智能体的工具。学会判断什么时候用它们快速验证想法、什么时候需要写代码，以及数据、费用和可迁移性上的取舍。',
            en: 'Meet the platforms teams in China use: model services such as Alibaba Cloud Model Studio (Bailian) and Volcano Engine Ark, and visual builders for workflows and agents such as Dify and Coze. Learn when they are the quickest way to test an idea and when you need code, and the trade-offs in data, cost and portability.',
          },
          kind: 'practice',
          estimatedHours: 5,
          prerequisites: ['chat-completion-api'],
          skills: ['prompt-design', 'teamwork-communication'],
          resources: [library.bailian, library.dify, library.cozeStudio],
        },
        {
          id: 'ai-coding-assistants',
          title: {
            'zh-CN': 'AI 编程助手与编程智能体',
            en: 'AI coding assistants and coding agents',
          },
          summary: {
            'zh-CN':
              '把 AI 编程工具用进自己的日常工作：在编辑器里补全和对话，在终端里让编程智能体读代码、改文件、跑测试。学会给它们清楚的任务和约束，审查每一处改动，并知道 SWE-bench 这类基准衡量的是什么、没衡量什么。',
            en: 'Use AI coding tools in your own daily work: completion and chat in the editor, and coding agents in the terminal that read code, edit files and run tests. Learn to give them clear tasks and limits, review every change they make, and know what benchmarks such as SWE-bench do and do not measure.',
          },
          kind: 'practice',
          estimatedHours: 4,
          prerequisites: ['chat-completion-api'],
          skills: ['python', 'real-projects'],
          resources: [library.codexCli, library.qwenCode, library.sweBench],
        },
      ],
    },
    {
      id: 'l2-embeddings-vector-search',
      title: { 'zh-CN': '向量化与向量检索', en: 'Embeddings and vector search' },
      summary: {
        'zh-CN': '让程序按“意思”而不是按“字面”找资料：文本嵌入、向量数据库和文档切块。',
        en: 'Let programs search by meaning rather than by exact words: text embeddings, vector databases and document chunking.',
      },
      topics: [
        {
          id: 'embeddings',
          title: { 'zh-CN': '文本嵌入与语义相似度', en: 'Text embeddings and semantic similarity' },
          summary: {
            'zh-CN':
              '理解文本嵌入如何把语义变成向量、相似度怎么计算，学会在 MTEB 和中文的 C-MTEB 榜单上结合自己的数据选模型：中文场景常用 BGE（含多语言的 BGE-M3）、Qwen3-Embedding 等开源模型，也可调用平台的嵌入接口。检索质量首先取决于嵌入模型选得对不对。',
            en: "Understand how text embeddings turn meaning into vectors and how similarity is computed, and choose a model using MTEB, the Chinese C-MTEB and your own data: for Chinese, open models such as BGE (including the multilingual BGE-M3) and Qwen3-Embedding are common, or a platform's embedding endpoint. Retrieval quality starts with the right embedding model.",
          },
          kind: 'concept',
          estimatedHours: 6,
          prerequisites: ['pretrained-models', 'python-for-ai'],
          skills: ['llm-principles', 'rag-engineering'],
          resources: [
            library.sentenceBert,
            library.sentenceTransformers,
            library.mteb,
            library.cPack,
            library.bgeM3,
          ],
        },
        {
          id: 'vector-databases',
          title: {
            'zh-CN': '向量数据库：Milvus、Chroma、FAISS、Qdrant',
            en: 'Vector databases: Milvus, Chroma, FAISS and Qdrant',
          },
          summary: {
            'zh-CN':
              '把同一批文档分别存进几种向量库，比较它们在近似最近邻索引（如 HNSW、IVF）、元数据过滤和持久化上的差异。选型要看数据规模、部署方式和团队的运维能力，而不只是看跑分。',
            en: 'Load the same documents into several vector stores and compare their approximate-nearest-neighbour indexes (such as HNSW and IVF), metadata filtering and persistence. Choose by data size, deployment model and what your team can operate, not by benchmark numbers alone.',
          },
          kind: 'practice',
          estimatedHours: 10,
          prerequisites: ['embeddings'],
          skills: ['rag-engineering', 'python'],
          resources: [library.milvus, library.chroma, library.faiss, library.qdrant],
        },
        {
          id: 'document-chunking',
          title: { 'zh-CN': '文档解析与切块', en: 'Document parsing and chunking' },
          summary: {
            'zh-CN':
              '从 PDF、Word 和网页中提取干净的文本和表格：扫描件和版式复杂的文档可以用 MinerU 这类工具或视觉语言模型解析成 Markdown。再按段落、标题或固定长度切块，并保留来源、页码等元数据。检索效果的好坏，很大程度上在这一步就定了。',
            en: 'Extract clean text and tables from PDFs, Word files and web pages: scans and complex layouts can be parsed into Markdown with tools such as MinerU or with vision-language models. Then chunk by paragraph, heading or fixed length, keeping metadata such as source and page number. Much of retrieval quality is decided at this step.',
          },
          kind: 'practice',
          estimatedHours: 6,
          prerequisites: ['tokens-context-cost', 'python-for-ai'],
          skills: ['data-analysis', 'rag-engineering'],
          resources: [library.mineru, library.langChainRagTutorial, library.ragflow],
        },
      ],
    },
    {
      id: 'l2-rag',
      title: { 'zh-CN': '检索增强生成（RAG）', en: 'Retrieval-augmented generation (RAG)' },
      summary: {
        'zh-CN':
          '让模型依据你自己的资料回答问题：从最朴素的“检索 + 生成”，到进阶技巧和 GraphRAG，再到用数据评估效果。',
        en: 'Have the model answer from your own documents: from plain retrieve-then-generate to advanced techniques and GraphRAG, and measuring quality with data.',
      },
      topics: [
        {
          id: 'naive-rag',
          title: { 'zh-CN': 'RAG 入门：检索 + 生成', en: 'RAG basics: retrieve, then generate' },
          summary: {
            'zh-CN':
              '跑通“切块—嵌入—检索—拼接提示词—生成”整条链路，让回答附上引用来源，资料里找不到答案时老实说不知道。RAG 是目前企业落地大模型最常见的方式。',
            en: "Build the whole chain — chunk, embed, retrieve, assemble the prompt, generate — with answers that cite their sources and an honest “I don't know” when the documents lack the answer. RAG is the most common way companies put LLMs to work today.",
          },
          kind: 'practice',
          estimatedHours: 10,
          prerequisites: ['vector-databases', 'document-chunking', 'chat-completion-api'],
          skills: ['rag-engineering', 'langchain'],
          resources: [library.rag, library.langChainRagTutorial],
        },
        {
          id: 'rag-evaluation',
          title: {
            'zh-CN': '评估 RAG：测试集、RAGAS 与错误分析',
            en: 'Evaluating RAG: test sets, RAGAS and error analysis',
          },
          summary: {
            'zh-CN':
              '准备一份带参考答案的问题集，分别衡量检索的召回率与精确率、回答的忠实度与相关性，用 RAGAS 等工具自动打分，再人工抽查、分析出错原因。没有评估，优化就只能靠感觉。',
            en: 'Build a question set with reference answers, measure retrieval recall and precision and answer faithfulness and relevance, score automatically with tools such as RAGAS, then inspect failures by hand to find their causes. Without evaluation, optimization is guesswork.',
          },
          kind: 'practice',
          estimatedHours: 8,
          prerequisites: ['naive-rag'],
          skills: ['evaluation', 'data-analysis'],
          resources: [library.ragas],
        },
        {
          id: 'advanced-rag',
          title: {
            'zh-CN': '进阶 RAG：混合检索、重排序与查询改写',
            en: 'Advanced RAG: hybrid search, reranking and query rewriting',
          },
          summary: {
            'zh-CN':
              '针对朴素 RAG 的常见失败，学习关键词与向量的混合检索、用 BGE-Reranker 等交叉编码器重排序、查询改写和多路召回，并留意长上下文中“中间部分容易被忽略”的问题。每加一项技巧，都用上一课的评估集确认它真的有用。',
            en: 'For the common failures of naive RAG, learn hybrid keyword and vector search, reranking with cross-encoders such as BGE-Reranker, query rewriting and multi-route retrieval, and watch for long contexts whose middle gets ignored. Check every technique you add against the evaluation set from the previous lesson.',
          },
          kind: 'practice',
          estimatedHours: 10,
          prerequisites: ['naive-rag', 'rag-evaluation'],
          skills: ['rag-engineering'],
          resources: [library.ragSurvey, library.lostInTheMiddle, library.qdrant, library.bgeM3],
        },
        {
          id: 'graphrag',
          title: {
            'zh-CN': 'GraphRAG：用知识图谱回答全局问题',
            en: 'GraphRAG: knowledge graphs for global questions',
          },
          summary: {
            'zh-CN':
              '了解如何从文档中抽取实体和关系、构建图谱并生成社区摘要，用来回答“这批资料整体讲了什么”这类普通检索难以应付的问题。构建成本不低，先弄清它适合的场景，再决定要不要用。',
            en: 'See how entities and relations are extracted from documents into a graph with community summaries, to answer questions such as “what do these documents say overall” that plain retrieval handles poorly. Building the graph is costly, so learn where it fits before adopting it.',
          },
          kind: 'concept',
          estimatedHours: 5,
          prerequisites: ['advanced-rag'],
          skills: ['rag-engineering'],
          resources: [library.graphRag, library.graphRagRepo],
          optional: true,
        },
      ],
    },
    {
      id: 'l2-projects',
      title: { 'zh-CN': '实战项目', en: 'Projects' },
      summary: {
        'zh-CN': '用两个贴近真实业务的项目把本阶段的技能串起来，成果可以直接放进求职作品集。',
        en: "Two projects close to real business needs tie this level's skills together; the results belong in your job-hunting portfolio.",
      },
      topics: [
        {
          id: 'project-hr-policy-bot',
          title: {
            'zh-CN': '项目：企业 HR 制度问答机器人',
            en: 'Project: a Q&A bot for company HR policies',
          },
          summary: {
            'zh-CN':
              '以员工手册、考勤和报销制度等文档为知识库，做一个回答时能引用条款原文的问答服务，并附上评估集和评估报告。过程中像真实项目一样，和“业务方”确认需求、收集常见问题，并说明系统回答不了什么。',
            en: 'Using an employee handbook and attendance and expense policies as the knowledge base, build a Q&A service that quotes the relevant clause in each answer, delivered with an evaluation set and report. As in a real project, confirm requirements with the “business side”, collect the frequent questions, and state what the system cannot answer.',
          },
          kind: 'project',
          estimatedHours: 16,
          prerequisites: ['advanced-rag', 'rag-evaluation', 'llm-web-service', 'llm-observability'],
          skills: ['rag-engineering', 'evaluation', 'real-projects', 'teamwork-communication'],
          resources: [library.langChainRagTutorial, library.milvus],
        },
        {
          id: 'project-resume-search',
          title: { 'zh-CN': '项目：简历检索助手', en: 'Project: a résumé search assistant' },
          summary: {
            'zh-CN':
              '先用大模型把一批简历抽取成结构化字段（技能、工作年限、学历等），再结合向量检索和条件过滤，按岗位描述找出匹配的候选人并说明理由。处理个人信息时注意脱敏和权限控制。',
            en: 'Use an LLM to extract résumés into structured fields (skills, years of experience, education), then combine vector search with filters to find candidates who match a job description and explain each match. Mask personal data and control who can see it.',
          },
          kind: 'project',
          estimatedHours: 10,
          prerequisites: ['structured-output-function-calling', 'vector-databases'],
          skills: ['data-analysis', 'rag-engineering', 'real-projects', 'technical-writing'],
          resources: [library.openAiFunctionCalling, library.chroma],
        },
      ],
    },
  ],
} satisfies LevelInput;

const l3 = {
  id: 'l3',
  code: 'L3',
  title: { 'zh-CN': '大模型应用架构进阶实践', en: 'Advanced LLM application architecture' },
  summary: {
    'zh-CN':
      '从一问一答走向能自主规划、调用工具的智能体系统：掌握智能体的设计模式、MCP 协议、上下文工程和工作流编排，熟悉开源模型生态，并学会给大模型应用做评估、成本控制、安全防护与合规。学时为估算值：按每周约 10 小时，大约需要 4～5 个月。',
    en: 'From single questions and answers to agent systems that plan and use tools: agent design patterns, the Model Context Protocol, context engineering and workflow orchestration, the open-model ecosystem, and evaluating, costing, securing and keeping LLM applications compliant. Hours are estimates: about 4–5 months at roughly 10 hours a week.',
  },
  outcomes: [
    {
      'zh-CN': '能根据任务选择合适的架构：固定工作流、单个智能体，还是多智能体协作。',
      en: 'Choose the right architecture for a task: a fixed workflow, a single agent, or several agents working together.',
    },
    {
      'zh-CN':
        '能用 LangGraph 或同类框架搭建带工具、记忆和人工确认环节的智能体，并通过 MCP 接入外部工具。',
      en: 'Build agents with tools, memory and human approval steps in LangGraph or a similar framework, and connect external tools through MCP.',
    },
    {
      'zh-CN': '能为大模型应用建立追踪、评估和回归测试，发现并防范提示注入等安全问题。',
      en: 'Set up tracing, evaluation and regression tests for LLM applications, and find and defend against prompt injection and other security problems.',
    },
    {
      'zh-CN':
        '能在团队中主导一个大模型应用从方案设计到上线，胜任大模型应用工程师或 AI 解决方案架构师的工作。',
      en: 'Lead an LLM application from design to launch within a team, as an LLM application engineer or AI solutions architect.',
    },
  ],
  roles: ['llm-application-engineer', 'ai-solutions-architect'],
  skills: [
    'agent-design',
    'langchain',
    'rag-engineering',
    'evaluation',
    'deployment-ops',
    'ai-safety-ethics',
    'teamwork-communication',
  ],
  modules: [
    {
      id: 'l3-agents',
      title: { 'zh-CN': '智能体设计', en: 'Agent design' },
      summary: {
        'zh-CN':
          '智能体 = 大模型 + 工具 + 记忆 + 规划。先弄清它的组成和常见模式，再学会用标准协议接入工具。',
        en: 'An agent is a model plus tools, memory and planning. Learn its parts and common patterns first, then connect tools through a standard protocol.',
      },
      topics: [
        {
          id: 'agent-fundamentals',
          title: {
            'zh-CN': '智能体的组成：规划、记忆与工具',
            en: 'What an agent is made of: planning, memory and tools',
          },
          summary: {
            'zh-CN':
              '理解智能体的基本组成：模型、工具、记忆和规划，以及“工作流”（步骤预先写好）和“智能体”（模型自己决定下一步）的区别。先用最简单的方案解决问题，只在确实需要时才引入自主决策。',
            en: 'Understand what an agent is made of — model, tools, memory, planning — and the difference between a workflow, whose steps are written in advance, and an agent, which decides its own next step. Solve a problem the simplest way first and add autonomy only when it is really needed.',
          },
          kind: 'concept',
          estimatedHours: 8,
          prerequisites: ['structured-output-function-calling'],
          skills: ['agent-design'],
          resources: [library.buildingEffectiveAgents, library.agentSurvey, library.hfAgentsCourse],
        },
        {
          id: 'react-tool-use',
          title: { 'zh-CN': 'ReAct 与工具调用循环', en: 'ReAct and the tool-use loop' },
          summary: {
            'zh-CN':
              '不依赖框架，手写一个“思考—行动—观察”循环，让模型自己决定何时搜索、计算或查数据库，并处理工具报错、死循环和步数上限。亲手写过一遍，再看任何智能体框架的内部逻辑都不难。',
            en: 'Write a think–act–observe loop by hand, without a framework, letting the model decide when to search, calculate or query a database, and handle tool errors, endless loops and step limits. Once you have written one, the internals of any agent framework are easy to read.',
          },
          kind: 'practice',
          estimatedHours: 10,
          prerequisites: ['agent-fundamentals'],
          skills: ['agent-design', 'python'],
          resources: [library.react, library.toolformer],
        },
        {
          id: 'mcp',
          title: {
            'zh-CN': 'MCP 与 A2A：工具协议和智能体间协议',
            en: 'MCP and A2A: tool and agent-to-agent protocols',
          },
          summary: {
            'zh-CN':
              '学习 MCP 的客户端—服务器架构和工具、资源、提示三类能力，写一个 MCP 服务器，把内部系统开放给支持 MCP 的应用。再了解 A2A：它解决的是智能体之间如何发现对方、委托任务和返回结果，和 MCP 互为补充。两者现在都由 Linux 基金会下的开放项目维护。',
            en: "Learn MCP's client–server architecture and its three kinds of capability — tools, resources and prompts — and write an MCP server that opens an internal system to MCP-capable applications. Then meet A2A, which covers how agents discover one another, delegate tasks and return results, and complements MCP. Both are now open projects under the Linux Foundation.",
          },
          kind: 'practice',
          estimatedHours: 10,
          prerequisites: ['react-tool-use'],
          skills: ['agent-design', 'python'],
          resources: [library.modelContextProtocol, library.a2a],
        },
      ],
    },
    {
      id: 'l3-context-orchestration',
      title: { 'zh-CN': '上下文工程与编排', en: 'Context engineering and orchestration' },
      summary: {
        'zh-CN': '决定模型每一步“看到什么”、记住什么，并把多个步骤、多个智能体组织成可靠的流程。',
        en: 'Decide what the model sees and remembers at each step, and organize many steps and agents into a dependable process.',
      },
      topics: [
        {
          id: 'context-engineering',
          title: { 'zh-CN': '上下文工程', en: 'Context engineering' },
          summary: {
            'zh-CN':
              '系统地设计每次调用时放进上下文的内容：指令、检索结果、工具输出、对话历史和记忆，以及什么时候压缩、什么时候丢弃。智能体在长任务里好不好用，很大程度上取决于上下文管理。',
            en: 'Design deliberately what goes into the context on every call — instructions, retrieved passages, tool output, conversation history, memory — and when to compress or drop it. How well an agent copes with long tasks depends largely on context management.',
          },
          kind: 'concept',
          estimatedHours: 8,
          prerequisites: ['advanced-rag', 'agent-fundamentals'],
          skills: ['prompt-design', 'agent-design', 'rag-engineering'],
          resources: [library.lostInTheMiddle, library.buildingEffectiveAgents],
        },
        {
          id: 'agent-memory',
          title: {
            'zh-CN': '智能体记忆：短期、长期与上下文管理',
            en: 'Agent memory: short-term, long-term and context management',
          },
          summary: {
            'zh-CN':
              '区分对话内的短期记忆和跨会话的长期记忆，学会对历史做摘要、截断，把用户偏好和事实写进外部存储、按需取回，并决定什么该记、什么该忘、用户如何查看和删除。记忆做不好，智能体要么健忘，要么把过时或私密的信息带进回答。',
            en: 'Tell short-term memory within a conversation from long-term memory across sessions; summarize and trim history, write user preferences and facts to an external store and recall them when needed, and decide what to keep, what to forget and how users can see and delete it. Done badly, memory makes an agent forgetful, or leaks stale or private facts into its answers.',
          },
          kind: 'practice',
          estimatedHours: 6,
          prerequisites: ['context-engineering'],
          skills: ['agent-design', 'rag-engineering'],
          resources: [library.memGpt, library.mem0],
        },
        {
          id: 'agentic-rag',
          title: { 'zh-CN': '智能体式 RAG', en: 'Agentic RAG' },
          summary: {
            'zh-CN':
              '让模型自己决定要不要检索、查哪个知识库、检索结果够不够，不够就改写问题再查，而不是固定地“检索一次再回答”。学会在多跳问题上用它，也知道它带来的额外延迟和费用，并用评估集证明它比进阶 RAG 更好。',
            en: 'Let the model decide whether to retrieve, which source to query and whether the results suffice, rewriting the query and searching again when they do not, instead of a fixed retrieve-once-then-answer. Use it for multi-hop questions, know the latency and cost it adds, and prove on your evaluation set that it beats advanced RAG.',
          },
          kind: 'practice',
          estimatedHours: 6,
          prerequisites: ['advanced-rag', 'react-tool-use'],
          skills: ['rag-engineering', 'agent-design'],
          resources: [library.selfRag, library.ragSurvey],
        },
        {
          id: 'orchestration-frameworks',
          title: {
            'zh-CN': '智能体框架与 SDK：LangGraph、OpenAI Agents SDK 等',
            en: 'Agent frameworks and SDKs: LangGraph, OpenAI Agents SDK and others',
          },
          summary: {
            'zh-CN':
              '用 LangGraph 把应用写成带状态的图，支持分支、循环、人工审批和断点续跑；再比较 OpenAI Agents SDK、Google ADK 这类轻量智能体 SDK，以及偏重数据和检索的 LlamaIndex。学会按需求选框架，也要知道什么时候直接写代码更简单。',
            en: 'Use LangGraph to write an application as a stateful graph with branches, loops, human approval and resumable runs; compare lightweight agent SDKs such as the OpenAI Agents SDK and Google ADK, and LlamaIndex with its focus on data and retrieval. Choose a framework to fit the need, and know when plain code is simpler.',
          },
          kind: 'practice',
          estimatedHours: 16,
          prerequisites: ['react-tool-use', 'prompt-chains-langchain'],
          skills: ['langchain', 'agent-design'],
          resources: [
            library.langGraph,
            library.openAiAgentsSdk,
            library.googleAdk,
            library.llamaIndex,
          ],
        },
        {
          id: 'multi-agent-systems',
          title: { 'zh-CN': '多智能体协作', en: 'Multi-agent systems' },
          summary: {
            'zh-CN':
              '研究按角色分工的多智能体系统，例如主智能体把子任务交给多个子智能体并行完成，再汇总结果。2023 年的 MetaGPT（模拟软件团队的多智能体框架）和 AutoGPT（单个智能体的自主循环）是这条路的早期探索，值得了解它们为什么容易跑偏。弄清多智能体什么时候真的划算：它更难调试，token 消耗也成倍增加。',
            en: 'Study role-based multi-agent systems, such as a lead agent that hands subtasks to several subagents working in parallel and then merges their results. MetaGPT (a multi-agent framework simulating a software team) and AutoGPT (a single agent in an autonomous loop), both from 2023, are early attempts worth knowing, including why they drifted off task. Understand when several agents really pay off: they are harder to debug and multiply token use.',
          },
          kind: 'concept',
          estimatedHours: 10,
          prerequisites: ['orchestration-frameworks'],
          skills: ['agent-design'],
          resources: [library.metaGpt, library.autoGpt, library.agentSurvey],
        },
      ],
    },
    {
      id: 'l3-open-models',
      title: {
        'zh-CN': '开源模型与 Hugging Face 生态',
        en: 'Open models and the Hugging Face ecosystem',
      },
      summary: {
        'zh-CN':
          '不只会调商业 API：认识主流开源模型，熟练使用模型社区和工具链，为下一阶段的微调和私有化部署做准备。',
        en: 'Go beyond commercial APIs: know the main open models and the hubs and tools around them, in preparation for fine-tuning and private deployment in L4.',
      },
      topics: [
        {
          id: 'open-model-landscape',
          title: {
            'zh-CN': '开源权重模型全景：DeepSeek、Qwen、GLM、Kimi、Llama',
            en: 'The open-weight landscape: DeepSeek, Qwen, GLM, Kimi, Llama',
          },
          summary: {
            'zh-CN':
              '认识今天主要的开源权重模型家族：DeepSeek（V3、R1 及后续版本）、通义千问 Qwen（Qwen3 起）、智谱 GLM（GLM-4.5 起）、月之暗面 Kimi（K2 起）、MiniMax，以及 Llama、Mistral 等海外模型。学会读模型卡：参数量和激活参数、上下文长度、是否支持思考模式、许可证是否允许商用，再结合自己的评估集和硬件做选择。',
            en: "Know the main open-weight families today: DeepSeek (V3, R1 and their successors), Qwen (from Qwen3), Zhipu's GLM (from GLM-4.5), Moonshot's Kimi (from K2) and MiniMax, beside Llama and Mistral. Learn to read a model card — total and active parameters, context length, thinking mode, whether the licence allows commercial use — and choose with your own evaluation set and hardware.",
          },
          kind: 'concept',
          estimatedHours: 6,
          prerequisites: ['pretrained-models'],
          skills: ['llm-principles'],
          resources: [library.deepseekV3, library.qwen3, library.glm130b, library.llama],
        },
        {
          id: 'huggingface-ecosystem',
          title: {
            'zh-CN': 'Hugging Face 与魔搭：模型、数据集与工具链',
            en: 'Hugging Face and ModelScope: models, datasets and tooling',
          },
          summary: {
            'zh-CN':
              '熟练地搜索、下载和加载模型与数据集，用好 Transformers 的 pipeline、分词器和生成接口，并了解国内常用的魔搭社区。下一阶段的微调和部署，都要在这套工具链上完成。',
            en: 'Search, download and load models and datasets fluently; use the pipelines, tokenizers and generation APIs of Transformers; and get to know ModelScope, the model hub widely used in China. Fine-tuning and deployment in L4 all happen on this toolchain.',
          },
          kind: 'practice',
          estimatedHours: 12,
          prerequisites: ['open-model-landscape', 'project-run-gpt2'],
          skills: ['python', 'pytorch'],
          resources: [
            library.hfHub,
            library.hfTransformers,
            library.hfDatasets,
            library.modelScope,
          ],
        },
      ],
    },
    {
      id: 'l3-llmops',
      title: { 'zh-CN': '评估、安全与成本', en: 'Evaluation, security and cost' },
      summary: {
        'zh-CN':
          '应用上线之后才是真正的开始：量得出每一次改动的效果，挡得住恶意输入，守得住法规要求，算得清每一次调用的成本。',
        en: 'Launch is where the real work begins: measure the effect of every change, stop malicious input, meet the rules, and know what every call costs.',
      },
      topics: [
        {
          id: 'llm-app-evaluation',
          title: {
            'zh-CN': '大模型应用评估：评测框架、LLM 评审与线上 A/B 测试',
            en: 'Evaluating LLM apps: frameworks, LLM judges and online A/B tests',
          },
          summary: {
            'zh-CN':
              '为应用建立离线评测集，用 promptfoo、DeepEval 等开源框架把评测写成可以在 CI 里运行的测试，用“大模型当评委”给开放式回答打分并校准它的偏差；上线后用 A/B 测试和用户反馈比较提示词与模型版本。每次改动都先跑评测，再决定是否上线。',
            en: 'Build an offline evaluation set for the app, turn it into tests that run in CI with open-source frameworks such as promptfoo and DeepEval, score open-ended answers with an LLM judge and calibrate its biases; after launch, compare prompt and model versions with A/B tests and user feedback. Run the evaluation before every change ships.',
          },
          kind: 'practice',
          estimatedHours: 12,
          prerequisites: ['rag-evaluation', 'react-tool-use'],
          skills: ['evaluation', 'data-analysis'],
          resources: [library.llmAsJudge, library.promptfoo, library.deepEval, library.langfuse],
        },
        {
          id: 'cost-latency-engineering',
          title: {
            'zh-CN': '成本与延迟工程：缓存、批处理、路由与网关',
            en: 'Cost and latency engineering: caching, batching, routing and gateways',
          },
          summary: {
            'zh-CN':
              '把提示词中不变的部分放在前面以命中提示缓存，离线任务走半价左右的批处理接口，用模型路由把简单请求交给便宜的小模型、失败时自动切换备用模型，用 LiteLLM、Higress 这类网关统一鉴权、限流和计费；对重复问题可以加语义缓存，但要评估答错的风险。用追踪数据核算每次请求的费用和延迟。',
            en: 'Put the unchanging part of a prompt first so it hits the prompt cache, send offline work to batch endpoints at roughly half price, route easy requests to a cheap small model and fail over to a backup model, and use gateways such as LiteLLM or Higress for keys, rate limits and billing in one place; add a semantic cache for repeated questions, weighing the risk of wrong hits. Account for cost and latency per request from your traces.',
          },
          kind: 'practice',
          estimatedHours: 8,
          prerequisites: ['tokens-context-cost', 'llm-observability'],
          skills: ['deployment-ops', 'evaluation'],
          resources: [
            library.openAiPromptCaching,
            library.openAiBatch,
            library.deepseekContextCache,
            library.liteLlm,
            library.higress,
            library.routeLlm,
            library.gptCache,
          ],
        },
        {
          id: 'agent-evaluation',
          title: { 'zh-CN': '智能体评估', en: 'Evaluating agents' },
          summary: {
            'zh-CN':
              '智能体的结果不只看最终回答：还要看任务是否完成、工具调用是否正确、步数和费用、多次运行是否稳定。学会为自己的智能体设计带模拟用户和工具环境的任务集，读懂 τ-bench、SWE-bench 这类基准的做法，并从追踪记录里分析失败。',
            en: 'An agent is judged on more than its final answer: did it finish the task, call the right tools correctly, at what number of steps and cost, and does it succeed run after run? Design task suites with simulated users and tool environments for your own agents, understand how benchmarks such as τ-bench and SWE-bench work, and analyze failures from the traces.',
          },
          kind: 'practice',
          estimatedHours: 6,
          prerequisites: ['llm-app-evaluation', 'react-tool-use'],
          skills: ['evaluation', 'agent-design'],
          resources: [library.tauBench, library.sweBench, library.inspectAi],
        },
        {
          id: 'llm-app-security',
          title: {
            'zh-CN': '提示注入与大模型应用安全',
            en: 'Prompt injection and LLM application security',
          },
          summary: {
            'zh-CN':
              '对照 OWASP 大模型应用十大风险，理解直接和间接提示注入（藏在网页、邮件、文档里的指令）、过度授权（Excessive Agency）、敏感信息泄露和不安全的输出处理。防御要分层：把外部内容当数据而非指令、工具最小权限、敏感操作人工确认、输出校验，并假设注入总有可能成功。',
            en: 'Using the OWASP Top 10 for LLM applications, understand direct and indirect prompt injection (instructions hidden in web pages, emails and documents), excessive agency, sensitive information disclosure and improper output handling. Defend in layers: treat outside content as data, not instructions; give tools least privilege; ask a human to confirm sensitive actions; validate output; and assume an injection may still succeed.',
          },
          kind: 'concept',
          estimatedHours: 6,
          prerequisites: ['react-tool-use', 'ai-safety-ethics'],
          skills: ['ai-safety-ethics', 'deployment-ops'],
          resources: [library.owaspLlmTop10, library.indirectInjection],
        },
        {
          id: 'guardrails-red-teaming',
          title: {
            'zh-CN': '护栏、内容审核与红队测试',
            en: 'Guardrails, moderation and red-teaming',
          },
          summary: {
            'zh-CN':
              '在输入和输出两侧加护栏：用 Llama Guard、Qwen3Guard 等安全分类模型或平台的内容审核接口拦截违规内容，用 NeMo Guardrails 等框架约束对话范围。上线前用 garak、promptfoo 做自动化红队测试，把发现的攻击样本加进回归测试集。',
            en: "Put guardrails on both input and output: block unsafe content with safety classifiers such as Llama Guard and Qwen3Guard or a platform's moderation endpoint, and keep conversations in scope with frameworks such as NeMo Guardrails. Before launch, run automated red-teaming with garak or promptfoo and add the attacks you find to the regression suite.",
          },
          kind: 'practice',
          estimatedHours: 8,
          prerequisites: ['llm-app-security'],
          skills: ['ai-safety-ethics', 'evaluation'],
          resources: [library.llamaGuard, library.nemoGuardrails, library.garak, library.promptfoo],
        },
        {
          id: 'china-genai-compliance',
          title: {
            'zh-CN': '在中国提供生成式 AI 服务：法规与备案',
            en: 'Offering generative AI services in China: rules and filing',
          },
          summary: {
            'zh-CN':
              '了解《生成式人工智能服务管理暂行办法》对面向公众服务的要求：训练数据来源合法、内容安全、个人信息保护和投诉处理；具有舆论属性或社会动员能力的服务还要做安全评估、算法备案和大模型备案，直接调用已备案模型的应用则按所在地要求登记。AI 生成内容需按《人工智能生成合成内容标识办法》和配套国家标准加标识。',
            en: 'Learn what the Interim Measures for the Management of Generative AI Services require of a public service: lawful training data, content safety, protection of personal information and a way to handle complaints. Services with public-opinion attributes or social-mobilization capacity also need a security assessment, algorithm filing and model filing, while apps that call an already filed model register as their local regulator requires. AI-generated content must be labelled under the Measures for Labelling AI-Generated Synthetic Content and the matching national standard.',
          },
          kind: 'concept',
          estimatedHours: 4,
          prerequisites: ['llm-app-security'],
          skills: ['ai-safety-ethics'],
          resources: [library.cacGenAiMeasures],
        },
      ],
    },
    {
      id: 'l3-projects',
      title: { 'zh-CN': '实战项目', en: 'Projects' },
      summary: {
        'zh-CN': '两个完整的智能体项目，从需求、架构到评估和上线演示，都按团队项目的标准来做。',
        en: 'Two complete agent projects, from requirements and architecture to evaluation and a launch demo, held to the standard of a team project.',
      },
      topics: [
        {
          id: 'project-travel-agent',
          title: {
            'zh-CN': '项目：多意图旅行助手智能体',
            en: 'Project: a multi-intent travel assistant agent',
          },
          summary: {
            'zh-CN':
              '用户一句话里可能同时要查航班、订酒店、看天气、算预算，助手要能识别多个意图、拆解任务、调用对应的工具，信息不全时主动追问。交付时附上架构图和设计取舍说明，像在团队方案评审会上一样把它讲清楚。',
            en: 'One message may ask for flights, a hotel, the weather and a budget at once; the assistant must recognize each intent, split the work, call the right tools and ask follow-up questions when details are missing. Deliver it with an architecture diagram and a note on design trade-offs, explained as you would in a team design review.',
          },
          kind: 'project',
          estimatedHours: 22,
          prerequisites: ['orchestration-frameworks', 'mcp', 'context-engineering'],
          skills: ['agent-design', 'real-projects', 'teamwork-communication', 'technical-writing'],
          resources: [library.hfAgentsCourse, library.langGraph],
        },
        {
          id: 'project-customer-service-agent',
          title: {
            'zh-CN': '项目：带工具的客服智能体',
            en: 'Project: a customer-service agent with tools',
          },
          summary: {
            'zh-CN':
              '做一个能查订单、改地址、办退款的客服智能体：敏感操作需要人工确认，全链路可追踪，配有评估集和回归测试，并能抵御常见的提示注入。它会是你作品集里最接近真实生产环境的一件。',
            en: 'Build a customer-service agent that looks up orders, changes addresses and processes refunds: sensitive actions need human approval, every run is traced, an evaluation set and regression tests come with it, and it withstands common prompt injections. It will be the most production-like piece in your portfolio.',
          },
          kind: 'project',
          estimatedHours: 18,
          prerequisites: ['llm-app-evaluation', 'llm-observability', 'llm-app-security'],
          skills: ['agent-design', 'evaluation', 'deployment-ops', 'real-projects'],
          resources: [library.owaspLlmTop10, library.modelContextProtocol],
        },
      ],
    },
  ],
} satisfies LevelInput;

const l4 = {
  id: 'l4',
  code: 'L4',
  title: { 'zh-CN': '大模型微调与私有化部署', en: 'Fine-tuning and private deployment' },
  summary: {
    'zh-CN':
      '让模型真正为你所用：判断什么时候需要微调，准备指令数据，用 LoRA、QLoRA 等方法在有限的算力上训练，再通过量化和推理框架把模型部署到自己的服务器上，兼顾性能、成本、安全与合规。学到这一阶段，市面上大多数大模型岗位都可以胜任。学时为估算值：按每周约 10 小时，大约需要 4～5 个月，其中不少时间会花在等待训练和排查环境上。',
    en: 'Make a model your own: decide when fine-tuning is worth it, prepare instruction data, train with LoRA, QLoRA and related methods on limited hardware, then quantize and serve the model on your own servers with an eye on performance, cost, security and compliance. Reaching this level prepares you for most LLM jobs on the market. Hours are estimates: about 4–5 months at roughly 10 hours a week, a good share of it spent waiting for training runs and fixing environments.',
  },
  outcomes: [
    {
      'zh-CN': '能判断一个需求该用提示词、RAG 还是微调来解决，并说清理由。',
      en: 'Decide whether a need calls for prompting, RAG or fine-tuning, and justify the choice.',
    },
    {
      'zh-CN':
        '能准备高质量的指令数据，在单张消费级显卡上用 QLoRA 微调开源模型，并客观地评估效果。',
      en: 'Prepare good instruction data, fine-tune an open model with QLoRA on one consumer GPU, and evaluate the result objectively.',
    },
    {
      'zh-CN': '能量化模型，用 vLLM 或 Ollama 部署兼容 OpenAI 接口的私有服务，并估算所需硬件。',
      en: 'Quantize a model, serve it privately behind an OpenAI-compatible API with vLLM or Ollama, and size the hardware it needs.',
    },
    {
      'zh-CN': '能满足企业私有化部署在数据安全、访问控制和合规上的要求，胜任大模型工程师岗位。',
      en: 'Meet company requirements for data security, access control and compliance in on-premise deployments, as an LLM engineer.',
    },
  ],
  roles: ['llm-engineer'],
  skills: [
    'fine-tuning',
    'deep-learning',
    'pytorch',
    'data-analysis',
    'evaluation',
    'deployment-ops',
    'ai-safety-ethics',
    'real-projects',
  ],
  modules: [
    {
      id: 'l4-fine-tuning-basics',
      title: { 'zh-CN': '微调基础', en: 'Fine-tuning foundations' },
      summary: {
        'zh-CN': '先想清楚为什么要微调，再准备好数据和训练环境、弄懂量化，完整跑通一次监督微调。',
        en: 'Be clear about why you are fine-tuning, prepare the data and the training environment, understand quantization, and complete one full round of supervised fine-tuning.',
      },
      topics: [
        {
          id: 'when-to-fine-tune',
          title: {
            'zh-CN': '何时微调：提示词、RAG 与微调的取舍',
            en: 'When to fine-tune: prompting, RAG or fine-tuning',
          },
          summary: {
            'zh-CN':
              '微调擅长教模型新的格式、风格和特定任务，却不适合灌输经常变化的知识，那是 RAG 的长项。学会从效果、数据、成本和维护几个方面权衡，并向团队讲清楚为什么选这条路。',
            en: 'Fine-tuning is good at teaching a model new formats, styles and specific tasks, but poor at loading in knowledge that changes often, which is what RAG is for. Learn to weigh quality, data, cost and maintenance, and to explain the choice to your team.',
          },
          kind: 'concept',
          estimatedHours: 4,
          prerequisites: ['advanced-rag', 'huggingface-ecosystem'],
          skills: ['fine-tuning', 'teamwork-communication'],
          resources: [library.hfLlmCourse, library.flan],
        },
        {
          id: 'training-on-gpus',
          title: {
            'zh-CN': 'PyTorch 训练循环与 GPU 基础',
            en: 'PyTorch training loops and GPU basics',
          },
          summary: {
            'zh-CN':
              '算清显存分别被参数、梯度、优化器状态和激活值占去多少，掌握 CUDA 环境配置、混合精度、梯度检查点和训练监控。微调时遇到的报错，多数都和显存与环境有关。',
            en: 'Work out how much GPU memory goes to parameters, gradients, optimizer state and activations, and learn CUDA setup, mixed precision, gradient checkpointing and training monitoring. Most errors you meet while fine-tuning come down to memory and environment.',
          },
          kind: 'practice',
          estimatedHours: 12,
          prerequisites: ['deep-learning-frameworks', 'huggingface-ecosystem'],
          skills: ['pytorch', 'deep-learning'],
          resources: [library.pytorchDocs, library.hfAccelerate],
        },
        {
          id: 'quantization',
          title: {
            'zh-CN': '模型量化：GPTQ、AWQ、GGUF 与 FP8',
            en: 'Quantization: GPTQ, AWQ, GGUF and FP8',
          },
          summary: {
            'zh-CN':
              '理解把权重从 16 比特压到 8 比特、4 比特时，精度、显存和速度之间怎么取舍；动手用 GPTQ、AWQ 量化模型，导出 llama.cpp 使用的 GGUF 格式，并了解新一代显卡原生支持的 FP8 推理与训练。QLoRA 微调和私有化部署都要用到这一课。',
            en: 'Understand the trade-off between accuracy, memory and speed when weights go from 16 bits to 8 or 4; quantize a model with GPTQ and AWQ, export the GGUF format used by llama.cpp, and learn about FP8 inference and training, which recent GPUs support natively. Both QLoRA fine-tuning and private deployment use this lesson.',
          },
          kind: 'practice',
          estimatedHours: 10,
          prerequisites: ['training-on-gpus', 'transformer-attention'],
          skills: ['deployment-ops', 'deep-learning'],
          resources: [library.gptq, library.awq, library.fp8, library.llamaCpp],
        },
        {
          id: 'instruction-data',
          title: { 'zh-CN': '指令数据与合成数据', en: 'Instruction data and synthetic data' },
          summary: {
            'zh-CN':
              '学习“指令—回答”和多轮对话数据的常见格式以及对话模板，结合规则和模型做去重、过滤和质量打分；用更强的模型合成、改写和筛选数据，并检查许可证是否允许这样用、合成数据有没有混进评测集。少而精的数据，往往胜过多而杂的数据。',
            en: 'Learn the common formats for instruction–response pairs and multi-turn dialogue and the chat templates that go with them; deduplicate, filter and score quality with rules and model help; generate, rewrite and filter data with a stronger model, checking that its licence allows this and that no synthetic data leaks into your test sets. A small, clean dataset often beats a large, messy one.',
          },
          kind: 'practice',
          estimatedHours: 12,
          prerequisites: ['when-to-fine-tune', 'python-for-ai'],
          skills: ['data-analysis', 'fine-tuning'],
          resources: [
            library.selfInstruct,
            library.lima,
            library.distilabel,
            library.textbooks,
            library.hfDatasets,
          ],
        },
        {
          id: 'supervised-fine-tuning',
          title: {
            'zh-CN': '监督微调（SFT）全流程',
            en: 'Supervised fine-tuning (SFT) end to end',
          },
          summary: {
            'zh-CN':
              '用 TRL 等工具对一个小模型做全参数监督微调，掌握学习率、批大小、训练轮数和损失掩码的设置，学会识别过拟合和灾难性遗忘。完整走一遍之后，你就知道后面各种高效微调方法省下的是什么。',
            en: 'Run full-parameter supervised fine-tuning on a small model with TRL or similar tools; set learning rate, batch size, epochs and loss masking; and learn to spot overfitting and catastrophic forgetting. After one full pass, you will know what the efficient methods that follow are saving.',
          },
          kind: 'practice',
          estimatedHours: 14,
          prerequisites: ['training-on-gpus', 'instruction-data', 'transformer-attention'],
          skills: ['fine-tuning', 'pytorch'],
          resources: [library.hfTrl, library.flan],
        },
      ],
    },
    {
      id: 'l4-peft',
      title: { 'zh-CN': '参数高效微调与偏好微调', en: 'Parameter-efficient and preference tuning' },
      summary: {
        'zh-CN':
          '只训练一小部分参数，就能在普通显卡上微调几十亿参数的模型，再用偏好数据让回答更合乎期望。',
        en: 'Train only a small share of the parameters to fine-tune multi-billion-parameter models on ordinary GPUs, then use preference data to make answers match what you want.',
      },
      topics: [
        {
          id: 'lora-qlora',
          title: { 'zh-CN': 'LoRA 与 QLoRA', en: 'LoRA and QLoRA' },
          summary: {
            'zh-CN':
              '理解低秩分解为什么能用极少的参数逼近全量更新，以及 QLoRA 如何在 4 比特量化的模型上训练 LoRA 适配器；用 PEFT 动手实践，调好秩、alpha 和目标模块。这是当前最常用的微调方法。',
            en: 'Understand why a low-rank update can approximate a full update with very few parameters, and how QLoRA trains LoRA adapters on a 4-bit quantized model; practise with PEFT and tune the rank, alpha and target modules. These are the most widely used fine-tuning methods today.',
          },
          kind: 'practice',
          estimatedHours: 14,
          prerequisites: ['supervised-fine-tuning', 'quantization'],
          skills: ['fine-tuning', 'pytorch'],
          resources: [library.lora, library.qlora, library.hfPeft],
        },
        {
          id: 'dpo',
          title: {
            'zh-CN': '偏好微调：DPO 及其变体',
            en: 'Preference tuning: DPO and its relatives',
          },
          summary: {
            'zh-CN':
              '理解 DPO 如何绕过奖励模型、直接用“好回答/差回答”成对数据优化模型，以及 KTO、SimPO 等变体各自放宽了什么条件；再用 TRL 或 LlamaFactory 在 SFT 之后做一次偏好训练，和只做 SFT 的结果对比。DPO 实现简单、训练稳定，是工作中最常用的对齐手段。',
            en: 'Understand how DPO skips the reward model and optimizes directly on pairs of better and worse answers, and what variants such as KTO and SimPO relax; then run preference training after SFT with TRL or LlamaFactory and compare it with SFT alone. Simple to implement and stable to train, DPO is the alignment method most used at work.',
          },
          kind: 'practice',
          estimatedHours: 14,
          prerequisites: ['lora-qlora'],
          skills: ['fine-tuning', 'evaluation'],
          resources: [library.dpo, library.kto, library.simpo, library.hfTrl],
        },
        {
          id: 'prompt-tuning',
          title: {
            'zh-CN': '提示微调：Prefix Tuning 与 P-Tuning',
            en: 'Prompt tuning: prefix tuning and P-Tuning',
          },
          summary: {
            'zh-CN':
              '了解只训练一小段“软提示”向量的这一类方法，以及 P-Tuning v2 为什么能在不同规模的模型上接近全量微调的效果。如今的微调几乎都用 LoRA 一类方法，这一课主要帮助你读懂早期的国产开源模型（如 ChatGLM-6B）和相关论文。',
            en: 'Learn the family of methods that train only a short sequence of “soft prompt” vectors, and why P-Tuning v2 comes close to full fine-tuning across model sizes. Fine-tuning today almost always uses LoRA-style methods; this lesson mainly helps you read early Chinese open models such as ChatGLM-6B and the papers around them.',
          },
          kind: 'concept',
          estimatedHours: 6,
          prerequisites: ['supervised-fine-tuning'],
          skills: ['fine-tuning'],
          resources: [library.pTuningV2, library.prefixTuning, library.hfPeft],
          optional: true,
        },
        {
          id: 'fine-tuning-frameworks',
          title: {
            'zh-CN': '微调框架：LlamaFactory、ms-swift、Unsloth 与 DeepSpeed',
            en: 'Fine-tuning frameworks: LlamaFactory, ms-swift, Unsloth and DeepSpeed',
          },
          summary: {
            'zh-CN':
              '用 LlamaFactory、ms-swift 等框架，通过配置文件或图形界面完成数据接入、训练、权重合并和导出，单卡场景可以用 Unsloth 省显存、提速度，并了解 DeepSpeed 如何把显存占用分摊到多张卡上。工作中的微调任务大多在这类框架上完成，手写代码主要用来排查问题。',
            en: 'Use LlamaFactory, ms-swift and similar frameworks to go from data to training, merged weights and export through a config file or a UI, use Unsloth to save memory and time on a single GPU, and see how DeepSpeed spreads memory use across several GPUs. Most fine-tuning at work happens in frameworks like these; hand-written code is mainly for debugging.',
          },
          kind: 'practice',
          estimatedHours: 12,
          prerequisites: ['lora-qlora'],
          skills: ['fine-tuning', 'python'],
          resources: [
            library.llamaFactory,
            library.msSwift,
            library.unsloth,
            library.deepSpeed,
            library.selfLlm,
          ],
        },
        {
          id: 'fine-tuning-evaluation',
          title: { 'zh-CN': '评估微调效果', en: 'Evaluating fine-tuned models' },
          summary: {
            'zh-CN':
              '同时看两件事：目标任务有没有变好，通用能力有没有变差。用 lm-evaluation-harness、OpenCompass 跑标准评测，再用自建测试集和人工盲评做对比。',
            en: 'Check two things at once: did the target task improve, and did general ability decline? Run standard benchmarks with lm-evaluation-harness or OpenCompass, then compare against your own test set and blind human review.',
          },
          kind: 'practice',
          estimatedHours: 10,
          prerequisites: ['lora-qlora', 'llm-app-evaluation'],
          skills: ['evaluation', 'data-analysis'],
          resources: [library.lmEvaluationHarness, library.openCompass],
        },
      ],
    },
    {
      id: 'l4-deployment',
      title: { 'zh-CN': '推理服务与私有化部署', en: 'Serving and private deployment' },
      summary: {
        'zh-CN': '把模型搬进企业自己的机房：搭建推理服务、估算硬件、做好运维，并满足安全合规要求。',
        en: "Move the model into the company's own data centre: serve it, size the hardware, operate it, and meet security and compliance requirements.",
      },
      topics: [
        {
          id: 'inference-serving',
          title: {
            'zh-CN': '推理服务：vLLM、SGLang 与 Ollama',
            en: 'Serving models: vLLM, SGLang and Ollama',
          },
          summary: {
            'zh-CN':
              '用 vLLM 或 SGLang 搭建高吞吐的推理服务，理解 PagedAttention、连续批处理和前缀缓存为什么能提高并发、降低首字延迟，用约束解码（guided decoding）保证输出符合 JSON Schema；了解 NVIDIA 的 TensorRT-LLM 和上海人工智能实验室的 LMDeploy；用 Ollama 在开发机上快速部署。它们都提供兼容 OpenAI 的接口，之前写的应用几乎不用改就能切换过来。',
            en: "Build a high-throughput server with vLLM or SGLang and learn why PagedAttention, continuous batching and prefix caching raise concurrency and cut time to first token; use guided decoding to keep output valid against a JSON Schema; meet NVIDIA's TensorRT-LLM and Shanghai AI Lab's LMDeploy; and use Ollama for quick deployments on a development machine. All offer OpenAI-compatible APIs, so the applications you wrote earlier switch over with almost no changes.",
          },
          kind: 'practice',
          estimatedHours: 16,
          prerequisites: ['huggingface-ecosystem', 'llm-web-service'],
          skills: ['deployment-ops'],
          resources: [
            library.vllmPaper,
            library.vllmDocs,
            library.sglang,
            library.sglangPaper,
            library.lmdeploy,
            library.tensorRtLlm,
            library.xgrammar,
            library.ollama,
          ],
        },
        {
          id: 'hardware-sizing',
          title: { 'zh-CN': '硬件选型与容量估算', en: 'Hardware sizing and capacity planning' },
          summary: {
            'zh-CN':
              '根据模型大小、量化精度、上下文长度和并发量估算显存和显卡数量，用压测数据评估吞吐量和首字延迟，在自购服务器、租用云 GPU 和华为昇腾等国产加速卡之间做出有依据的选择；国产卡要先确认目标模型和推理框架（如 vLLM Ascend）是否已经适配。',
            en: 'Estimate GPU memory and GPU count from model size, quantization, context length and concurrency; measure throughput and time to first token with load tests; and choose on evidence between buying servers, renting cloud GPUs and Chinese accelerators such as Huawei Ascend, checking first that your model and serving framework (for example vLLM Ascend) support them.',
          },
          kind: 'concept',
          estimatedHours: 6,
          prerequisites: ['inference-serving'],
          skills: ['deployment-ops', 'data-analysis'],
          resources: [library.vllmDocs, library.vllmAscend],
        },
        {
          id: 'deployment-operations',
          title: { 'zh-CN': '容器化、监控与扩缩容', en: 'Containers, monitoring and scaling' },
          summary: {
            'zh-CN':
              '用 Docker 打包推理服务，配置健康检查、GPU 监控和告警，设计灰度发布、模型版本切换和回滚方案。模型上线只是开始，让它长期稳定运行才是大模型工程师日常工作的主体。',
            en: "Package the inference server with Docker, set up health checks, GPU monitoring and alerts, and plan canary releases, model version switches and rollbacks. Launching a model is only the start; keeping it running is most of an LLM engineer's daily work.",
          },
          kind: 'practice',
          estimatedHours: 10,
          prerequisites: ['inference-serving', 'llm-observability'],
          skills: ['deployment-ops'],
          resources: [library.docker, library.openTelemetry],
        },
        {
          id: 'private-deployment-security',
          title: {
            'zh-CN': '私有化部署的安全与合规',
            en: 'Security and compliance for on-premise models',
          },
          summary: {
            'zh-CN':
              '梳理私有化部署中数据不出域、访问控制、审计日志、内容安全过滤和模型许可证等要求，并把 L3 学过的生成式人工智能法规落到自己的环境里。很多企业选择私有化部署，恰恰就是为了满足这些要求。',
            en: 'Work through the requirements of on-premise deployment — data staying inside the network, access control, audit logs, content safety filters, model licences — and apply the generative AI rules from L3 to your own environment. Meeting these requirements is often the very reason companies deploy privately.',
          },
          kind: 'concept',
          estimatedHours: 6,
          prerequisites: ['inference-serving', 'llm-app-security', 'china-genai-compliance'],
          skills: ['ai-safety-ethics', 'deployment-ops'],
          resources: [library.owaspLlmTop10, library.nistAiRmf, library.cacGenAiMeasures],
        },
      ],
    },
    {
      id: 'l4-multimodal',
      title: { 'zh-CN': '多模态拓展（选修）', en: 'Multimodal extensions (optional)' },
      summary: {
        'zh-CN': '选修内容：把视野从文本扩展到图像，为多模态应用打基础。',
        en: 'Optional: widen the view from text to images, as groundwork for multimodal applications.',
      },
      topics: [
        {
          id: 'vision-language-models',
          title: {
            'zh-CN': '视觉语言模型与多模态 RAG',
            en: 'Vision-language models and multimodal RAG',
          },
          summary: {
            'zh-CN':
              '了解 CLIP 如何把图像和文本对齐到同一个向量空间，以及 Qwen2.5-VL 这类现代视觉语言模型如何读图、读表、读整页文档；用 ColPali 的思路直接按页面图像检索，搭一个图文混合的多模态 RAG。扫描件、图表和截图问答，正越来越多地出现在实际需求里。',
            en: 'Learn how CLIP aligns images and text in one vector space, and how modern vision-language models such as Qwen2.5-VL read images, tables and whole document pages; retrieve by page image the ColPali way and build a multimodal RAG over mixed images and text. Questions over scans, charts and screenshots show up more and more in real requests.',
          },
          kind: 'concept',
          estimatedHours: 8,
          prerequisites: ['transformer-attention', 'huggingface-ecosystem'],
          skills: ['deep-learning', 'llm-principles'],
          resources: [library.clip, library.qwen25vl, library.colpali, library.blip2],
          optional: true,
        },
        {
          id: 'speech-realtime',
          title: { 'zh-CN': '语音与实时对话', en: 'Speech and realtime voice' },
          summary: {
            'zh-CN':
              '用 Whisper、FunASR 做语音识别，用 CosyVoice 等模型做语音合成，把识别、大模型和合成串成语音助手；再了解端到端的实时语音接口如何降低延迟、支持打断。语音场景里，延迟和打断处理往往比模型本身更影响体验。',
            en: 'Transcribe speech with Whisper or FunASR and synthesize it with models such as CosyVoice, chaining recognition, an LLM and synthesis into a voice assistant; then see how end-to-end realtime voice APIs cut latency and handle interruptions. In voice apps, latency and interruptions often matter more to users than the model itself.',
          },
          kind: 'practice',
          estimatedHours: 6,
          prerequisites: ['vision-language-models', 'inference-serving'],
          skills: ['deployment-ops'],
          resources: [library.whisper, library.funAsr, library.cosyVoice, library.openAiRealtime],
          optional: true,
        },
        {
          id: 'diffusion-models',
          title: { 'zh-CN': '文生图：Stable Diffusion', en: 'Text-to-image with Stable Diffusion' },
          summary: {
            'zh-CN':
              '理解扩散模型“逐步去噪”的生成原理，以及潜在扩散如何降低计算量；用 Diffusers 跑通文生图，并试试用 LoRA 学习一种特定画风。',
            en: 'Understand how diffusion models generate by removing noise step by step and how latent diffusion cuts the compute; run text-to-image with Diffusers, and try teaching it a particular style with LoRA.',
          },
          kind: 'practice',
          estimatedHours: 6,
          prerequisites: ['vision-language-models', 'lora-qlora'],
          skills: ['deep-learning', 'pytorch'],
          resources: [library.latentDiffusion, library.hfDiffusers],
          optional: true,
        },
      ],
    },
    {
      id: 'l4-projects',
      title: { 'zh-CN': '实战项目', en: 'Projects' },
      summary: {
        'zh-CN': '把微调和部署串成一条完整的链路：训练出自己的模型，再把它变成团队可以调用的服务。',
        en: 'Join fine-tuning and deployment into one pipeline: train your own model, then turn it into a service your team can call.',
      },
      topics: [
        {
          id: 'project-qlora-fine-tune',
          title: {
            'zh-CN': '项目：用一张消费级显卡 QLoRA 微调开源模型',
            en: 'Project: QLoRA fine-tuning of an open model on one consumer GPU',
          },
          summary: {
            'zh-CN':
              '选一个具体任务（比如客服话术、法律条文问答或固定格式的信息抽取），自建数据集，在一张 24GB 左右显存的显卡上用 QLoRA 微调 7B 级别的开源模型，与基座模型和纯提示词方案做对比评估，写出完整的实验报告。',
            en: 'Pick a concrete task (for example customer-service replies, legal Q&A or extraction into a fixed format), build the dataset, fine-tune a 7B-class open model with QLoRA on one GPU with about 24 GB of memory, compare it with the base model and a prompt-only approach, and write a full experiment report.',
          },
          kind: 'project',
          estimatedHours: 24,
          prerequisites: ['lora-qlora', 'fine-tuning-frameworks', 'fine-tuning-evaluation'],
          skills: ['fine-tuning', 'evaluation', 'real-projects', 'technical-writing'],
          resources: [library.qlora, library.llamaFactory, library.selfLlm],
        },
        {
          id: 'project-private-endpoint',
          title: {
            'zh-CN': '项目：部署兼容 OpenAI 接口的私有模型服务',
            en: 'Project: a private model behind an OpenAI-compatible endpoint',
          },
          summary: {
            'zh-CN':
              '把上一个项目微调出的模型量化后用 vLLM 部署，对外提供兼容 OpenAI 的接口，加上鉴权、限流、监控和压测报告，再把 L2、L3 做的应用切换过来调用它。交付物包括部署文档和一页给运维同事看的值班手册。',
            en: 'Quantize the model from the previous project, serve it with vLLM behind an OpenAI-compatible API with authentication, rate limits, monitoring and a load-test report, and switch your L2 and L3 applications over to it. Deliver deployment docs and a one-page runbook for the operations colleagues on call.',
          },
          kind: 'project',
          estimatedHours: 18,
          prerequisites: [
            'project-qlora-fine-tune',
            'hardware-sizing',
            'deployment-operations',
            'private-deployment-security',
          ],
          skills: [
            'deployment-ops',
            'real-projects',
            'teamwork-communication',
            'technical-writing',
          ],
          resources: [library.vllmDocs, library.ollama],
        },
      ],
    },
  ],
} satisfies LevelInput;

const ceiling = {
  id: 'ceiling',
  code: '★',
  title: { 'zh-CN': '天花板', en: 'The ceiling' },
  summary: {
    'zh-CN':
      '选修阶段，面向想走算法和研究方向的人：从预训练数据、大规模分布式训练、对齐训练，到模型压缩和推理优化，一直深入到论文和底层实现。原文的说法是，天花板级别“对于算法和实战是非常苛刻的”，大多数人学到 L4 即可。学时为估算值：按每周约 10 小时，大约需要 5～6 个月，这是我们自己的估计（来源资料没有给出）；真正达到研究水平，通常还需要全职投入和充足的算力，远不止这些时间。',
    en: 'Optional, for those heading toward algorithms and research: pre-training data, large-scale distributed training, alignment, model compression and inference optimization, down to the papers and low-level implementations. In the words of the source article, the ceiling is far more demanding on algorithms and hands-on practice; most learners can stop at L4. Hours are estimates: about 5–6 months at roughly 10 hours a week, which is our own estimate since the sources give none; reaching research level usually also takes full-time work and ample compute, well beyond this.',
  },
  outcomes: [
    {
      'zh-CN': '能读懂并复现大模型领域的核心论文，清楚每个设计选择背后的动机。',
      en: "Read and reproduce the field's core papers, and understand the reasoning behind each design choice.",
    },
    {
      'zh-CN': '能设计预训练数据处理流水线，并在多卡环境下选用合适的并行策略训练模型。',
      en: 'Design a pre-training data pipeline and train models across many GPUs with a suitable parallelism strategy.',
    },
    {
      'zh-CN':
        '能实现 SFT、RLHF 和基于可验证奖励的强化学习（如 GRPO）等后训练流程，并用蒸馏、剪枝和推理优化降低模型的使用成本。',
      en: 'Implement post-training with SFT, RLHF and reinforcement learning with verifiable rewards such as GRPO, and cut serving costs with distillation, pruning and inference optimization.',
    },
    {
      'zh-CN': '具备应聘大模型算法工程师或研究员的基础。',
      en: 'Have the grounding to apply for LLM algorithm engineer or researcher roles.',
    },
  ],
  roles: ['llm-algorithm-engineer'],
  skills: [
    'ml-fundamentals',
    'deep-learning',
    'llm-principles',
    'pytorch',
    'fine-tuning',
    'real-projects',
    'technical-writing',
    'teamwork-communication',
  ],
  optional: true,
  modules: [
    {
      id: 'ceiling-pretraining',
      title: { 'zh-CN': '预训练', en: 'Pre-training' },
      summary: {
        'zh-CN': '弄清模型的能力从哪里来：规模定律、数据配比与清洗。',
        en: "Where a model's abilities come from: scaling laws, data mixture and cleaning.",
      },
      topics: [
        {
          id: 'scaling-laws',
          title: { 'zh-CN': '规模定律与算力预算', en: 'Scaling laws and compute budgets' },
          summary: {
            'zh-CN':
              '理解参数量、训练数据量和计算量与模型损失之间的经验规律，以及 Chinchilla 对“数据该给多少”的修正。它决定了在给定算力预算下，应该训练多大的模型、喂多少数据。',
            en: 'Understand the empirical relation between parameters, training tokens, compute and loss, and how Chinchilla revised the view of how much data a model needs. Together they decide how large a model to train, and on how much data, for a given compute budget.',
          },
          kind: 'concept',
          estimatedHours: 8,
          prerequisites: ['llm-origins-agi', 'training-on-gpus'],
          skills: ['llm-principles', 'ml-fundamentals'],
          resources: [library.scalingLaws, library.chinchilla],
        },
        {
          id: 'pretraining-data',
          title: {
            'zh-CN': '预训练数据：采集、清洗、去重与配比',
            en: 'Pre-training data: collection, cleaning, deduplication and mixture',
          },
          summary: {
            'zh-CN':
              '搭建网页语料的处理流水线：正文抽取、语言识别、质量过滤、模糊去重、隐私信息清除，再确定网页、书籍、代码等数据的配比。数据质量对模型能力的影响，往往不亚于模型结构。',
            en: "Build a pipeline for web text: extraction, language identification, quality filtering, fuzzy deduplication and removal of personal data; then decide the mixture of web pages, books, code and other sources. Data quality often shapes a model's abilities as much as its architecture does.",
          },
          kind: 'practice',
          estimatedHours: 24,
          prerequisites: ['scaling-laws', 'instruction-data'],
          skills: ['data-analysis', 'python'],
          resources: [library.fineWeb, library.datatrove],
        },
      ],
    },
    {
      id: 'ceiling-training-at-scale',
      title: { 'zh-CN': '大规模训练', en: 'Training at scale' },
      summary: {
        'zh-CN': '一张卡放不下、一台机器跑不完的时候，怎样把训练稳稳地铺到成百上千张卡上。',
        en: 'When a model no longer fits on one GPU or one machine, how to spread training reliably across hundreds or thousands of them.',
      },
      topics: [
        {
          id: 'training-stability',
          title: {
            'zh-CN': '混合精度、梯度累积与训练稳定性',
            en: 'Mixed precision, gradient accumulation and training stability',
          },
          summary: {
            'zh-CN':
              '深入 FP16 与 BF16 的数值范围、损失缩放、梯度累积和梯度裁剪，学会诊断损失突刺和训练发散。在长时间的大规模训练里，一次不稳定就可能白白浪费大量算力。',
            en: 'Go deep into the numeric ranges of FP16 and BF16, loss scaling, gradient accumulation and clipping, and learn to diagnose loss spikes and divergence. In a long large-scale run, one instability can waste a great deal of compute.',
          },
          kind: 'practice',
          estimatedHours: 10,
          prerequisites: ['training-on-gpus'],
          skills: ['pytorch', 'deep-learning'],
          resources: [library.mixedPrecision, library.pytorchDocs],
        },
        {
          id: 'parallelism',
          title: {
            'zh-CN': '数据并行、张量并行与流水线并行',
            en: 'Data, tensor and pipeline parallelism',
          },
          summary: {
            'zh-CN':
              '理解三种并行方式各自拆开的是什么、通信开销在哪里，以及如何把它们组合成 3D 并行。这是读懂任何一份大模型训练报告的前提。',
            en: 'Understand what each kind of parallelism splits, where its communication cost lies, and how they combine into 3D parallelism. This is the prerequisite for reading any large-model training report.',
          },
          kind: 'concept',
          estimatedHours: 20,
          prerequisites: ['training-stability', 'transformer-attention'],
          skills: ['deep-learning', 'pytorch'],
          resources: [library.megatronPaper, library.gpipe, library.megatronRepo],
        },
        {
          id: 'zero-fsdp',
          title: {
            'zh-CN': 'ZeRO 与 FSDP：对优化器状态和参数分片',
            en: 'ZeRO and FSDP: sharding optimizer state and parameters',
          },
          summary: {
            'zh-CN':
              '弄清 ZeRO 三个阶段分别对哪些状态做了分片，动手用 DeepSpeed 或 PyTorch FSDP 在多卡上训练，比较显存、速度和通信量的变化。',
            en: 'Learn what each of the three ZeRO stages shards, train across several GPUs with DeepSpeed or PyTorch FSDP, and compare memory, speed and communication volume.',
          },
          kind: 'practice',
          estimatedHours: 14,
          prerequisites: ['parallelism', 'fine-tuning-frameworks'],
          skills: ['pytorch', 'fine-tuning'],
          resources: [library.zero, library.deepSpeed],
        },
      ],
    },
    {
      id: 'ceiling-alignment',
      title: { 'zh-CN': '对齐与强化学习', en: 'Alignment and reinforcement learning' },
      summary: {
        'zh-CN': '让模型不只会续写文本，还能做到有用、诚实、无害，并通过强化学习学会推理。',
        en: 'Turn a model that merely continues text into one that is helpful, honest and harmless, and teach it to reason with reinforcement learning.',
      },
      topics: [
        {
          id: 'rlhf',
          title: { 'zh-CN': 'RLHF：奖励模型与 PPO', en: 'RLHF: reward models and PPO' },
          summary: {
            'zh-CN':
              '理解先用人类偏好数据训练奖励模型、再用 PPO 优化策略模型的完整流程，以及 KL 约束、奖励投机（reward hacking）等难点。ChatGPT 之所以好用，很大程度上要归功于这一步。',
            en: 'Understand the full pipeline — train a reward model on human preference data, then optimize the policy with PPO — along with the hard parts such as the KL penalty and reward hacking. Much of what made ChatGPT useful comes from this step.',
          },
          kind: 'concept',
          estimatedHours: 18,
          prerequisites: ['supervised-fine-tuning', 'dpo'],
          skills: ['fine-tuning', 'ml-fundamentals'],
          resources: [library.instructGpt, library.hfRlhfBlog],
        },
        {
          id: 'rlvr-grpo',
          title: {
            'zh-CN': '可验证奖励的强化学习：GRPO 与推理模型训练',
            en: 'Reinforcement learning with verifiable rewards: GRPO and training reasoning models',
          },
          summary: {
            'zh-CN':
              '理解推理模型怎样训练出来：在数学、代码等答案能自动判对错的任务上，用可验证奖励做强化学习（RLVR）。读懂 GRPO 如何用一组采样的相对得分代替价值模型，以及 DAPO 等后续改进在稳定性上的处理；再用 verl 或 TRL 在小模型上复现一次，观察回答长度和准确率的变化。',
            en: 'Understand how reasoning models are trained: reinforcement learning with verifiable rewards (RLVR) on tasks such as maths and code whose answers can be checked automatically. Learn how GRPO replaces the value model with scores relative to a group of samples, and how successors such as DAPO improve stability; then reproduce it on a small model with verl or TRL and watch answer length and accuracy change.',
          },
          kind: 'practice',
          estimatedHours: 18,
          prerequisites: ['rlhf'],
          skills: ['fine-tuning', 'llm-principles'],
          resources: [
            library.deepseekMath,
            library.deepseekR1,
            library.kimiK15,
            library.tulu3,
            library.dapo,
            library.verl,
          ],
        },
      ],
    },
    {
      id: 'ceiling-efficiency',
      title: { 'zh-CN': '模型压缩与推理工程', en: 'Compression and inference engineering' },
      summary: {
        'zh-CN': '让大模型变小、变快、变便宜，这是研究和工程交汇最多的地方。',
        en: 'Making models smaller, faster and cheaper is where research and engineering meet most often.',
      },
      topics: [
        {
          id: 'distillation-pruning',
          title: { 'zh-CN': '知识蒸馏与剪枝', en: 'Knowledge distillation and pruning' },
          summary: {
            'zh-CN':
              '学习用大模型教小模型的蒸馏方法（包括用大模型生成数据来训练小模型），以及结构化与非结构化剪枝，理解它们如何与量化配合使用。',
            en: 'Learn distillation, where a large model teaches a small one (including training a small model on data a large one generates), and structured and unstructured pruning, and how both combine with quantization.',
          },
          kind: 'concept',
          estimatedHours: 14,
          prerequisites: ['fine-tuning-evaluation', 'quantization'],
          skills: ['deep-learning', 'ml-fundamentals'],
          resources: [library.distillation, library.sparseGpt],
        },
        {
          id: 'flash-attention',
          title: {
            'zh-CN': 'FlashAttention：面向硬件的注意力计算',
            en: 'FlashAttention: hardware-aware attention',
          },
          summary: {
            'zh-CN':
              '理解 GPU 的存储层次，以及 FlashAttention 如何通过分块计算减少显存读写，在结果不变的前提下让注意力算得更快、更省显存。这是“写算法要懂硬件”的典型例子。',
            en: 'Understand the GPU memory hierarchy and how FlashAttention computes in tiles to cut memory reads and writes, making attention faster and leaner without changing its result. It is a textbook case of algorithms designed with the hardware in mind.',
          },
          kind: 'concept',
          estimatedHours: 12,
          prerequisites: ['transformer-attention', 'inference-serving'],
          skills: ['deep-learning', 'llm-principles'],
          resources: [library.flashAttention],
        },
        {
          id: 'inference-optimization',
          title: {
            'zh-CN': '推理优化：KV Cache、批处理与投机解码',
            en: 'Inference optimization: KV cache, batching and speculative decoding',
          },
          summary: {
            'zh-CN':
              '深入 KV Cache 管理、连续批处理、预填充与解码分离、投机解码等技术，读懂推理引擎的关键源码并做性能剖析。推理成本随调用量一起增长，这些优化直接影响服务的成本和用户体验。',
            en: "Go deep into KV-cache management, continuous batching, separating prefill from decoding, and speculative decoding; read the key parts of an inference engine's source and profile it. Inference cost grows with every call served, so these optimizations directly shape a service's cost and user experience.",
          },
          kind: 'practice',
          estimatedHours: 18,
          prerequisites: ['flash-attention', 'inference-serving'],
          skills: ['deployment-ops', 'pytorch'],
          resources: [library.vllmPaper, library.speculativeDecoding, library.sglangPaper],
        },
      ],
    },
    {
      id: 'ceiling-research',
      title: { 'zh-CN': '研究与实战', en: 'Research practice' },
      summary: {
        'zh-CN': '把读过的论文变成自己的成果：复现、实验、写作，以及和他人协作。',
        en: 'Turn the papers you have read into work of your own: reproduction, experiments, writing and collaboration.',
      },
      topics: [
        {
          id: 'project-pretrain-small-model',
          title: {
            'zh-CN': '项目：从头预训练一个小型语言模型',
            en: 'Project: pre-train a small language model from scratch',
          },
          summary: {
            'zh-CN':
              '用自己清洗的数据，在多卡上预训练一个亿级参数的小模型，再依次做 SFT、DPO 和一轮可验证奖励的强化学习，记录每一步的损失曲线、评测结果和踩过的坑。nanochat 把这一整套流程写成了可以读懂的代码，适合作为起点。亲手走完大模型的完整生命周期，是理解这个领域最扎实的方式。',
            en: 'Pre-train a model of around a hundred million parameters on several GPUs using data you cleaned yourself, then apply SFT, DPO and a round of reinforcement learning with verifiable rewards in turn, recording loss curves, evaluation results and every pitfall. nanochat writes this whole pipeline as readable code and is a good starting point. Taking a model through its whole life cycle is the most solid way to understand the field.',
          },
          kind: 'project',
          estimatedHours: 60,
          prerequisites: ['project-tiny-transformer', 'pretraining-data', 'zero-fsdp', 'rlvr-grpo'],
          skills: ['pytorch', 'deep-learning', 'real-projects', 'technical-writing'],
          resources: [library.nanoGpt, library.megatronRepo, library.hfTrl],
        },
        {
          id: 'project-paper-reproduction',
          title: {
            'zh-CN': '项目：复现一篇论文或参加一次竞赛',
            en: 'Project: reproduce a paper or enter a competition',
          },
          summary: {
            'zh-CN':
              '从本阶段读过的论文中挑一篇，在手头的算力下复现核心实验，公开代码并写一份技术报告；或者和队友一起参加一次 Kaggle、天池等平台上的大模型相关竞赛。能独立复现、讲得清楚、与人协作，正是算法岗位最看重的能力。',
            en: 'Pick a paper from this level, reproduce its core experiment on the compute you have, publish the code and write a technical report; or team up to enter an LLM competition on Kaggle, Tianchi or a similar platform. Reproducing work independently, explaining it clearly and collaborating well are exactly what algorithm roles look for.',
          },
          kind: 'project',
          estimatedHours: 30,
          prerequisites: ['rlvr-grpo', 'distillation-pruning', 'inference-optimization'],
          skills: ['real-projects', 'technical-writing', 'teamwork-communication'],
          resources: [library.kaggleCompetitions, library.tianchi],
        },
      ],
    },
  ],
} satisfies LevelInput;

/**
 * The LLM engineer roadmap as written, before parsing. The build parses it
 * (`scripts/generate-roadmaps.js`) and ships the result; this module never reaches the package.
 */
export default defineCurriculum({
  schemaVersion: 1,
  id: 'llm-engineer',
  version: '1.1.0',
  title: { 'zh-CN': 'AI 大模型工程师学习路线', en: 'LLM engineer roadmap' },
  summary: {
    'zh-CN':
      '一条从零走向大模型工程岗位的学习路线：从大模型的基本原理出发，经过 API 应用开发、应用架构，到微调与私有化部署，分 L1 到 L4 四个阶段循序渐进，学到 L4 足以胜任市面上大多数大模型岗位。之后的“天花板”阶段面向算法与研究方向，按需选修。各阶段学时均为按每周约 10 小时估算的参考值。',
    en: 'A study plan from first principles to an LLM engineering job: from how large language models work, through API application development and application architecture, to fine-tuning and private deployment, in four stages, L1 to L4. Reaching L4 prepares you for most LLM jobs on the market; the optional “ceiling” level beyond it is for those heading toward algorithms and research. All study hours are estimates at about 10 hours a week.',
  },
  defaultLocale: 'zh-CN',
  locales: ['zh-CN', 'en'],
  levels: [l1, l2, l3, l4, ceiling],
  skills,
  roles,
  authors: [{ name: 'Trailmark contributors' }],
  license: 'CC-BY-4.0',
  updatedAt: '2026-12-06',
});
