// Quiz logic: pure functions, no database or framework. See docs/mastery.md for the rules.
export * from "./question";
export * from "./responses";
export * from "./grade";
export * from "./feedback";
export * from "./shuffle";
export * from "./score";
export * from "./mastery";
export * from "./review";
