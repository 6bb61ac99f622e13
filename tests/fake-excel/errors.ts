/** Errors as Excel raises them at sync: a code and a message. */
export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export const notLoaded = (prop: string) =>
  new FakeExcelError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );

export const accessDenied = () =>
  new FakeExcelError(
    "AccessDenied",
    "The cell or chart you're trying to change is on a protected sheet."
  );

export const apiNotFound = (api: string, set: string) =>
  new FakeExcelError(
    "ApiNotFound",
    `${api} needs ExcelApi ${set}, which this Excel does not support.`
  );

export const invalidArgument = (what: string) =>
  new FakeExcelError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format (${what}).`
  );
