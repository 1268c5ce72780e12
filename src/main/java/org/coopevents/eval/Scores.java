package org.coopevents.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one evaluation, summed over the corpus. Immutable. A figure with nothing to
 * measure is {@code null}, never 0 or 1.
 */
public final class Scores {
  /** Hits, false positives, misses, and predictions absorbed by optional gold items. */
  public record Tally(int tp, int fp, int fn, int absorbed) {
    /** Required gold items. */
    public int gold() {
      return tp + fn;
    }

    /** Predictions, absorbed ones included. */
    public int predicted() {
      return tp + fp + absorbed;
    }

    /** tp / (tp + fp); null without a counted prediction. */
    public Double precision() {
      return tp + fp == 0 ? null : (double) tp / (tp + fp);
    }

    /** tp / (tp + fn); null without required gold. */
    public Double recall() {
      return tp + fn == 0 ? null : (double) tp / (tp + fn);
    }

    /** 2tp / (2tp + fp + fn); null with neither gold nor counted prediction. */
    public Double f1() {
      int d = 2 * tp + fp + fn;
      return d == 0 ? null : 2.0 * tp / d;
    }

    Tally plus(Tally o) {
      return new Tally(tp + o.tp, fp + o.fp, fn + o.fn, absorbed + o.absorbed);
    }
  }

  /** A share: correct out of known; null when nothing is known. */
  public record Ratio(int correct, int known) {
    public Double value() {
      return known == 0 ? null : (double) correct / known;
    }

    Ratio plus(Ratio o) {
      return new Ratio(correct + o.correct, known + o.known);
    }
  }

  /**
   * Dedup figures over the matched (article, gold event) occurrences: pairs of occurrences in
   * one predicted event, pairs of one gold key and status, pairs that are both, and the
   * number of gold groups (key and status) with the predicted events they were spread over.
   */
  public record Dedup(long predictedPairs, long goldPairs, long sharedPairs, int goldGroups,
      int eventsOverGroups) {
    public Double precision() {
      return predictedPairs == 0 ? null : (double) sharedPairs / predictedPairs;
    }

    public Double recall() {
      return goldPairs == 0 ? null : (double) sharedPairs / goldPairs;
    }

    /** The mean number of predicted events per gold key (ideal 1.0). */
    public Double eventsPerKey() {
      return goldGroups == 0 ? null : (double) eventsOverGroups / goldGroups;
    }
  }

  /** Predicted events on articles whose gold has no event; null when there is no such article. */
  public record Negatives(int articles, int events) {
    public Integer figure() {
      return articles == 0 ? null : events;
    }
  }

  /** One miss or false positive: the article, the item type, and the gold or predicted facts. */
  public record Finding(String kind, String article, String type, String facts) {
    public String line() {
      return kind + "  " + article + "  " + type + "  " + facts;
    }
  }

  public final int goldArticles;
  public final int outputArticles;
  public final int outputEvents;
  public final Map<ArticleMatcher.How, Integer> pairedBy;
  public final Tally visits;
  public final Tally signings;
  /**
   * Documents by the v2 rule: the title test (v2 words) against the predicted {@code title} or
   * {@code title_original}; equal non-empty sector sets only where neither is in the gold
   * title's script.
   */
  public final Tally documents;
  /**
   * Documents by the former v1 reading (secondary): v1 title words on {@code title} only, and
   * equal sector sets for any article not in English.
   */
  public final Tally documentsV1;
  /**
   * Sectors, the contract figure: from what each article's own mentions say
   * ({@code mentions.sectors}), the event's sectors where the output has no such column.
   */
  public final Tally sectors;
  /** Sectors from each linked COOPERATION event's {@code sectors}, the union over its articles (secondary). */
  public final Tally sectorsOfEvents;
  public final Ratio visitDates;
  public final Ratio signingDates;
  public final Ratio visitKind;
  public final Ratio visitCity;
  /** Guest and host persons of matched visits (see Scorer's people rule). */
  public final Ratio visitPeople;
  public final Dedup dedup;
  public final Negatives negatives;
  public final List<Finding> misses;
  public final List<Finding> falsePositives;
  public final List<String> notes;
  /** Gold keys (with status) whose occurrences were spread over several predicted events. */
  public final List<String> splitKeys;
  /** Predicted events whose occurrences carry more than one gold key (with status). */
  public final List<String> mixedEvents;

  Scores(int goldArticles, int outputArticles, int outputEvents,
      Map<ArticleMatcher.How, Integer> pairedBy, Tally visits, Tally signings, Tally documents,
      Tally documentsV1, Tally sectors, Tally sectorsOfEvents, Ratio visitDates,
      Ratio signingDates, Ratio visitKind, Ratio visitCity, Ratio visitPeople, Dedup dedup, Negatives negatives,
      List<Finding> misses, List<Finding> falsePositives, List<String> notes,
      List<String> splitKeys, List<String> mixedEvents) {
    this.documentsV1 = documentsV1;
    this.sectorsOfEvents = sectorsOfEvents;
    this.splitKeys = List.copyOf(splitKeys);
    this.mixedEvents = List.copyOf(mixedEvents);
    this.goldArticles = goldArticles;
    this.outputArticles = outputArticles;
    this.outputEvents = outputEvents;
    EnumMap<ArticleMatcher.How, Integer> by = new EnumMap<>(ArticleMatcher.How.class);
    for (ArticleMatcher.How h : ArticleMatcher.How.values()) by.put(h, pairedBy.getOrDefault(h, 0));
    this.pairedBy = java.util.Collections.unmodifiableMap(by);
    this.visits = visits;
    this.signings = signings;
    this.documents = documents;
    this.sectors = sectors;
    this.visitDates = visitDates;
    this.signingDates = signingDates;
    this.visitKind = visitKind;
    this.visitCity = visitCity;
    this.visitPeople = visitPeople;
    this.dedup = dedup;
    this.negatives = negatives;
    this.misses = List.copyOf(misses);
    this.falsePositives = List.copyOf(falsePositives);
    this.notes = List.copyOf(notes);
  }

  /** Dates of matched visits and signings together. */
  public Ratio dates() {
    return visitDates.plus(signingDates);
  }

  /** Gold articles with no output article. */
  public int missingArticles() {
    return pairedBy.get(ArticleMatcher.How.MISSING);
  }
}
