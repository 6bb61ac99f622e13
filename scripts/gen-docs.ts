import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderApplicabilityDoc } from "./applicability-doc";
import { renderRepeatsDoc } from "./repeats-doc";
import { renderRulesDoc } from "./rules-doc";

const docs = join(__dirname, "..", "docs");
writeFileSync(join(docs, "rules.md"), renderRulesDoc());
writeFileSync(join(docs, "applicability.md"), renderApplicabilityDoc());
writeFileSync(join(docs, "repeats.md"), renderRepeatsDoc());
