/**
 * The document writers as one chunk (docs/architecture.md "Start-up"): the .docx and .xlsx
 * layouts and the charts, with their libraries (docx, fflate, write-excel-file). The
 * bundle loads it from dist/xieshang-documents.cjs only in a command that writes a document.
 */
export { barChart } from "./charts.js";
export { gongwenDocx } from "./docx.js";
export { reviewDocx, reviewHtml } from "./review.js";
export { tableDocx, tableXlsx } from "./table-docx.js";
