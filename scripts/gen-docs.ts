import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderAggregationDoc } from "./aggregation-doc";
import { renderApplicabilityDoc } from "./applicability-doc";
import { renderRepeatsDoc } from "./repeats-doc";
import { renderRulesDoc } from "./rules-doc";
import { cchc20212025 } from "../src/core/rounds/cchc-2021-2025";

const docs = join(__dirname, "..", "docs");
writeFileSync(join(docs, "rules.md"), renderRulesDoc(cchc20212025));
writeFileSync(join(docs, "applicability.md"), renderApplicabilityDoc(cchc20212025));
writeFileSync(join(docs, "repeats.md"), renderRepeatsDoc(cchc20212025));
writeFileSync(join(docs, "aggregation.md"), renderAggregationDoc(cchc20212025));
