// The explainer's map: pure functions from a module's places to SVG-ready data and to the SVG
// file itself. No React and no Next here, so it is unit-tested directly; the route
// app/modules/[slug]/map.svg serves the file and components/explainer/module-map.tsx shows it.
export { buildModuleMap, isMappable } from "./build-map";
export { describeKind, describeShown, joinNames } from "./describe";
export { LABEL_STYLES, LAYOUTS } from "./labels";
export { mapSvgDocument } from "./svg-document";
export type * from "./types";
