/**
 * The cleaning core's public surface. Pure: DOM in, result out; no `browser.*`, no storage,
 * no timers, and the input document is never mutated. Node (jsdom) and content scripts call the same code.
 */
export { cleanDocument } from './clean.ts';
export { ExtractionStopped } from './budget.ts';
export { planTidy, startTidy, type TidyPlan, type TidyItem, type TidySweep } from './tidy.ts';
export { compileRules, findMatches, walkMatches, type CompiledRules, type Match, type MatchWalk } from './match.ts';
export { sanitiseInto } from './sanitise.ts';
export { rulesFor } from './rules/index.ts';
export { validateUserRules, type UserRulesProblem } from './user-rules.ts';
export type { CleanOptions, CleanResult, Removal, UserRules } from './types.ts';
export type { NotArticle, NotArticleKind } from './not-article.ts';
export type { Rule, RemovalCategory } from './rules/types.ts';
export { findPages, type PageLinks, type PageLink } from './pages/find-pages.ts';
export { joinPages, type JoinedResult, type PagePart } from './pages/join.ts';
