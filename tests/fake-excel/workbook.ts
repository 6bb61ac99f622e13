import { FakeContext, Proxy, type LoadProps } from "./context";
import { FakeExcelError, accessDenied, invalidArgument } from "./errors";
import { checkSheetName } from "./names";
import type { NamesApi, WorkbookApi, WorksheetsApi } from "../../src/office/excel-api";
import type { SheetModel } from "./model";
import { FakeRange } from "./range";
import { FakeWorksheet } from "./worksheet";

class FakeWorksheetCollection extends Proxy implements WorksheetsApi {
  protected readonly loadable = ["items"];
  private loadedItems: FakeWorksheet[] | null = null;

  protected read(): unknown {
    return undefined;
  }

  override load(props?: LoadProps): this {
    const list =
      typeof props === "string" ? props : Array.isArray(props) ? props.join(",") : "items/name";
    const childProps = list
      .split(",")
      .map((p) => p.trim().replace(/^items\/?/, ""))
      .filter(Boolean);
    // the children's properties arrive with the collection, as Office.js loads "items/name"
    let staged: FakeWorksheet[] = [];
    this.ctx.enqueue({
      path: this.path,
      action: "load",
      args: list,
      run: () => {
        staged = this.ctx.model.sheets.map(
          (s) => new FakeWorksheet(this.ctx, `${this.path}[${s.id}]`, () => this.byId(s.id))
        );
        return staged.map((ws) => ws.peek(childProps.length ? childProps : ["name"]));
      },
      commit: () => {
        this.loadedItems = staged;
        for (const ws of staged) ws.loadNow(childProps.length ? childProps : ["name"]);
      },
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems)
      throw new FakeExcelError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.loadedItems;
  }

  private byId(id: number): SheetModel {
    const s = this.ctx.model.sheets.find((x) => x.id === id);
    if (!s) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
    return s;
  }

  add(wanted?: string): FakeWorksheet {
    let id = -1;
    this.queue("add", wanted ?? null, () => {
      let name = wanted ?? "";
      for (let n = this.ctx.model.sheets.length + 1; name === ""; n++)
        if (!this.ctx.model.sheet(`Sheet${n}`)) name = `Sheet${n}`;
      if (this.ctx.model.structureProtected) throw accessDenied();
      checkSheetName(name);
      if (this.ctx.model.sheet(name))
        throw new FakeExcelError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
      id = this.ctx.model.addSheet(name).id;
    });
    return new FakeWorksheet(this.ctx, `${this.path}.add(${wanted ?? ""})`, () => this.byId(id));
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, `${this.path}.item(${name})`, () => {
      const s = this.ctx.model.sheet(name);
      if (!s) throw new FakeExcelError("ItemNotFound", `The sheet ${name} doesn't exist.`);
      return s;
    });
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, `${this.path}.active`, () =>
      this.byId(this.ctx.model.activeSheetId)
    );
  }
}

class FakeNamedItemCollection extends Proxy implements NamesApi {
  protected readonly loadable = ["items"];
  private loadedItems: { name: string }[] | null = null;
  protected read(): unknown {
    return undefined;
  }
  override load(): this {
    let staged: { name: string }[] = [];
    this.ctx.enqueue({
      path: this.path,
      action: "load",
      args: "items/name",
      run: () => (staged = [...this.ctx.model.names.keys()].map((name) => ({ name }))),
      commit: () => void (this.loadedItems = staged),
    });
    return this;
  }
  get items(): { name: string }[] {
    if (!this.loadedItems)
      throw new FakeExcelError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.loadedItems;
  }
  add(name: string, target: FakeRange | string): void {
    const reference = typeof target === "string" ? this.rangeOf(target) : target;
    this.queue("add", [name, reference.path], () => {
      // letters, digits, _ and .; starting with a letter, _ or \; never a cell address such as A1 or R1C1
      if (
        !/^[\p{L}_\\][\p{L}\p{N}_.]{0,254}$/u.test(name) ||
        /^[A-Za-z]{1,3}\d+$/.test(name) ||
        /^[RrCc]$/.test(name) ||
        /^R\d*C\d*$/i.test(name)
      )
        throw invalidArgument(`name ${name}`);
      if (this.ctx.model.names.has(name))
        throw new FakeExcelError("ItemAlreadyExists", `The name ${name} already exists.`);
      const rect = reference.rect();
      this.ctx.model.names.set(name, { sheetId: reference.sheetOf().id, rect });
    });
  }
  /** A defined name's reference written as text: =Sheet!$A$1 or ='A sheet'!A1:B2. */
  private rangeOf(reference: string): FakeRange {
    const m = /^=?(?:'((?:[^']|'')+)'|([^!']+))!(.+)$/.exec(reference);
    if (!m) throw invalidArgument(`reference ${reference}`);
    const sheet = (m[1] ?? m[2]!).replace(/''/g, "'");
    return new FakeWorksheetCollection(this.ctx, "workbook.worksheets")
      .getItem(sheet)
      .getRange(m[3]!);
  }

  getItem(name: string) {
    return {
      delete: () =>
        this.queue("delete", name, () => {
          if (!this.ctx.model.names.delete(name))
            throw new FakeExcelError("ItemNotFound", `The name ${name} doesn't exist.`);
        }),
    };
  }
}

export class FakeWorkbook implements WorkbookApi {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx, "workbook.worksheets");
    this.names = new FakeNamedItemCollection(ctx, "workbook.names");
  }
}
