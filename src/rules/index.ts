// The built-in rule set, in the order rules run within each phase.

import type { Rule } from './rule.js';
import pageTitle from './builtin/page-title.js';
import donationAppeal from './builtin/donation-appeal.js';
import subscribePitch from './builtin/subscribe-pitch.js';
import newsletterSignup from './builtin/newsletter-signup.js';
import commentsSection from './builtin/comments-section.js';
import shareBar from './builtin/share-bar.js';
import cookieNotice from './builtin/cookie-notice.js';
import navigationLabel from './builtin/navigation-label.js';
import relatedLinks from './builtin/related-links.js';
import advertisingLabel from './builtin/advertising-label.js';
import legalFooter from './builtin/legal-footer.js';
import loginPrompt from './builtin/login-prompt.js';
import appPromotion from './builtin/app-promotion.js';
import postFurniture from './builtin/post-furniture.js';
import wikiFurniture from './builtin/wiki-furniture.js';
import editLinks from './builtin/edit-links.js';
import galleryLabel from './builtin/gallery-label.js';
import imageCredit from './builtin/image-credit.js';
import noWords from './builtin/no-words.js';
import linkMarker from './builtin/link-marker.js';
import linkText from './builtin/link-text.js';
import learnedClassifier from './builtin/learned-classifier.js';
import textDensity from './builtin/text-density.js';
import endOfArticle from './builtin/end-of-article.js';
import articleHeadline from './builtin/article-headline.js';
import appealBox from './builtin/appeal-box.js';
import standfirst from './builtin/standfirst.js';
import articleMetadata from './builtin/article-metadata.js';
import headlineRun from './builtin/headline-run.js';
import menuRun from './builtin/menu-run.js';
import twinLines from './builtin/twin-lines.js';
import gallerySlides from './builtin/gallery-slides.js';
import authorBio from './builtin/author-bio.js';
import neighbourContext from './builtin/neighbour-context.js';
import articleRegion from './builtin/article-region.js';
import commentThread from './builtin/comment-thread.js';
import codeBlock from './builtin/code-block.js';
import recordFields from './builtin/record-fields.js';
import pageFallback from './builtin/page-fallback.js';
import repeatedLine from './builtin/repeated-line.js';

export const builtinRules: readonly Rule[] = [
  // role (runs after lexical: see RULE_PHASES)
  pageTitle,
  // lexical
  donationAppeal,
  subscribePitch,
  newsletterSignup,
  commentsSection,
  shareBar,
  cookieNotice,
  advertisingLabel,
  loginPrompt,
  appPromotion,
  relatedLinks,
  navigationLabel,
  galleryLabel,
  postFurniture,
  wikiFurniture,
  editLinks,
  legalFooter,
  repeatedLine,
  // statistical
  noWords,
  linkMarker,
  linkText,
  learnedClassifier,
  textDensity,
  // context
  articleHeadline,
  appealBox,
  commentThread,
  standfirst,
  articleMetadata,
  headlineRun,
  menuRun,
  twinLines,
  gallerySlides,
  authorBio,
  neighbourContext,
  codeBlock,
  endOfArticle,
  articleRegion,
  imageCredit,
  recordFields,
  pageFallback,
];
