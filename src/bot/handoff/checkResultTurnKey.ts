/**
 * Where a check dialog leaves its result for the rest of the turn (botbuilder's per-turn `turnState`), so the
 * case log can record the check without the check dialogs knowing about escalation (issue #6 item 2: the case
 * summary lists the checks run with their results).
 */
export const CHECK_RESULT_TURN_KEY = Symbol('cpk.checkResult');
