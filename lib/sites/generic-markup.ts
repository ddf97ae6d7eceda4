/**
 * The markup the generic adapter (generic.ts) recognises, as data: one
 * VARIANT of named selectors per engine (WordPress, Disqus, Discourse, phpBB,
 * schema.org microdata, a blog's own article), and the page-level selectors of
 * the fallback (an article's paragraphs read as one post).
 */

/** One engine's markup: how to find its units and read them. */
interface Variant {
  /** Units of this variant. */
  units: readonly string[];
  /** Title elements (posts). */
  title: readonly string[];
  /** Body elements; the first selector that finds any wins, all its matches are kept. */
  body: readonly string[];
  authorName: readonly string[];
  /** Profile link of the author (href). */
  authorLink: readonly string[];
  /** Element with the author's handle in `data-username`/`data-user-card`, or as text. */
  authorHandle: readonly string[];
  /** Time: `datetime`, `content`, `data-time` (epoch ms) or a written-out `title`. */
  time: readonly string[];
  permalink: readonly string[];
  likes: readonly string[];
  /** Reply editor inside the unit (or its comment item), then on the page. */
  replyEditor: readonly string[];
  pageReplyEditor: readonly string[];
  replyOpener: readonly string[];
}

const NONE: readonly string[] = [];

export const GENERIC_VARIANTS = {
  /** WordPress `wp_list_comments()` (HTML5 `article.comment-body`; older themes `div.comment-body`). */
  wordpressComment: {
    units: [
      'li.comment > article.comment-body', // WordPress 3.6+ HTML5 comment markup
      'li.comment > div.comment-body', // html4 markup of older themes
    ],
    title: NONE,
    body: [
      '.comment-content', // HTML5 markup
      ':scope > p', // html4 markup: paragraphs right in div.comment-body
    ],
    authorName: ['.comment-author .fn', '.comment-author cite'],
    authorLink: ['.comment-author .fn a.url', '.comment-author a.url'],
    authorHandle: NONE,
    time: ['.comment-metadata time[datetime]', 'time[datetime]', '.commentmetadata a'],
    permalink: ['.comment-metadata a[href*="#comment-"]', '.commentmetadata a[href*="#comment-"]'],
    likes: NONE,
    // comment-reply.js moves #respond right under the comment being answered.
    replyEditor: NONE,
    pageReplyEditor: NONE,
    replyOpener: ['a.comment-reply-link'],
  },
  /** Disqus embed (the disqus.com/embed/comments frame). */
  disqus: {
    units: [
      '[data-role="post-content"]', // 2017– embed (role=article div in li.post)
    ],
    title: NONE,
    body: ['[data-role="message"]', '.post-message'],
    authorName: ['.post-byline .author a', '.post-byline .author'],
    authorLink: ['.post-byline .author a[href]'],
    authorHandle: ['.post-byline [data-username]'],
    time: ['a.time-ago[title]', '[data-role="relative-time"][title]'],
    permalink: ['a.time-ago[href]', 'a[data-role="relative-time"][href]'],
    likes: ['[data-action="upvote"] [data-role="likes"]', '.vote-up .count'],
    replyEditor: NONE,
    pageReplyEditor: NONE,
    replyOpener: ['a[data-action="reply"]', '.reply a'],
  },
  /** Discourse topic view (Ember app). */
  discourse: {
    units: [
      '.topic-post article[data-post-id]', // Discourse 2.x–3.x post stream
    ],
    title: NONE,
    body: ['.cooked'],
    authorName: ['.names .full-name a', '.names .first a', '.names a[data-user-card]'],
    authorLink: ['.names a[href^="/u/"]', '.names a[data-user-card]'],
    authorHandle: ['.names a[data-user-card]'],
    time: ['.post-date [data-time]', '.relative-date[data-time]'],
    permalink: ['a.post-date[href]', '.post-info.post-date a[href]'],
    likes: ['.post-controls .like-count', 'button.like-count'],
    replyEditor: NONE,
    // The composer docks at the bottom of the page once a Reply button is pressed.
    pageReplyEditor: ['#reply-control.open textarea.d-editor-input'],
    replyOpener: ['.post-controls button.reply', 'button.reply'],
  },
  /** phpBB 3.x prosilver topic view (posts alternate bg1/bg2). */
  phpbb: {
    units: [
      'div.post.has-profile', // phpBB 3.1+ prosilver
      'div.post.bg1', // prosilver posts without a profile column
      'div.post.bg2',
    ],
    title: ['.postbody h3'],
    body: ['.postbody .content', '.content'],
    authorName: [
      '.postprofile .username',
      '.postprofile .username-coloured',
      'p.author .username',
      'p.author .username-coloured',
    ],
    authorLink: ['.postprofile a.username[href]', '.postprofile a.username-coloured[href]'],
    authorHandle: NONE,
    time: ['p.author time[datetime]', '.author time[datetime]'],
    permalink: ['.postbody h3 a[href*="#p"]', 'p.author a[href*="#p"]'],
    likes: NONE,
    replyEditor: NONE,
    // Quick reply answers the topic from under the last post.
    pageReplyEditor: ['#qr_postform textarea[name="message"]', 'textarea#message[name="message"]'],
    replyOpener: ['.post-buttons a[href*="mode=quote"]'],
  },
  /** schema.org microdata comments (news sites, forums' crawler views). */
  schemaComment: {
    units: [
      '[itemprop="comment"]', // comment nested in its article/comment item
      '[itemtype*="schema.org/Comment"]', // comment item on its own
    ],
    title: NONE,
    body: ['[itemprop="text"]', '[itemprop="commentText"]'],
    authorName: ['[itemprop="author"] [itemprop="name"]', '[itemprop="author"]'],
    authorLink: ['[itemprop="author"] a[itemprop="url"]', '[itemprop="author"] a[href]'],
    authorHandle: NONE,
    time: ['[itemprop="dateCreated"]', '[itemprop="datePublished"]'],
    permalink: ['a[itemprop="url"]'],
    likes: ['[itemprop="upvoteCount"]'],
    replyEditor: NONE,
    pageReplyEditor: NONE,
    replyOpener: NONE,
  },
  /** Comment sections of other engines: articles listed under a comments container. */
  commentSection: {
    units: [
      '#comments article:not(.comment-body)', // comments area of most blog themes
      '.comments article', // news sites' comment lists
      '.comment-list article:not(.comment-body)', // themes overriding wp_list_comments()
    ],
    title: NONE,
    body: ['.comment-content', '.comment-body', '.comment__body', '.comment-text', 'p'],
    authorName: ['.comment-author', '.comment__author', '[rel="author"]', '.author'],
    authorLink: ['.comment-author a[href]', 'a[rel="author"]'],
    authorHandle: NONE,
    time: ['time[datetime]'],
    permalink: ['a[href*="#comment"]'],
    likes: NONE,
    replyEditor: NONE,
    pageReplyEditor: NONE,
    replyOpener: ['a[href*="replytocom"]', 'button.reply', 'a.reply'],
  },
  /** A blog or news article with engine markup (WordPress `article.post`, hAtom, schema.org). */
  blogPost: {
    units: [
      'article[id^="post-"]', // WordPress post_class() article
      'article.hentry', // hAtom (WordPress, Blogger, Dotclear)
      'article.type-post', // WordPress themes without the id
      '[itemtype*="schema.org/BlogPosting"]', // microdata blogs
      '[itemtype*="schema.org/NewsArticle"]', // microdata news sites
    ],
    title: ['.entry-title', '[itemprop="headline"]'],
    body: ['.entry-content', '[itemprop="articleBody"]', '.post-content', '.article-body'],
    authorName: [
      '.entry-meta .author .fn',
      '.byline .author',
      '[itemprop="author"] [itemprop="name"]',
      '[rel="author"]',
    ],
    authorLink: ['.entry-meta .author a[href]', 'a[rel="author"]'],
    authorHandle: NONE,
    time: [
      'time.entry-date[datetime]',
      'time.published[datetime]',
      '[itemprop="datePublished"]',
      'time[datetime]',
    ],
    permalink: ['.entry-title a[rel="bookmark"]', 'a[rel="bookmark"]'],
    likes: NONE,
    replyEditor: NONE,
    // WordPress's comment form, when it sits at the end of the comments (not moved under one).
    pageReplyEditor: ['#respond textarea#comment', 'textarea#comment[name="comment"]'],
    replyOpener: ['a[href$="#respond"]', '.comments-link a'],
  },
} as const satisfies Record<string, Variant>;

