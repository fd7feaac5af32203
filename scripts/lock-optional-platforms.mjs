// The npm mirror reachable here publishes only the linux-x64 build of the Typst compiler, so `npm install`
// leaves the other platforms' optional packages out of package-lock.json and `npm ci` then calls the lock out of
// sync. This adds the standard platform-gated entries for them (npm skips them on other platforms, fetching
// nothing). Run after any `npm install` that rewrites the lock.
import { readFileSync, writeFileSync } from "node:fs";

const LOCK = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(LOCK, "utf8"));
const PLATFORM = {
  "android-arm-eabi": { os: ["android"], cpu: ["arm"] },
  "android-arm64": { os: ["android"], cpu: ["arm64"] },
  "darwin-arm64": { os: ["darwin"], cpu: ["arm64"] },
  "darwin-x64": { os: ["darwin"], cpu: ["x64"] },
  "linux-arm-gnueabihf": { os: ["linux"], cpu: ["arm"] },
  "linux-arm64-gnu": { os: ["linux"], cpu: ["arm64"], libc: ["glibc"] },
  "linux-arm64-musl": { os: ["linux"], cpu: ["arm64"], libc: ["musl"] },
  "linux-x64-gnu": { os: ["linux"], cpu: ["x64"], libc: ["glibc"] },
  "linux-x64-musl": { os: ["linux"], cpu: ["x64"], libc: ["musl"] },
  "win32-arm64-msvc": { os: ["win32"], cpu: ["arm64"] },
  "win32-ia32-msvc": { os: ["win32"], cpu: ["ia32"] },
  "win32-x64-msvc": { os: ["win32"], cpu: ["x64"] },
};
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key]) continue;
    const suffix = Object.keys(PLATFORM).find((s) => name.endsWith(`-${s}`));
    if (!suffix) throw new Error(`${path}: unknown platform package ${name}`);
    lock.packages[key] = { version, ...PLATFORM[suffix], license: entry.license, optional: true, engines: entry.engines };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : 1)));
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} platform entries`);
