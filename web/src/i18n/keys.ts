import type { ParseKeys } from 'i18next';

/** Every key of the resources (typed from zh.ts): a misspelt key does not compile. */
export type I18nKey = ParseKeys;

/**
 * A key built at run time from a value (`channels.${channel}`): its prefix is checked here, the values against the
 * resources by the tests that walk every enumeration.
 */
export const dynamicKey = (key: string): I18nKey => key as I18nKey;
