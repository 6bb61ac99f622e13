/** The Excel enums the add-in uses, as the strings Office.js defines them to be. */
export const ExcelEnums = {
  VerticalAlignment: { center: "Center", top: "Top", bottom: "Bottom" },
  HorizontalAlignment: { center: "Center", right: "Right", left: "Left", general: "General" },
  BorderIndex: {
    edgeTop: "EdgeTop",
    edgeBottom: "EdgeBottom",
    edgeLeft: "EdgeLeft",
    edgeRight: "EdgeRight",
    insideVertical: "InsideVertical",
    insideHorizontal: "InsideHorizontal",
  },
  BorderLineStyle: { continuous: "Continuous", none: "None" },
  DataValidationOperator: {
    between: "Between",
    greaterThanOrEqualTo: "GreaterThanOrEqualTo",
    lessThanOrEqualTo: "LessThanOrEqualTo",
  },
  DataValidationAlertStyle: { stop: "Stop" },
  PageOrientation: { landscape: "Landscape", portrait: "Portrait" },
  PaperType: { a4: "A4" },
  ConditionalFormatType: { custom: "Custom", dataBar: "DataBar", colorScale: "ColorScale" },
  ConditionalFormatColorCriterionType: { number: "Number" },
  ConditionalFormatRuleType: { number: "Number" },
  ChartType: { barClustered: "BarClustered" },
  ChartSeriesBy: { columns: "Columns", rows: "Rows" },
  HeaderFooterState: {
    default: "Default",
    firstAndDefault: "FirstAndDefault",
    oddAndEven: "OddAndEven",
    firstOddAndEven: "FirstOddAndEven",
  },
} as const;
