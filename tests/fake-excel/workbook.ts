import { FakeContext, Proxy } from "./context";
import { FakeExcelError } from "./errors";
import type { SheetModel } from "./model";
import { FakeRange } from "./range";
import { FakeWorksheet } from "./worksheet";

class FakeWorksheetCollection extends Proxy {
  protected readonly loadable = ["items"];
  private loadedItems: FakeWorksheet[] | null = null;

  protected read(): unknown {
    return undefined;
  }

  override load(props?: string | string[] | { select?: string }): this {
    const list =
      typeof props === "string" ? props : Array.isArray(props) ? props.join(",") : "items/name";
    const childProps = list
      .split(",")
      .map((p) => p.trim().replace(/^items\/?/, ""))
      .filter(Boolean);
    this.queue("load", list, () => {
      this.loadedItems = this.ctx.model.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, `${this.path}[${s.id}]`, () => this.byId(s.id));
        return ws;
      });
    });
    // the children's properties arrive with the collection, as Office.js loads "items/name"
    this.ctx.enqueue({
      path: this.path,
      action: "loadItems",
      args: childProps,
      run: () =>
        this.loadedItems?.forEach((ws) =>
          (ws as unknown as { loadNow: (p: string[]) => void }).loadNow(
            childProps.length ? childProps : ["name"]
          )
        ),
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

  add(name: string): FakeWorksheet {
    let id = -1;
    this.queue("add", name, () => {
      if (this.ctx.model.sheet(name))
        throw new FakeExcelError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
      id = this.ctx.model.addSheet(name).id;
    });
    return new FakeWorksheet(this.ctx, `${this.path}.add(${name})`, () => this.byId(id));
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

class FakeNamedItemCollection extends Proxy {
  protected readonly loadable = ["items"];
  private loadedItems: { name: string }[] | null = null;
  protected read(): unknown {
    return undefined;
  }
  override load(): this {
    this.queue(
      "load",
      "items/name",
      () => void (this.loadedItems = [...this.ctx.model.names.keys()].map((name) => ({ name })))
    );
    return this;
  }
  get items(): { name: string }[] {
    if (!this.loadedItems)
      throw new FakeExcelError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.loadedItems;
  }
  add(name: string, reference: FakeRange): void {
    this.queue("add", [name, reference.path], () => {
      if (this.ctx.model.names.has(name))
        throw new FakeExcelError("ItemAlreadyExists", `The name ${name} already exists.`);
      const rect = (
        reference as unknown as {
          rect: () => { row: number; col: number; rows: number; cols: number };
        }
      ).rect();
      this.ctx.model.names.set(name, { sheetId: reference.sheetOf().id, rect });
    });
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

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx, "workbook.worksheets");
    this.names = new FakeNamedItemCollection(ctx, "workbook.names");
  }
}
