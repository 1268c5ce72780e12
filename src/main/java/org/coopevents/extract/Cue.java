package org.coopevents.extract;

/** The grammar cues the extractor looks for (see {@link Cues}). */
enum Cue {
  /** visit (noun), визит. */
  VISIT_NOUN,
  /** visited, visits, посетил, посетит: a verb whose object is the destination. */
  VISIT_VERB,
  /** arrived, прибыл: the destination follows "in"/"в". */
  ARRIVE,
  /** hosted, received, welcomed, принял: the subject's state hosts the object's leader. */
  HOST_VERB,
  /** trip, tour, поездка. */
  TRIP,
  /** talks, negotiations, переговоры (a visit only with "in CITY"). */
  TALKS,
  KIND_STATE, KIND_OFFICIAL, KIND_WORKING,
  /** A marker of the future: will, expected, upcoming, предстоящий, посетит. */
  FUTURE,
  /** A marker of something done: arrived, visited, held, прибыл, состоялся. */
  PAST,
  /** phone call, телефонный разговор, video conference. */
  CALL,
  /** on the sidelines of, на полях. */
  SIDELINES,
  /** previous / last / earlier visit, recalled, напомнил. */
  PAST_REFERENCE,
  /** invited ... to visit, пригласил посетить. */
  INVITE,
  /** at the invitation of, по приглашению (a real visit). */
  AT_INVITATION,
  /** was in, был в: a stay in the place that follows (a visit only with a state or capital right after). */
  STAY,
  /** N-day visit: two-day, двухдневный (value in the cue's text). */
  DURATION_2, DURATION_3, DURATION_4,
  /** signed, подписали. */
  SIGN,
  /** to be signed, will sign, подпишут. */
  SIGN_FUTURE,
  /** ratification, draft approval, business contracts, decrees: not an intergovernmental signing. */
  SIGN_NEGATIVE,
  /** A signing told as a noun ("the signing of", "подписание"): a new signing only in the past tense. */
  SIGN_NOUN,
  /** Past-tense words that make a signing noun a report ("witnessed", "состоялось"). */
  SIGN_PAST,
  /** A signing told in passing: "recall that", "recently", "напомним", "ранее". */
  SIGN_BACKGROUND,
  /** Signers below the state: a governor, a mayor, an akim. */
  SUBNATIONAL,
  /** A signing of three or more states: "trilateral", "трехсторонн*". */
  MULTILATERAL,
  /** documents, документы (a count or generic object of signing). */
  DOCUMENTS,
  /** package of documents, пакет документов. */
  PACKAGE,
  /** "more than", "около": a count that is not exact. */
  APPROXIMATE,
  /** another, also, кроме того, еще один. */
  ANOTHER,
  /** include, among them, в том числе: a list of documents continues. */
  INCLUDE,
  /** concerns, covers, касается: introduces the subject of a document. */
  CONCERNS,
  /** cooperation, partnership, joint, сотрудничество. */
  COOPERATION,
  /** agreed, decided, договорились. */
  AGREED,
  /** proposed, offered, предложил. */
  PROPOSED,
  /** discussed, обсудили, talks. */
  DISCUSSED,
  /** ready, expand, develop, готов, расширение: a sentence about joint work. */
  COOP_CONTEXT,
  /** congratulated, wished, поздравил: greetings are not cooperation. */
  GREETING,
  /** deputy, vice, заместитель: the title that follows is not the leader's. */
  DEPUTY,
  /** delegation, делегация. */
  DELEGATION,
  /** he, she, он, она: a leader mentioned before. */
  PRONOUN
}
