// The explainer's map: pure functions from a module's places to SVG-ready data. No React and
// no Next here, so it is unit-tested directly; components/explainer/module-map.tsx draws it.
export { buildModuleMap, isMappable } from "./build-map";
export { describeKind, describeShown, joinNames } from "./describe";
export { LABEL_STYLES, LAYOUTS } from "./labels";
export type * from "./types";
