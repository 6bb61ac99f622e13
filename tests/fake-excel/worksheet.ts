import { parseA1, type Rect } from "../../src/core/a1";
import { FakeContext, Proxy } from "./context";
import { FakeExcelError, accessDenied } from "./errors";
import { checkSheetName } from "./names";
import type { PageLayoutApi, ProtectionApi, WorksheetApi } from "../../src/office/excel-api";
import { settable, type Write } from "./settable";
import type { SheetModel } from "./model";
import { FakeRange } from "./range";

function parseRange(address: string): Rect {
  const [from, to] = address.replace(/^.*!/, "").replace(/\$/g, "").split(":") as [
    string,
    string | undefined,
  ];
  const [r1, c1] = parseA1(from);
  const [r2, c2] = to ? parseA1(to) : [r1, c1];
  return {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
}

export class FakeWorksheet extends Proxy implements WorksheetApi {
  protected readonly loadable = ["name", "position", "id", "visibility"];

  constructor(
    ctx: FakeContext,
    path: string,
    readonly sheetOf: () => SheetModel
  ) {
    super(ctx, path);
  }

  protected read(prop: string): unknown {
    const s = this.sheetOf();
    if (prop === "name") return s.name;
    if (prop === "id") return String(s.id);
    if (prop === "position") return this.ctx.model.sheets.indexOf(s);
    if (prop === "visibility") return "Visible";
    if (prop === "isNullObject") return false;
    throw new FakeExcelError("InvalidArgument", `unknown property ${prop}`);
  }

  /** The properties the collection's response carries for this sheet. */
  peek(props: string[]): Record<string, unknown> {
    return Object.fromEntries(props.map((p) => [p, this.read(p)]));
  }

  /** Called by the collection when "items/name" arrives with it. */
  loadNow(props: string[]): void {
    for (const p of props) this.loadedSet(p, this.read(p));
  }

  get name(): string {
    return this.value("name");
  }
  set name(name: string) {
    this.queue("set:name", name, () => {
      if (this.ctx.model.structureProtected) throw accessDenied();
      checkSheetName(name);
      const other = this.ctx.model.sheet(name);
      if (other && other !== this.sheetOf())
        throw new FakeExcelError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
      this.sheetOf().name = name;
    });
  }
  get position(): number {
    return this.value("position");
  }
  set position(p: number) {
    this.queue("set:position", p, () => {
      const sheets = this.ctx.model.sheets;
      const s = this.sheetOf();
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(Math.min(p, sheets.length), 0, s);
    });
  }

  /** A range by address; the whole sheet without one. */
  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.range(${address ?? ""})`, this.sheetOf, () =>
      address === undefined ? { row: 0, col: 0, rows: 1048576, cols: 16384 } : parseRange(address)
    );
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(
      this.ctx,
      `${this.path}.rangeByIndexes(${row},${col},${rows},${cols})`,
      this.sheetOf,
      () => ({ row, col, rows, cols })
    );
  }

  /** Several areas at once ("E12,E13"), ExcelApi 1.9; selecting them needs ExcelApi 1.18. */
  getRanges(address = "A1:XFD1048576") {
    const rects = address.split(",").map((a) => parseRange(a.trim()));
    this.ctx.enqueue({
      path: `${this.path}.ranges(${address})`,
      action: "getRanges",
      args: address,
      run: () => undefined,
      needs: { api: "Worksheet.getRanges", set: "1.9" },
    });
    return {
      select: () =>
        this.ctx.enqueue({
          path: `${this.path}.ranges(${address})`,
          action: "select",
          args: null,
          needs: { api: "RangeAreas.select", set: "1.18" },
          run: () => {
            this.ctx.model.selection = {
              sheetId: this.sheetOf().id,
              rect: rects[0]!,
              areas: rects,
            };
            this.ctx.model.activeSheetId = this.sheetOf().id;
          },
        }),
    };
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.usedRange`, this.sheetOf, () => {
      let top = Infinity;
      let left = Infinity;
      let bottom = -1;
      let right = -1;
      for (const [key, cell] of this.sheetOf().cells) {
        if (valuesOnly ? cell.value === null && cell.formula === null : false) continue;
        const [r, c] = key.split(":").map(Number) as [number, number];
        top = Math.min(top, r);
        left = Math.min(left, c);
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      }
      return bottom < 0
        ? null
        : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
    });
  }

  delete(): void {
    this.queue("delete", null, () => {
      if (this.ctx.model.structureProtected) throw accessDenied();
      const sheets = this.ctx.model.sheets;
      if (sheets.length === 1)
        throw new FakeExcelError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet."
        );
      sheets.splice(sheets.indexOf(this.sheetOf()), 1);
    });
  }

  activate(): void {
    this.queue("activate", null, () => void (this.ctx.model.activeSheetId = this.sheetOf().id));
  }

  /** Charts (ExcelApi 1.1): refused on a protected sheet unless its protection allows editing objects. */
  get charts() {
    const ctx = this.ctx;
    const sheetOf = this.sheetOf;
    const path = `${this.path}.charts`;
    return {
      add: (type: string, source: FakeRange, seriesBy?: string) => {
        const chart: SheetModel["charts"][number] = {
          type,
          source: { sheetId: 0, rect: { row: 0, col: 0, rows: 0, cols: 0 } },
          seriesBy,
          title: "",
          position: null,
        };
        ctx.enqueue({
          path,
          action: "add",
          args: { type, seriesBy },
          run: () => {
            const sheet = sheetOf();
            const p = sheet.protection;
            if (p.protected && p.options?.["allowEditObjects"] !== true)
              throw new FakeExcelError(
                "AccessDenied",
                "You cannot perform the requested operation."
              );
            const rect = source.rect();
            if (rect.rows < 2 || rect.cols < 2)
              throw new FakeExcelError("InvalidArgument", "a chart needs names and values");
            chart.source = { sheetId: source.sheetOf().id, rect };
            sheet.charts.push(chart);
          },
        });
        return {
          title: {
            set text(t: string) {
              ctx.enqueue({
                path: `${path}.title`,
                action: "set:text",
                args: t,
                run: () => void (chart.title = t),
              });
            },
          },
          setPosition: (start: string, end?: string) =>
            ctx.enqueue({
              path,
              action: "setPosition",
              args: [start, end],
              run: () => {
                parseA1(start);
                if (end !== undefined) parseA1(end);
                chart.position = [start, end];
              },
            }),
        };
      },
    };
  }

  get protection() {
    const sheetOf = this.sheetOf;
    const ws = { sheetOf };
    const ctx = this.ctx;
    return new (class extends Proxy implements ProtectionApi {
      protected readonly loadable = ["protected", "options"];
      protected read(prop: string): unknown {
        if (prop === "protected") return ws.sheetOf().protection.protected;
        if (prop === "options") return { ...(ws.sheetOf().protection.options ?? {}) };
        throw new FakeExcelError("InvalidArgument", prop);
      }
      get protected(): boolean {
        return this.value("protected");
      }
      get options(): Record<string, unknown> {
        return this.value("options");
      }
      protect(options?: Record<string, unknown>, password?: string): void {
        this.queue("protect", { options, password: password ? "***" : undefined }, () => {
          const p = ws.sheetOf().protection;
          if (p.protected)
            throw new FakeExcelError("InvalidOperation", "The worksheet is already protected.");
          ws.sheetOf().protection = {
            protected: true,
            options: options ?? {},
            ...(password ? { password } : {}),
          };
        });
      }
      unprotect(password?: string): void {
        this.queue("unprotect", null, () => {
          const p = ws.sheetOf().protection;
          if (p.protected && p.password && p.password !== password)
            throw new FakeExcelError("BadPassword", "The password you supplied is incorrect.");
          ws.sheetOf().protection = { protected: false };
        });
      }
    })(ctx, `${this.path}.protection`);
  }

  get freezePanes() {
    return {
      freezeAt: (at: FakeRange | string) => {
        const range = typeof at === "string" ? this.getRange(at) : at;
        this.ctx.enqueue({
          path: `${this.path}.freezePanes`,
          action: "freezeAt",
          args: range.path,
          run: () => void (this.sheetOf().freeze = range.rect()),
        });
      },
    };
  }

  get pageLayout(): FakePageLayout {
    const page = () => this.sheetOf().page;
    return new FakePageLayout((key, v) =>
      this.ctx.enqueue({
        path: `${this.path}.pageLayout`,
        action: `set:${key}`,
        args: v,
        needs: { api: "Worksheet.pageLayout", set: "1.9" },
        run: () => {
          if (key === "zoom") checkZoom(v as Excel.PageLayoutZoomOptions);
          page()[key] = v;
        },
      })
    );
  }
}

