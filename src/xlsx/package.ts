import type { Deadline } from "./limits";
import type { Parts } from "./unzip";
import { attribute, parseXml } from "./xml";

/** A worksheet as the workbook lists it, in tab order, with the part that holds its cells. */
export interface SheetPart {
  name: string;
  part: string;
}

export interface WorkbookParts {
  sheets: SheetPart[];
  sharedStrings: string | null;
}

/** Why a package is not a workbook: a part missing or not where its relationship points. */
export class NotAWorkbook extends Error {}

const dirOf = (part: string) => part.slice(0, part.lastIndexOf("/") + 1);

/** A relationship's target as a part name: relative to the part's folder, or from the root with "/". */
function resolve(from: string, target: string): string {
  const segments = (target.startsWith("/") ? target.slice(1) : dirOf(from) + target).split("/");
  const out: string[] = [];
  for (const s of segments)
    if (s === "..") out.pop();
    else if (s !== "." && s !== "") out.push(s);
  return out.join("/").toLowerCase();
}

interface Relationship {
  type: string;
  target: string;
}

/** A part's relationships by id ("rId3"), targets resolved; external targets are not parts and are left out. */
function relationshipsOf(
  parts: Parts,
  part: string,
  deadline: Deadline
): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  const bytes = parts.get(`${dirOf(part)}_rels/${part.slice(dirOf(part).length)}.rels`);
  if (!bytes) return rels;
  parseXml(
    bytes,
    {
      open(name, a) {
        if (name !== "Relationship" || a.TargetMode === "External") return;
        if (a.Id && a.Type && a.Target)
          rels.set(a.Id, { type: a.Type, target: resolve(part, a.Target) });
      },
    },
    deadline
  );
  return rels;
}

const ofType = (rel: Relationship, type: string) => rel.type.endsWith(`/${type}`);

/** The workbook's worksheets and shared strings, found as Excel finds them: by relationships, not names. */
export function workbookParts(parts: Parts, deadline: Deadline): WorkbookParts {
  const root = [...relationshipsOf(parts, "", deadline).values()].find((r) =>
    ofType(r, "officeDocument")
  );
  const workbook = root && parts.get(root.target);
  if (!root || !workbook) throw new NotAWorkbook("xl/workbook.xml");
  const rels = relationshipsOf(parts, root.target, deadline);
  const sheets: SheetPart[] = [];
  parseXml(
    workbook,
    {
      open(name, a) {
        if (name !== "sheet") return;
        const rel = rels.get(attribute(a, "id") ?? "");
        // chart and dialog sheets hold no cells
        if (!rel || !ofType(rel, "worksheet")) return;
        if (!parts.has(rel.target)) throw new NotAWorkbook(rel.target);
        sheets.push({ name: a.name ?? "", part: rel.target });
      },
    },
    deadline
  );
  const strings = [...rels.values()].find((r) => ofType(r, "sharedStrings"));
  return { sheets, sharedStrings: strings && parts.has(strings.target) ? strings.target : null };
}
