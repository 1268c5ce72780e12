package org.coopevents.model;

/** Why an article did or did not yield events ({@code articles.outcome}). */
public enum Outcome {
  CODED, NO_EVENT, DUPLICATE, UNSUPPORTED_LANGUAGE, EMPTY
}
