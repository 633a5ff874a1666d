/** Light or dark Fluent theme: Office's theme when the host tells it, else the system's colour scheme. */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

/** True for dark backgrounds (`#RRGGBB`, relative luminance below one half). */
function isDarkColor(color: string | undefined): boolean | undefined {
  const match = /^#?([0-9a-f]{6})$/i.exec(color?.trim() ?? '');
  if (!match) return undefined;
  const value = parseInt(match[1], 16);
  const [r, g, b] = [value >> 16, (value >> 8) & 0xff, value & 0xff];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

/** `officeBackground`: Office.context.officeTheme.bodyBackgroundColor when running in Office. */
export function usePaneTheme(officeBackground?: string): Theme {
  const [systemDark, setSystemDark] = useState(() => darkScheme()?.matches ?? false);
  useEffect(() => {
    const media = darkScheme();
    if (!media) return;
    const update = () => setSystemDark(media.matches);
    media.addEventListener('change', update);
    return () => media.removeEventListener('change', update);
  }, []);
  const dark = isDarkColor(officeBackground) ?? systemDark;
  return dark ? webDarkTheme : webLightTheme;
}

const darkScheme = () => (typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined);
