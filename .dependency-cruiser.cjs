/**
 * The layers of src/ (docs/architecture.md), lowest first: a folder may import its own files and the folders before
 * it, never one after it, so no import cycle can form between folders; `no-circular` keeps files out of cycles too.
 * `npm run deps` (part of `npm test`) fails on any import that breaks either rule.
 */
const LAYERS = [
  "text",
  "dates",
  "files",
  "diagnostics",
  "load",
  "schema",
  "config",
  "model",
  "validate",
  "schedule",
  "followup",
  "import",
  "report",
  "commands",
];

const upward = LAYERS.map((layer, i) => ({
  name: `layer-${layer}`,
  comment: `src/${layer}/ is below ${LAYERS.slice(i + 1).join(", ")} and the CLI: it may not import them.`,
  severity: "error",
  from: { path: `^src/${layer}/` },
  to: { path: `^src/(${[...LAYERS.slice(i + 1)].join("|")})/|^src/cli\\.ts$` },
}));

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "An import cycle between files makes the order of a run hard to follow and to change.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    ...upward,
    {
      name: "no-unknown-folder",
      comment: "Every file of src/ is in one of the layers (or is the CLI itself), so the rules above cover it.",
      severity: "error",
      from: { path: "^src/", pathNot: `^src/(${LAYERS.join("|")})/|^src/cli\\.ts$` },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "^(dist|test|bench)/" },
  },
};
