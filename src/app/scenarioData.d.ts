/** Bundled scenarios as the build brings them in (src/build/scenarioData.ts). */
declare module '*.yaml?data' {
  /** The scenario's data. */
  const data: unknown;
  export default data;
}

declare module '*.yaml?script' {
  /** The name of the classic script beside index.html that holds the scenario's text. */
  const script: string;
  export default script;
}

declare module '*.md?script' {
  /** The name of the classic script beside index.html that holds the document's text. */
  const script: string;
  export default script;
}
