import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';

/**
 * Tables out as CSV or Excel, written row by row to a stream, so an export
 * of any size holds one page in memory.
 *
 * CSV is UTF-8 with a byte-order mark (without it, Excel reads Chinese as
 * mojibake) and CRLF line ends (RFC 4180). A cell that starts like a formula
 * (= + - @, tab, carriage return) is prefixed with an apostrophe in both
 * formats, so a title typed by a user cannot run in the reader's spreadsheet.
 */
export type Cell = string | number | boolean | Date | null | undefined;
export type Format = 'csv' | 'xlsx';

export interface TableWriter {
  /** Adds rows; resolves when the stream can take more. */
  rows(rows: Cell[][]): Promise<void>;
  end(): Promise<void>;
}

export const CONTENT_TYPES: Record<Format, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const FORMULA_START = /^[=+\-@\t\r]/;
const defuse = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

/** Instants in Beijing time, as people in the territory read them. */
export function beijingTime(value: Date): string {
  return new Date(value.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

function csvField(cell: Cell): string {
  if (cell == null) return '';
  const text = cell instanceof Date ? beijingTime(cell) : typeof cell === 'boolean' ? (cell ? '是' : '否') : typeof cell === 'number' ? String(cell) : defuse(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/** Writes to `out`, honouring back-pressure. */
function write(out: Writable, chunk: string): Promise<void> {
  return out.write(chunk) ? Promise.resolve() : new Promise((resolve) => out.once('drain', resolve));
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
      for (const cells of rows) {
        sheet
          .addRow(cells.map((c) => (c == null ? null : c instanceof Date ? beijingTime(c) : typeof c === 'string' ? defuse(c) : typeof c === 'boolean' ? (c ? '是' : '否') : c)))
          .commit();
      }
    },
    end: async () => {
      sheet.commit();
      await workbook.commit();
    },
  };
}
