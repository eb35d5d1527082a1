/** The files of the web page, all served by this service under /web/ (src/web/build-web.ts). */
export const WEB_ASSET_PATH = '/web';
export const WEB_SCRIPT = 'kennissen.js';
export const WEB_STYLE = 'kennissen.css';
/** The NL Design System example theme, the default until a municipality gives its own. */
export const WEB_DEFAULT_THEME = 'theme.css';
export const WEB_FILES = [WEB_SCRIPT, WEB_STYLE, WEB_DEFAULT_THEME] as const;
/** The class the theme's design tokens hang on; a municipality's theme file uses the same. */
export const WEB_THEME_CLASS = 'kennissen-theme';
