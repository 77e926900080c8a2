// The end-to-end tests run the built bundle: build it once before any test file runs.
import { buildCli } from "../../scripts/build.mjs";

export default async function setup() {
  await buildCli();
}
