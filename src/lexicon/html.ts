/**
 * HTML page chrome as data: element names, roles and class/id words that mark a block as not
 * being the article (navigation, share bars, related-story rails, cookie and newsletter
 * prompts, comments). The rules that use them live in `src/load/html/`.
 *
 * Class and id values are split into lower-case tokens at every character that is not a
 * letter or digit (`c-share-bar__item` → `c`, `share`, `bar`, `item`); `TOKENS` match one token,
 * `PAIRS` two tokens in a row (`most read`, `read more`).
 */

/** Elements whose content is never visible article text. */
export const NEVER_TEXT: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'canvas', 'head',
  'title', 'math', 'select', 'option', 'textarea', 'button', 'input', 'dialog',
]);

/** Elements that are page chrome wherever they stand (unless `--keep-boilerplate`). */
export const CHROME_ELEMENTS: ReadonlySet<string> = new Set(['nav', 'aside', 'footer', 'menu']);

/** ARIA roles of page chrome. */
export const CHROME_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'complementary', 'contentinfo', 'banner', 'search', 'menu', 'menubar', 'dialog',
  'alertdialog', 'toolbar', 'tablist',
]);

/** Elements that start a new paragraph of the body text. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Heading elements: short lines that stay paragraphs of their own. */
export const HEADING_ELEMENTS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Caption elements: what a photo shows is not what the article claims. */
export const CAPTION_ELEMENTS: ReadonlySet<string> = new Set(['figcaption', 'caption']);

/**
 * Class/id tokens of chrome blocks that are lists of links or short: a block carrying one is
 * dropped before the article is looked for when it is short or mostly link text (layout
 * classes such as `sidebar-first-only` also sit on the article's own column).
 */
export const CHROME_TOKENS: ReadonlySet<string> = new Set([
  // sharing and social
  'share', 'shares', 'sharing', 'sharebar', 'sharetools', 'social', 'socials', 'addthis', 'sharethis',
  // related and recommended stories
  'related', 'recommended', 'recommendations', 'recirculation', 'recirc', 'outbrain', 'taboola',
  'trending', 'mostread', 'mostpopular', 'morestories', 'readmore',
  // navigation and page furniture
  'breadcrumb', 'breadcrumbs', 'navbar', 'navigation', 'sidebar', 'skiplink', 'pagination', 'pager',
  'toolbar', 'tagcloud',
  // weak: only without a content word beside them (see `WEAK_CHROME_TOKENS`)
  'byline', 'bio', 'author', 'tags', 'promo', 'teaser', 'teasers', 'popular', 'comment', 'footer',
  'menu', 'nav',
]);

/**
 * Class/id tokens of prompts, comments and adverts: a block carrying one is dropped whatever
 * its links, unless it holds a large share of the page's text.
 */
export const PROMPT_TOKENS: ReadonlySet<string> = new Set([
  'newsletter', 'newsletters', 'subscribe', 'signup', 'cookie', 'cookies', 'consent', 'gdpr',
  'paywall', 'regwall', 'upsell', 'comments', 'disqus', 'ad', 'ads', 'advert', 'adverts',
  'advertisement', 'adslot', 'adunit', 'dfp', 'sponsored', 'popup', 'modal',
]);

/**
 * Advert tokens among `PROMPT_TOKENS`: beside a content word (`body-ad-wrapper`, a wrapper
 * that places adverts between the article's paragraphs) they count as ordinary chrome words,
 * so the block goes only when short or mostly links.
 */
export const AD_TOKENS: ReadonlySet<string> = new Set([
  'ad', 'ads', 'advert', 'adverts', 'advertisement', 'adslot', 'adunit', 'dfp',
]);

/** Token pairs that mark chrome blocks (`most-read`, `you-may-like`, `read-more`). */
export const CHROME_PAIRS: ReadonlySet<string> = new Set([
  'most read', 'most popular', 'most viewed', 'more stories', 'more news', 'read more', 'read next',
  'also like', 'may like', 'you like', 'further reading', 'sign up', 'sign in', 'log in', 'sr only',
  'screen reader', 'visually hidden', 'article tags', 'story tags', 'author bio', 'about author',
  'top stories', 'latest news', 'up next', 'next article', 'prev article', 'skip link',
]);

/**
 * Class/id tokens of the article itself: beside one of them, a weak chrome token does not
 * count (`entry-footer`, `post-tags` may hold the article's last lines).
 */
export const CONTENT_TOKENS: ReadonlySet<string> = new Set([
  'article', 'story', 'content', 'body', 'main', 'post', 'entry', 'text', 'page',
]);

/** Chrome tokens that count only when no content token stands beside them. */
export const WEAK_CHROME_TOKENS: ReadonlySet<string> = new Set([
  'tags', 'promo', 'teaser', 'teasers', 'popular', 'comment', 'footer', 'menu', 'nav',
]);

/** `<meta name=…>`/`property` keys, in order of trust, for each metadata field. */
export const META_KEYS = {
  title: ['og:title', 'twitter:title', 'dc.title', 'sailthru.title', 'parsely-title', 'title', 'headline'],
  byline: ['author', 'article:author', 'dc.creator', 'byl', 'sailthru.author', 'parsely-author', 'twitter:creator', 'creator'],
  published: [
    'article:published_time', 'og:article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate',
    'publish-date', 'publish_date', 'published_time', 'article.published', 'dc.date', 'dc.date.issued',
    'dcterms.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'published',
    // the last change: used only when no key above gives a date
    'article:modified_time', 'og:updated_time', 'datemodified',
  ],
  publisher: ['og:site_name', 'application-name', 'publisher', 'dc.publisher', 'twitter:site'],
  url: ['og:url', 'twitter:url'],
  language: ['og:locale', 'language', 'content-language', 'dc.language'],
} as const;

/** Separators between a headline and the site name in `<title>` (`Story | Site`). */
export const TITLE_SEPARATORS: readonly string[] = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' • ', ' / ', ' » '];
