import { markupText } from "../domain/neutralise.js";

/**
 * Bar charts drawn by the code as SVG (docs/review.md "Charts"): one bar a committee, its
 * segments the series stacked, each series a shade or a pattern so that the chart reads
 * when printed in black and white, the number written on each segment wide enough to
 * hold it and the total at the bar's end. No library, no randomness: the same numbers
 * give the same SVG.
 */

export interface ChartData {
  series: string[];
  rows: { label: string; values: number[] }[];
}

export interface Chart {
  svg: string;
  width: number;
  height: number;
}

const FONT = "'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei','SimHei',sans-serif";
const WIDTH = 720;
const LABEL = 240;
const BAR_AREA = WIDTH - LABEL - 50;
const ROW = 32;
const BAR = 22;

/** Fills for up to six series: shades and patterns that differ in black and white too. */
const FILLS = [
  { fill: "#1f1f1f", text: "#ffffff" },
  { fill: "#8c8c8c", text: "#000000" },
  { fill: "url(#P-diag)", text: "#000000" },
  { fill: "#d9d9d9", text: "#000000" },
  { fill: "url(#P-cross)", text: "#000000" },
  { fill: "url(#P-dots)", text: "#000000" },
];

const escapeXml = markupText;

function textWidth(s: string, size: number): number {
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) < 0x2e80 ? size * 0.55 : size;
  return w;
}

/** A stacked horizontal bar chart; `id` keeps the patterns of two charts on one page apart. */
export function barChart(data: ChartData, id: string): Chart {
  const max = Math.max(1, ...data.rows.map((r) => r.values.reduce((a, v) => a + v, 0)));
  const scale = BAR_AREA / max;
  const top = 12;
  const legendTop = top + data.rows.length * ROW + 16;
  const perLine = 3;
  const legendLines = Math.ceil(data.series.length / perLine);
  const height = legendTop + legendLines * 22 + 8;
  const fill = (i: number) => FILLS[i % FILLS.length]!.fill.replace("#P-", `#${id}-`);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${FONT}" role="img">`,
    "<defs>",
    `<pattern id="${id}-diag" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#ffffff"/><path d="M0,6 L6,0" stroke="#000000" stroke-width="1.2"/></pattern>`,
    `<pattern id="${id}-cross" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#ffffff"/><path d="M0,3 L6,3 M3,0 L3,6" stroke="#000000" stroke-width="1"/></pattern>`,
    `<pattern id="${id}-dots" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="#ffffff"/><circle cx="2.5" cy="2.5" r="1.1" fill="#000000"/></pattern>`,
    "</defs>",
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
  );
  data.rows.forEach((row, r) => {
    const y = top + r * ROW;
    parts.push(
      `<text x="${LABEL - 8}" y="${y + BAR - 4}" font-size="15" text-anchor="end" fill="#000000">${escapeXml(row.label)}</text>`,
    );
    let x = LABEL;
    row.values.forEach((v, i) => {
      if (v <= 0) return;
      const w = v * scale;
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR}" fill="${fill(i)}" stroke="#000000" stroke-width="0.6"/>`,
      );
      const label = String(v);
      const tw = textWidth(label, 14);
      if (w >= tw + 8) {
        const color = FILLS[i % FILLS.length]!.text;
        const cx = x + w / 2;
        // on a pattern or a light shade, the number sits on a white patch of its own
        if (color === "#000000")
          parts.push(
            `<rect x="${(cx - tw / 2 - 2).toFixed(1)}" y="${y + 3}" width="${(tw + 4).toFixed(1)}" height="${BAR - 6}" fill="#ffffff"/>`,
          );
        parts.push(
          `<text x="${cx.toFixed(1)}" y="${y + BAR - 6}" font-size="14" text-anchor="middle" fill="${color}">${label}</text>`,
        );
      }
      x += w;
    });
    const total = row.values.reduce((a, v) => a + v, 0);
    parts.push(
      `<text x="${(x + 6).toFixed(1)}" y="${y + BAR - 5}" font-size="14" fill="#000000">${total}</text>`,
    );
  });
  parts.push(
    `<line x1="${LABEL}" y1="${top - 4}" x2="${LABEL}" y2="${top + data.rows.length * ROW - 4}" stroke="#000000" stroke-width="1"/>`,
  );
  data.series.forEach((name, i) => {
    const col = i % perLine;
    const line = Math.floor(i / perLine);
    const x = LABEL + col * ((WIDTH - LABEL) / perLine);
    const y = legendTop + line * 22;
    parts.push(
      `<rect x="${x}" y="${y}" width="22" height="14" fill="${fill(i)}" stroke="#000000" stroke-width="0.6"/>`,
      `<text x="${x + 28}" y="${y + 13}" font-size="14" fill="#000000">${escapeXml(name)}</text>`,
    );
  });
  parts.push("</svg>");
  return { svg: parts.join(""), width: WIDTH, height };
}
