import type { ReactNode } from 'react';

/** antd's preset tag colours that the staff screens use. */
export type TagColour =
  'blue' | 'cyan' | 'geekblue' | 'purple' | 'red' | 'orange' | 'gold' | 'lime' | 'magenta' | 'green' | 'volcano' | 'default';

/**
 * A tag as antd draws one, without antd (the first screen's tables use it). `onRemove` adds a × button named by
 * `removeLabel` (its × drawn by CSS, so the tag's text is only its own); `large` is the size of the filter tags above
 * a list.
 */
export function Tag({
  colour = 'default',
  large = false,
  onRemove,
  removeLabel,
  children,
  ...rest
}: {
  colour?: TagColour | string;
  large?: boolean;
  onRemove?: () => void;
  removeLabel?: string;
  children: ReactNode;
  'data-testid'?: string;
}) {
  const classes = ['xf-tag', colour === 'default' ? '' : `xf-tag-${colour}`, large ? 'xf-tag-large' : ''].filter(Boolean).join(' ');
  return (
    <span className={classes} {...rest}>
      {children}
      {onRemove && <button type="button" aria-label={removeLabel} onClick={onRemove} />}
    </span>
  );
}
