/** Replaced at bundle time by scripts/build.mjs with the version in package.json. */
declare const __PLAN_VERSION__: string | undefined;
export const VERSION: string = typeof __PLAN_VERSION__ === "string" ? __PLAN_VERSION__ : "0.0.0-dev";
