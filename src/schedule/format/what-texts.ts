/**
 * whatText for the many items of one run: a handful of kinds, intervals and dates make the texts that recur on
 * thousands of items, so each is made once and handed out again (the same string, which a caller can look up fast).
 */
import type { Lang } from "../../i18n.js";
import type { DueItem } from "../types.js";
import { whatText } from "./texts.js";

/** Distinct texts kept per kind before starting over: a bound on what a run of unusual files can make us keep. */
const LIMIT = 10_000;

export class WhatTexts {
  /** Recurring follow-ups by interval, then by the last logged date ("" for none). */
  private readonly recurring = new Map<string, Map<string, string>>();
  /** Deadlines by their wording. */
  private readonly deadlines = new Map<string, string>();
  /** Report-backs by month, then by the previous report-back month. */
  private readonly reportBacks = new Map<string, Map<string, string>>();

  constructor(private readonly lang: Lang) {}

  of(item: DueItem): string {
    switch (item.kind) {
      case "followup-recurring":
        return remembered(this.recurring, item.interval!, item.lastFollowUp ?? "", item, this.lang);
      case "deadline": {
        const deadline = item.deadline!;
        let text = this.deadlines.get(deadline);
        if (text === undefined) {
          if (this.deadlines.size >= LIMIT) this.deadlines.clear();
          this.deadlines.set(deadline, (text = whatText(item, this.lang)));
        }
        return text;
      }
      case "report-back":
        return remembered(this.reportBacks, item.reportMonth!, item.previousReportMonth!, item, this.lang);
      default:
        // Fixed words: nothing is made.
        return whatText(item, this.lang);
    }
  }
}

function remembered(texts: Map<string, Map<string, string>>, first: string, second: string, item: DueItem, lang: Lang): string {
  let bySecond = texts.get(first);
  if (bySecond === undefined) texts.set(first, (bySecond = new Map()));
  let text = bySecond.get(second);
  if (text === undefined) {
    if (bySecond.size >= LIMIT) bySecond.clear();
    bySecond.set(second, (text = whatText(item, lang)));
  }
  return text;
}
