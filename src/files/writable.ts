/** Whether a file may be changed: a file without any write bit is read-only by intent, even for root. */
import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { asWriteError, FileWriteError } from "./write-error.js";

export async function assertWritable(destination: string, target: string): Promise<void> {
  let mode: number;
  try {
    mode = (await stat(destination)).mode;
  } catch (error) {
    throw asWriteError(target, error);
  }
  if ((mode & 0o222) === 0) throw new FileWriteError(target, "READ_ONLY");
  try {
    await access(destination, constants.W_OK);
  } catch (error) {
    throw asWriteError(target, error);
  }
}
