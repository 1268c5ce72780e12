/**
 * The knowledge of coopevents: loaders and indexes for the data files of
 * {@code src/main/resources/org/coopevents/knowledge/} (countries and their surface forms,
 * leaders with their terms of office, titles, document types, the sector lexicon and the
 * Russian-English title phrases). {@link org.coopevents.knowledge.PhraseMatcher} implements
 * the matching conventions of the data (whole tokens, case rule, {@code *} prefixes, ё = е,
 * longest match). {@link org.coopevents.knowledge.Knowledge#load()} gives one immutable,
 * thread-safe bundle shared by every worker. {@link org.coopevents.knowledge.TitleWords} is the
 * one definition of a document title's words (gold-format.md's stop-words), used by the
 * document merger and the scorer alike.
 */
package org.coopevents.knowledge;
