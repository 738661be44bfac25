import type { FieldError } from '../errors/domain-error';
import { joinPath, RequestLimits } from './request-shape';

interface Frame {
  isArray: boolean;
  /** Members of an object, commas of an array (its elements minus one) so far. */
  count: number;
  /** The key of the member being read, for the path of an error below it. */
  key?: string;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function pathOf(frames: Frame[], upTo: number): string {
  let path = '';
  for (let level = 0; level < upTo; level += 1) {
    const frame = frames[level];
    path = frame.isArray
      ? joinPath(path, String(frame.count), true)
      : joinPath(path, frame.key ?? '', false);
  }
  return path || '(body)';
}

function refusal(frames: Frame[], upTo: number, problem: string): FieldError {
  const field = pathOf(frames, upTo);
  return { field, message: `${field} ${problem}` };
}

/**
 * The structural limits of REQUEST_LIMITS checked on the JSON text itself, in one pass over its
 * characters and before JSON.parse: parsing an object of 120k keys alone holds the event loop
 * ~0.4 s (V8 builds a dictionary), so a hostile body must be refused before it is parsed. Only
 * structure is looked at (nesting, members per object, elements per array, values in all);
 * JSON.parse still decides whether the text is JSON, and the parsed value is checked again.
 */
export function scanJsonStructure(text: string, limits: RequestLimits): FieldError | undefined {
  const frames: Frame[] = [];
  let nodes = 0;
  let keyStart = 0;
  let keyEnd = 0;
  const tooMany = () => ({
    field: '(body)',
    message: `the body must hold at most ${limits.maxNodes} values`,
  });
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    if (char === QUOTE) {
      keyStart = i + 1;
      for (i += 1; i < text.length && text.charCodeAt(i) !== QUOTE; i += 1) {
        if (text.charCodeAt(i) === BACKSLASH) i += 1;
      }
      keyEnd = i;
      continue;
    }
    const top = frames[frames.length - 1];
    if (char === 0x7b /* { */ || char === 0x5b /* [ */) {
      if (frames.length >= limits.maxDepth) {
        return refusal(frames, frames.length, `is nested more than ${limits.maxDepth} levels deep`);
      }
      if ((nodes += 1) > limits.maxNodes) return tooMany();
      frames.push({ isArray: char === 0x5b, count: 0 });
    } else if (char === 0x7d /* } */ || char === 0x5d /* ] */) {
      frames.pop();
    } else if (char === 0x3a /* : */ && top && !top.isArray) {
      top.count += 1;
      top.key = text.slice(keyStart, Math.min(keyEnd, keyStart + 65));
      if (top.count > limits.maxKeysPerObject) {
        return refusal(
          frames,
          frames.length - 1,
          `must have at most ${limits.maxKeysPerObject} fields`,
        );
      }
      if ((nodes += 1) > limits.maxNodes) return tooMany();
    } else if (char === 0x2c /* , */ && top?.isArray) {
      top.count += 1;
      if (top.count >= limits.maxArrayElements) {
        return refusal(
          frames,
          frames.length - 1,
          `must have at most ${limits.maxArrayElements} elements`,
        );
      }
      if ((nodes += 1) > limits.maxNodes) return tooMany();
    }
  }
  return undefined;
}
