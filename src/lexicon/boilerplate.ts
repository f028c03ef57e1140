/**
 * Words and phrases of web-page chrome around English news articles: calls to action, paywall
 * prompts, teaser closers, related-story headings, social and cookie words. Data only; the
 * rules that use them live in `src/text/boilerplate.ts`.
 *
 * Phrases are matched against a line normalised by `normalizeLine`: lower case, curly
 * apostrophes made straight, runs of spaces made one, and leading or trailing decoration
 * (bullets, arrows, `»`, stops, colons) removed.
 */

/**
 * Lines that end a teaser for another story: standing alone after its summary, they link to
 * the full text. Also calls to action when alone anywhere.
 */
export const TEASER_CLOSERS: ReadonlySet<string> = new Set([
  'read full story', 'read the full story', 'full story', 'read more', 'read more here',
  'continue reading', 'keep reading', 'read article', 'read the article', 'read full article',
  'read the full article', 'read story', 'read on', 'more', 'view article', 'view story',
]);

/** Whole lines that are calls to action or page chrome, never article text. */
export const CTA_LINES: ReadonlySet<string> = new Set([
  // accounts and subscriptions
  'subscribe', 'subscribe now', 'subscribe today', 'subscribe here', 'sign up', 'sign up now',
  'sign up today', 'sign up here', 'sign in', 'sign in here', 'log in', 'login', 'log in here',
  'log out', 'logout', 'register', 'register now', 'register here', 'register today',
  'already have an account', 'already registered', 'already a subscriber', 'already a member',
  'create an account', 'create a free account', 'my account', 'join now', 'join us',
  'become a member', 'donate', 'donate now', 'support us', 'get the app', 'download the app',
  'find out more', 'learn more', 'more info', 'see more',
  // contact and enquiries
  'contact us', 'contact', 'make an enquiry', 'enquire now', 'send an enquiry', 'get in touch',
  'get a quote', 'request a quote', 'book now', 'book a demo', 'request a demo', 'call us',
  'email us', 'about us',
  // sharing and page tools
  'share', 'share this', 'share this article', 'share this story', 'share this page',
  'share article', 'share story', 'share on facebook', 'share on twitter', 'share on linkedin',
  'share via email', 'tweet', 'tweet this', 'email', 'email this', 'print', 'print this',
  'print this page', 'copy link', 'link copied', 'comments', 'comment', 'leave a comment',
  'view comments', 'show comments', 'hide comments', 'add a comment', 'post a comment',
  'bookmark', 'save', 'save article', 'save for later', 'listen to this article', 'listen',
  'text size', 'follow', 'follow us', 'like us on facebook', 'follow us on twitter',
  // navigation
  'skip to content', 'skip to main content', 'skip to navigation', 'back to top',
  'return to top', 'menu', 'main menu', 'open menu', 'close menu', 'close', 'search', 'home',
  'next article', 'previous article', 'next story', 'previous story', 'next', 'previous',
  'load more', 'show more', 'view more', 'view all', 'see all', 'more stories', 'more news',
  // advertising
  'advertisement', 'advertising', 'advert', 'ad', 'sponsored', 'sponsored content',
  'paid content', 'promoted', 'promoted content', 'story continues below advertisement',
  'article continues below', 'story continues below', 'continue reading below',
  'continue reading the main story', 'scroll to continue with content', 'report an ad',
  // newsletters
  'newsletter', 'newsletters', 'sign up to our newsletter', 'sign up for our newsletter',
  'subscribe to our newsletter', 'get our newsletter', 'sign up for free',
  // legal links
  'privacy policy', 'privacy', 'terms', 'terms of use', 'terms and conditions', 'terms of service',
  'cookie policy', 'cookies', 'cookie settings', 'manage cookies', 'accept', 'accept all',
  'accept cookies', 'reject all', 'sitemap', 'site map', 'accessibility', 'careers', 'faq',
  'faqs', 'help',
]);

/**
 * Line openings that make a short line a call to action (`Follow us on Instagram`,
 * `Click here to download the guide`). Only lines of at most `CTA_PREFIX_MAX_WORDS` words.
 */
export const CTA_PREFIXES: readonly string[] = [
  'click here', 'tap here', 'follow us on', 'follow us at', 'find us on', 'like us on',
  'join us on', 'connect with us', 'sign up for', 'sign up to', 'subscribe to', 'subscribe for',
  'download our', 'download the', 'get the latest', 'get our', 'share on', 'share via',
  'share this', 'email us at', 'for more information', 'for more details',
];
export const CTA_PREFIX_MAX_WORDS = 12;

/**
 * Line openings of a link to another story inside an article (`Read more: <headline>`):
 * such a line is excluded alone and the article goes on after it.
 */
export const STORY_LINK_PREFIXES: readonly string[] = [
  'read more:', 'read more -', 'read more –', 'read more »', 'read more >', 'read also:',
  'also read:', 'see also:', 'related:', 'related story:', 'related article:', 'more:',
  'read:', 'read next:', 'read the latest:', 'watch:', 'listen:', 'more on this story:',
  'recommended:', 'you may also like:', 'must read:',
];
export const STORY_LINK_MAX_WORDS = 25;

