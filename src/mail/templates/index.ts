import type { Language } from "../language";
import { en } from "./en";
import { id } from "./id";
import { lv } from "./lv";
import { th } from "./th";
import type { LanguagePack } from "./template";

/**
 * The built-in texts of every language.
 *
 * @example
 * languagePacks.lv.locale //=> "lv-LV"
 */
export const languagePacks: Readonly<Record<Language, LanguagePack>> = { en, id, lv, th };
