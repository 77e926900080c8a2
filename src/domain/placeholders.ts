/**
 * The placeholders the built-in templates leave in a drafted body until a step of its
 * life fills them in (docs/templates.md): kept apart so that the loader can look for them
 * (rule `issued-body`) without loading the views.
 */

/** Where the built-in outcome template puts the doc number until `report issue` fills it in. */
export const DOC_NO_PLACEHOLDER = "（文号待印发时填写）";
/** The 成文日期 until `report sign`: the date signed (GB/T 9704, Art. 13). */
export const SIGNED_ON_PLACEHOLDER = "（成文日期待签发时填写）";
/** The closing line with the reply deadline, until `report issue` knows it (Art. 14). */
export const REPLY_DUE_PLACEHOLDER = "（答复期限待印发时填写）";
