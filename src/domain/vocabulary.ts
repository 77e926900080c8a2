/**
 * The enumerations of the 办法 (docs/data-format.md "Words of the 办法"), without any library: the
 * record schemas check them, the labels name them, the prompts offer them.
 */

/** Art. 5: 市领导点题, 对口联系部门出题, 委员群众提题, 专门委员会立题. */
export const SOURCES = ["leader", "department", "member", "committee"] as const;
/** Art. 3: the ten areas of consultation content, in the article's order. */
export const CATEGORIES = [
  "policy",
  "decision",
  "planning",
  "resources",
  "public_concern",
  "rule_of_law",
  "follow_up",
  "conduct",
  "mutual",
  "assigned",
] as const;
/** Art. 7–12: the six forms of consultation, in the articles' order. */
export const ACTIVITY_TYPES = [
  "info_exchange",
  "attend",
  "briefing",
  "solicit",
  "research",
  "consultation",
] as const;
export const TOPIC_STATUSES = [
  "proposed",
  "shortlisted",
  "confirmed",
  "concluded",
  "withdrawn",
] as const;
export const REPORT_KINDS = ["outcome", "research", "social_opinion"] as const;
export const REPORT_STATUSES = ["draft", "signed", "issued"] as const;
export const PERSON_ROLES = ["chair", "vice_chair", "secretary_general"] as const;
export const CHASE_METHODS = ["phone", "letter", "visit", "meeting"] as const;
export const SATISFACTION = ["满意", "基本满意", "不满意"] as const;
export const COMMITTEE_KINDS = ["committee", "office"] as const;

/** Art. 7, 8, 9: forms that need not serve a particular topic. */
export const TOPIC_OPTIONAL_TYPES = new Set(["attend", "info_exchange", "briefing"]);

export type Source = (typeof SOURCES)[number];
export type Category = (typeof CATEGORIES)[number];
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export type ChaseMethod = (typeof CHASE_METHODS)[number];
export type ReportKind = (typeof REPORT_KINDS)[number];
export type Satisfaction = (typeof SATISFACTION)[number];
