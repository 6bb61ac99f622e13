import { invalidArgument } from "./errors";

/** Excel's rules for a sheet name: 1 to 31 characters, none of : \\ / ? * [ ], not starting or ending with '. */
export function checkSheetName(name: string): void {
  if (
    name.length === 0 ||
    name.length > 31 ||
    /[:\\/?*[\]]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === "history"
  )
    throw invalidArgument(`sheet name ${name}`);
}
