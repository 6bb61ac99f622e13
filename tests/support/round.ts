/** The round the tests of the 2021–2025 forms are about: passed to every engine, as the adapters do. */
export { cchc20212025 as round } from "../../src/core/rounds/cchc-2021-2025";