/**
 * Phrases that open a paywall: from the line that carries one to the end of the text is a
 * prompt, not the article. Matched anywhere in a line of at most `PAYWALL_MAX_WORDS` words.
 */
export const PAYWALL_PHRASES: readonly string[] = [
  'to continue reading', 'now to continue reading', 'subscribe to continue', 'register to continue',
  'sign in to continue', 'log in to continue', 'login to continue', 'subscribe to read',
  'register to read', 'subscribe to unlock', 'unlock this article', 'unlock full access',
  'to read the full article', 'to read this article', 'to read the rest of this article',
  'to keep reading', 'keep reading for', 'this article is for subscribers',
  'this article is only available to', 'this content is for subscribers',
  'this content is only available to', 'available to subscribers only', 'for subscribers only',
  'subscribers only', 'subscriber-only content', 'subscriber exclusive',
  'you have reached your', "you've reached your", 'you have read your', "you've read your",
  'free articles remaining', 'free article limit', 'become a subscriber to',
  'create a free account to', 'register for free to', 'the rest of this article is',
  'already a subscriber',
];
export const PAYWALL_MAX_WORDS = 20;

/**
 * Headings of a rail of links to other stories: from such a heading to the end of the text
 * is excluded when nothing after it reads like article prose.
 */
export const RELATED_HEADINGS: ReadonlySet<string> = new Set([
  'related', 'related articles', 'related stories', 'related content', 'related news',
  'related posts', 'related links', 'related topics', 'more stories', 'more news',
  'more from this section', 'more on this story', 'more like this', 'you may also like',
  'you might also like', 'you may be interested in', 'recommended', 'recommended for you',
  'recommended stories', 'recommended reading', 'most read', 'most popular', 'most viewed',
  'popular', 'trending', 'trending now', 'latest', 'latest news', 'latest stories',
  'top stories', "editor's picks", 'editors picks', 'around the web', 'from around the web',
  'further reading', "what's hot", 'more to read', 'in other news', 'read next', 'up next',
  'also in the news', 'sponsored stories', 'promoted stories', 'partner content',
]);

/** Names of social networks and feed formats, as they stand in runs of share icons. */
export const SOCIAL_WORDS: ReadonlySet<string> = new Set([
  'facebook', 'twitter', 'x', 'instagram', 'linkedin', 'youtube', 'rss', 'pinterest',
  'whatsapp', 'tiktok', 'snapchat', 'reddit', 'tumblr', 'telegram', 'flipboard', 'messenger',
  'threads', 'bluesky', 'mastodon', 'vimeo', 'soundcloud', 'spotify', 'weibo', 'wechat', 'vk',
  'email', 'mail', 'print', 'share', 'sms', 'feed', 'google', 'apple', 'podcasts', 'flickr',
  'medium', 'discord', 'twitch',
]);

/** Icon and control names that sit among social words in saved pages (`chevron-down`, `bars`). */
export const ICON_WORDS: readonly string[] = [
  'close', 'chevron', 'bars', 'blank', 'icon', 'arrow', 'caret', 'menu', 'search', 'hamburger',
  'plus', 'minus', 'times', 'angle', 'envelope', 'link', 'copy', 'comment', 'comments', 'circle',
  'square', 'logo', 'up', 'down', 'left', 'right', 'open', 'svg',
];

/** Phrases addressed to the reader that, with `cookie`, make a line a consent banner. */
export const COOKIE_CUES: readonly string[] = [
  'we use cookies', 'we and our partners use cookies', 'this site uses cookies',
  'this website uses cookies', 'our site uses cookies', 'our website uses cookies',
  'our use of cookies', 'our cookie', 'accept cookies', 'accept all cookies', 'accept all',
  'cookie settings', 'cookie preferences', 'manage cookies', 'by continuing to',
  'by using this site', 'by using this website', 'by using our',
];
export const COOKIE_MAX_WORDS = 80;

/** Label-only metadata lines (`Published:`, `Updated: 3 May`) that sit above an article. */
export const META_LABELS: readonly string[] = [
  'published', 'updated', 'last updated', 'posted', 'posted on', 'first published',
  'modified', 'last modified', 'date', 'reading time', 'read time',
];
export const META_LABEL_MAX_WORDS = 8;

/** Verbs that open a promotional line (`Support our campaign`, `Join us today`). */
export const PROMO_VERBS: ReadonlySet<string> = new Set([
  'support', 'join', 'donate', 'back', 'help', 'celebrate', 'subscribe', 'sign', 'register',
  'follow', 'download', 'get', 'try', 'become', 'discover', 'book', 'buy', 'shop', 'visit',
  'enter', 'nominate', 'vote', 'pledge', 'claim', 'save', 'start',
]);
/**
 * Words that, after a promo verb and with `our`/`us`/`your`, mark a promotional line when no
 * `#hashtag` does.
 */
export const PROMO_CUES: readonly string[] = [
  'campaign', 'newsletter', 'trial', 'offer', 'subscription', 'app', 'membership', 'appeal',
  'journalism', 'podcast', 'event', 'awards', 'webinar', 'conference',
];
export const PROMO_MAX_WORDS = 30;
