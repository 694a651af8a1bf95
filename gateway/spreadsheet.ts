import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';

/**
 * Tables out as CSV or Excel, written row by row to a stream, so an export
 * of any size holds about one page in memory: each batch of rows waits until
 * the reader has taken what was written before (back-pressure), and a reader
 * that goes away stops the export instead of leaving it waiting.
 *
 * CSV is UTF-8 with a byte-order mark (without it, Excel reads Chinese as
 * mojibake) and CRLF line ends (RFC 4180). A cell that starts like a formula
 * (= + - @, tab, carriage return) is prefixed with an apostrophe in both
 * formats, so a title typed by a user cannot run in the reader's spreadsheet.
 *
 * Instants are shown in Beijing time (Asia/Shanghai, UTC+8 all year, no
 * daylight saving), as people in the territory read them: in CSV as ISO 8601
 * text with its offset (`2026-03-02T00:30:00+08:00`); in Excel as real date
 * cells (format `yyyy-mm-dd hh:mm`) holding the Beijing wall-clock time —
 * Excel dates have no time zone, so the day a cell shows is the day in
 * Shanghai. Numbers are number cells in Excel, booleans 是 / 否.
 */
export type Cell = string | number | boolean | Date | null | undefined;
export type Format = 'csv' | 'xlsx';

export interface TableWriter {
  /** Adds rows; resolves when the stream can take more (rejects when the reader has gone). */
  rows(rows: Cell[][]): Promise<void>;
  end(): Promise<void>;
}

export const CONTENT_TYPES: Record<Format, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** How Excel shows a date cell. */
export const EXCEL_DATE_FORMAT = 'yyyy-mm-dd hh:mm';

const FORMULA_START = /^[=+\-@\t\r]/;
const defuse = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The Beijing wall-clock time of an instant, as a Date whose UTC fields are that time (what an Excel cell holds). */
export function shanghaiWallClock(value: Date): Date {
  return new Date(value.getTime() + SHANGHAI_OFFSET_MS);
}

/** An instant in ISO 8601 at Beijing time: `2026-03-02T00:30:00+08:00`. */
export function shanghaiIso(value: Date): string {
  return `${shanghaiWallClock(value).toISOString().slice(0, 19)}+08:00`;
}

function csvField(cell: Cell): string {
  if (cell == null) return '';
  const text = cell instanceof Date ? shanghaiIso(cell) : typeof cell === 'boolean' ? (cell ? '是' : '否') : typeof cell === 'number' ? String(cell) : defuse(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/** Resolves once `out` has room again; rejects if it closes first (the reader went away). */
function drained(out: Writable): Promise<void> {
  if (out.destroyed) return Promise.reject(new ReaderGone());
  if (!out.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onDrain = () => (out.off('close', onClose), resolve());
    const onClose = () => (out.off('drain', onDrain), reject(new ReaderGone()));
    out.once('drain', onDrain);
    out.once('close', onClose);
  });
}

/** The reader closed the connection before the export was complete. */
export class ReaderGone extends Error {
  constructor() {
    super('The reader closed the connection before the export was complete');
  }
}

/** Writes to `out`, honouring back-pressure. */
async function write(out: Writable, chunk: string): Promise<void> {
  if (out.destroyed) throw new ReaderGone();
  if (!out.write(chunk)) await drained(out);
}

export function tableWriter(format: Format, out: Writable, sheetName: string, headers: string[]): TableWriter {
  if (format === 'csv') {
    let started = false;
    return {
      rows: async (rows) => {
        if (!started) {
          started = true;
          await write(out, `\uFEFF${csvLine(headers)}`);
        }
        if (rows.length) await write(out, rows.map(csvLine).join(''));
      },
      end: async () => {
        if (!started) await write(out, `\uFEFF${csvLine(headers)}`);
        await new Promise<void>((resolve) => out.end(resolve));
      },
    };
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers.map((header) => ({ header, width: Math.max(10, header.length * 2 + 4) }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  return {
    rows: async (rows) => {
      if (out.destroyed) throw new ReaderGone();
      for (const cells of rows) {
        const row = sheet.addRow(
          cells.map((c) =>
            c == null ? null : c instanceof Date ? shanghaiWallClock(c) : typeof c === 'string' ? defuse(c) : typeof c === 'boolean' ? (c ? '是' : '否') : c,
          ),
        );
        cells.forEach((c, i) => {
          if (c instanceof Date) row.getCell(i + 1).numFmt = EXCEL_DATE_FORMAT;
        });
        row.commit();
      }
      // The rows go through the zip stream to `out`: wait while the reader is behind.
      await drained(out);
    },
    end: async () => {
      sheet.commit();
      await workbook.commit();
    },
  };
}
