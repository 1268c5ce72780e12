/**
 * Extraction: one cleaned article in ({@link org.coopevents.extract.ArticleText}), its event
 * rows out ({@link org.coopevents.extract.Extraction}): VISIT, SIGNING with one DocumentRow per
 * signed document, and COOPERATION per pair of states with its sectors; every event has a
 * MentionRow whose evidence is the sentence(s) it was read from. Plain Java, no Beam.
 *
 * <p>How: the text is cut into sentences ({@code Sentences}, a minimal splitter until the text
 * package's one is wired in) and tokens; the knowledge bundle finds states, leaders, titles,
 * document types and sector phrases; a cue lexicon ({@code Cues}) finds the grammar of
 * reporting (visit verbs, tense, negative contexts). {@code VisitFinder} reads guest, host,
 * kind, status, dates and city around a visit cue; {@code SigningFinder} reads signings, their
 * documents in any layout and the stated count; {@code CooperationFinder} reads sectors and
 * stance; {@code DateFinder} resolves dates against the publication date (null when the text
 * does not fix them). Furniture lines (after "Read also", "Leave a review"..., lines in the
 * other script, menus) and headline-like lines yield no visit or cooperation.
 *
 * <p>Rules of the output:
 * <ul>
 *   <li>IDs: {@code "ev-" + 16 hex of SHA-256(articleId, type, actor1, actor2, status, date,
 *       ordinal)}; documents {@code "doc-" + ...(eventId, docType, normalised title)}.
 *   <li>CAMEO: VISIT 042 (the guest's visit; PLANNED keeps 042, the status says it); SIGNING
 *       057; COOPERATION AGREED 061 (economic sectors), 062 (only SECURITY/MILITARY_TECHNICAL),
 *       063 (only JUSTICE); PROPOSED 031 (express intent to cooperate materially);
 *       DISCUSSED 030 (express intent to cooperate).
 *   <li>Stance: PROPOSED when a side proposed/offered something, else AGREED when they agreed,
 *       decided or signed documents, else DISCUSSED.
 *   <li>Confidence: VISIT 0.5, +0.2 when the host is an explicit destination ("to X", "in
 *       CITY", "находящийся в X"), +0.1 stated kind, +0.1 guest leader named, +0.05 dated
 *       (-0.05 undated), -0.15 host taken from the dateline only; SIGNING 0.6, +0.2 documents
 *       listed or counted, +0.1 both parties named or a parent visit, +0.05 dated;
 *       COOPERATION 0.5, +0.1 per sentence read (max +0.3), +0.1 with a visit or signing;
 *       clamped to [0.05, 0.95].
 *   <li>Dates: never the publication date in disguise; a SIGNING without its own date takes
 *       the date of the talks it followed when the text dates them.
 * </ul>
 */
package org.coopevents.extract;