/** Excel prints at 10 to 400 per cent, in whole per cents. */
function checkZoom(zoom: Excel.PageLayoutZoomOptions): void {
  const { scale } = zoom;
  if (scale !== undefined && (!Number.isInteger(scale) || scale < 10 || scale > 400))
    throw new FakeExcelError("InvalidArgument", `print scale ${scale} is not 10–400`);
}

class FakeFooter implements Pick<Excel.HeaderFooter, "centerFooter" | "centerHeader"> {
  declare centerFooter: string;
  declare centerHeader: string;
  /** `page` names the pages it is for: "" for every page, "first." for the first */
  constructor(write: Write, page = "") {
    settable<FakeFooter>(this, ["centerFooter", "centerHeader"], (k, v) => write(`${page}${k}`, v));
  }
}

/** Headers and footers: for every page, and for the first one apart when `state` says so. */
class FakeHeadersFooters implements Pick<Excel.HeaderFooterGroup, "state"> {
  declare state: Excel.HeaderFooterGroup["state"];
  readonly defaultForAllPages: FakeFooter;
  readonly firstPage: FakeFooter;
  constructor(write: Write) {
    settable<FakeHeadersFooters>(this, ["state"], (_, v) => write("headerFooterState", v));
    this.defaultForAllPages = new FakeFooter(write);
    this.firstPage = new FakeFooter(write, "first.");
  }
}

/** Page settings (ExcelApi 1.9): each set is an action; a lower Excel rejects the sync that carries it. */
class FakePageLayout implements PageLayoutApi {
  declare orientation: Excel.PageLayout["orientation"];
  declare paperSize: Excel.PageLayout["paperSize"];
  declare topMargin: number;
  declare bottomMargin: number;
  declare leftMargin: number;
  declare rightMargin: number;
  declare centerHorizontally: boolean;
  declare firstPageNumber: number | "";
  declare zoom: Excel.PageLayoutZoomOptions;
  readonly headersFooters: FakeHeadersFooters;

  constructor(private readonly write: Write) {
    settable<FakePageLayout>(
      this,
      [
        "orientation",
        "paperSize",
        "topMargin",
        "bottomMargin",
        "leftMargin",
        "rightMargin",
        "centerHorizontally",
        "firstPageNumber",
        "zoom",
      ],
      write
    );
    this.headersFooters = new FakeHeadersFooters(write);
  }

  setPrintTitleRows(rows: string): void {
    this.write("printTitleRows", rows);
  }

  setPrintTitleColumns(columns: string): void {
    this.write("printTitleColumns", columns);
  }

  /** Excel takes a range or an address; the fake keeps the range's address either way. */
  setPrintArea(area: FakeRange | string): void {
    this.write("printArea", typeof area === "string" ? area : area.path);
  }
}
