import { createRequire } from "node:module";

type Documents = typeof import("./index.js");

/** Set to true by the build (scripts/build.mjs): the documents are a chunk of their own. */
declare const __XS_DOCUMENTS_CHUNK__: boolean | undefined;

/**
 * The document writers, loaded when a command writes a document: from the chunk beside
 * the bundle once built, from the sources in the tests.
 */
export async function documents(): Promise<Documents> {
  if (typeof __XS_DOCUMENTS_CHUNK__ !== "undefined" && __XS_DOCUMENTS_CHUNK__)
    return createRequire(import.meta.url)("./xieshang-documents.cjs") as Documents;
  // a specifier the bundler does not follow: in the bundle this line is never reached
  const sources = "./index.js";
  return (await import(sources)) as Documents;
}
