/**
 * Excel's 1900 date system: a cell holds days since day 0, the fraction being the time of day.
 * Day 0 is 30 Dec 1899, which absorbs Excel's phantom 1900-02-29 for every serial from 61 on.
 * Both the evaluation sheets (ids Excel turned into dates) and the .xlsx reader use it.
 */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** The instant a serial stands for, in UTC (read it with getUTC…): 45292 → 2024-01-01. */
export const excelSerialDate = (serial: number): Date => new Date(EXCEL_EPOCH_MS + Math.round(serial * DAY_MS));
