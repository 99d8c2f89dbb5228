import { Popconfirm as AntPopconfirm, type PopconfirmProps as AntPopconfirmProps } from 'antd';
import type { MouseEvent, ReactNode } from 'react';

export type PopconfirmProps = Omit<AntPopconfirmProps, 'onConfirm'> & {
  onConfirm?: (e?: MouseEvent<HTMLElement>) => void | Promise<void>;
};

/**
 * antd's Popconfirm, typed as it behaves: when onConfirm returns a promise, the OK button spins and the popup stays
 * open until it settles. antd's own type says the result is ignored, which would make returning the work's promise
 * look like a forgotten one.
 */
export const Popconfirm: (props: PopconfirmProps) => ReactNode = AntPopconfirm;