export type VariantName = keyof typeof GENERIC_VARIANTS;

export const GENERIC_SELECTORS = {
  /** Last resort: an article, else the main region, read as one post. */
  fallbackUnits: [
    'article', // HTML5 article element
    'main', // the main region when no article
    '[role="main"]', // pre-HTML5 landmark
  ],
  /** Blocks whose text makes up a fallback post. */
  fallbackBlocks: ['h1', 'h2', 'h3', 'p', 'li', 'blockquote', 'figcaption', 'pre'],
  /** Regions of a page that are not its content (bylines say who wrote it, not what). */
  notContent: [
    'nav',
    'aside',
    'form',
    'footer',
    '[role="navigation"]',
    '[role="complementary"]',
    '[class*="byline"]',
  ],
  /** UI chrome and share widgets that sit inside content. */
  hidden: [
    'button',
    'a.more-link', // WordPress "Lire la suite" / "Continue reading" on excerpts
    '.sharedaddy', // Jetpack share buttons inside .entry-content
    '.jp-relatedposts', // Jetpack related posts
    '.addtoany_share_save_container', // AddToAny
    '.post-edit-link',
    '.cooked aside.quote > .title', // Discourse "user:" line above a quote
    '.content blockquote > div > cite', // phpBB "X a écrit :" line above a quote
  ],
} as const satisfies Record<string, readonly string[]>;
