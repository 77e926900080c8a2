import type { Dataset } from "./dataset.js";
import { buildIndex } from "./dataset.js";
import { chineseDate } from "./dates.js";
import { type Gongwen, parseBody } from "./gongwen.js";
import type { Report } from "./schemas/report.js";
import { addressees, issuingBody } from "./views.js";

/** 印发机关 of the 版记: the body's office (GB/T 9704 §7.4.3). */
export function printingOffice(ds: Dataset): string {
  return `${ds.settings?.value.body ?? ""}办公室`;
}

/**
 * The outcome report as the 公文 that leaves the office (docs/documents.md): the clerk's
 * body as edited, and from the record what must never be stale — the issuer (标志 and
 * 署名 one body, laid out for its seal), 发文字号, 主送 (the recipients issued to, by full
 * name), 成文日期 (the date signed, Art. 13) and the 版记 (抄报 the leaders of
 * `to_leaders`, 印发 by the body's office on the day issued).
 */
export function outcomeDocument(ds: Dataset, report: Report, bodyText: string): Gongwen {
  const body = parseBody(bodyText);
  const committee = buildIndex(ds).committees.get(report.committee)?.value;
  const issued = report.status === "issued";
  const organ = issuingBody(ds, committee);
  return {
    format: "document",
    organ,
    sealed: true,
    docNo: report.doc_no ?? null,
    title: body.title ?? report.title,
    addressee:
      issued && report.to_departments?.length
        ? addressees(ds, report.to_departments, report.issued_on)
        : body.addressee,
    blocks: body.blocks,
    attachments: body.attachments,
    signature: organ,
    date: report.signed_on ? chineseDate(report.signed_on) : body.date,
    note: body.note,
    copyLabel: "抄报",
    copyTo: report.to_leaders ?? [],
    printer: printingOffice(ds),
    printedOn: report.issued_on ? `${chineseDate(report.issued_on)}印发` : null,
    stamp: report.issued_on ?? report.signed_on ?? report.drafted_on,
  };
}

/**
 * A 催办函 (Art. 14) in the letter format of GB/T 9704 §10.1: the rendered reminder body,
 * under its issuer's name and signed by it, with the letter's number when one was
 * assigned; a last paragraph in brackets is its 附注 (the contact), and the letter is
 * 抄送 the 督查室 when it escalates.
 */
export function letterDocument(
  text: string,
  opts: { organ: string; docNo: string | null; today: string; copyTo: string[] },
): Gongwen {
  // the 抄送 line the template writes last is laid out from `copyTo` (§10.1)
  const body = parseBody(text.replace(/\n抄送：[^\n]*\s*$/, "\n"));
  return {
    format: "letter",
    organ: opts.organ,
    sealed: true,
    docNo: opts.docNo,
    title: body.title ?? "",
    addressee: body.addressee,
    blocks: body.blocks,
    attachments: body.attachments,
    signature: body.signature === null && body.date === null ? null : opts.organ,
    date: body.date,
    note: body.note,
    copyLabel: "抄送",
    copyTo: opts.copyTo,
    printer: null,
    printedOn: null,
    stamp: opts.today,
  };
}
