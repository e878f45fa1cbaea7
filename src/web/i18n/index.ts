import { common } from './zh-CN/common';
import { admin } from './zh-CN/admin';
import { members } from './zh-CN/members';
import { meetings } from './zh-CN/meetings';
import { office } from './zh-CN/office';
import { year } from './zh-CN/year';

/**
 * The one message catalog of the web app (zh-CN). Areas keep their part in ./zh-CN/<area>.ts;
 * another language is another folder with the same keys.
 */
export const messages = { ...common, ...admin, ...members, ...year, ...office, ...meetings } as const;

export type MessageKey = keyof typeof messages;

/** Looks up a message and fills `{name}` placeholders. */
export function t(key: MessageKey, vars?: Record<string, string | number>): string {
  let text: string = messages[key];
  if (vars) for (const [k, v] of Object.entries(vars)) text = text.replaceAll(`{${k}}`, String(v));
  return text;
}
