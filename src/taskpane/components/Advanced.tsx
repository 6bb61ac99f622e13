import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { text } from "../../core/messages";

/** "Tùy chọn nâng cao": what most users never need, folded away below the main fields. */
export function Advanced({ children }: { children: ReactNode }) {
  return (
    <Accordion collapsible>
      <AccordionItem value="advanced">
        <AccordionHeader>{text("ui.advanced")}</AccordionHeader>
        <AccordionPanel>{children}</AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
