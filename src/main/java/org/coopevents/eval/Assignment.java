package org.coopevents.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A one-to-one assignment of gold items (rows) to predictions (columns). {@code score[i][j]}
 * is positive when the two may match, and larger when they agree better.
 *
 * <p>The assignment maximises first the number of pairs, then the summed score. With at most
 * {@value #EXACT_LIMIT} candidate predictions it is exact (dynamic programming over the used
 * predictions); ties go to the lowest gold index paired with the lowest prediction index.
 * Beyond that it is greedy: pairs by falling score, ties by gold then prediction index.
 * Both are deterministic.
 */
final class Assignment {
  static final int EXACT_LIMIT = 14;
  private static final double EPS = 1e-9;

  private Assignment() {}

  /** Returns, for each row, the matched column or -1. */
  static int[] assign(double[][] score, int columns) {
    int rows = score.length;
    int[] match = new int[rows];
    Arrays.fill(match, -1);
    if (rows == 0 || columns == 0) return match;
    // Only columns that some row may take enter the search.
    List<Integer> cols = new ArrayList<>();
    for (int j = 0; j < columns; j++) {
      for (int i = 0; i < rows; i++) {
        if (score[i][j] > 0) {
          cols.add(j);
          break;
        }
      }
    }
    if (cols.isEmpty()) return match;
    if (cols.size() > EXACT_LIMIT) return greedy(score, columns);
    int m = cols.size();
    int states = 1 << m;
    int[][] bestCount = new int[rows + 1][states];
    double[][] bestScore = new double[rows + 1][states];
    // Fill from the last row up: best completion of rows i.. given used columns.
    for (int i = rows - 1; i >= 0; i--) {
      for (int mask = 0; mask < states; mask++) {
        int c = bestCount[i + 1][mask];
        double s = bestScore[i + 1][mask];
        for (int k = 0; k < m; k++) {
          double v = score[i][cols.get(k)];
          if (v <= 0 || (mask & (1 << k)) != 0) continue;
          int c2 = 1 + bestCount[i + 1][mask | (1 << k)];
          double s2 = v + bestScore[i + 1][mask | (1 << k)];
          if (c2 > c || (c2 == c && s2 > s + EPS)) {
            c = c2;
            s = s2;
          }
        }
        bestCount[i][mask] = c;
        bestScore[i][mask] = s;
      }
    }
    // Walk forward, taking at each row the first choice that reaches the optimum.
    int mask = 0;
    for (int i = 0; i < rows; i++) {
      int c = bestCount[i][mask];
      double s = bestScore[i][mask];
      int chosen = -1;
      for (int k = 0; k < m; k++) {
        double v = score[i][cols.get(k)];
        if (v <= 0 || (mask & (1 << k)) != 0) continue;
        if (1 + bestCount[i + 1][mask | (1 << k)] == c
            && Math.abs(v + bestScore[i + 1][mask | (1 << k)] - s) <= EPS) {
          chosen = k;
          break;
        }
      }
      if (chosen >= 0) {
        match[i] = cols.get(chosen);
        mask |= 1 << chosen;
      }
    }
    return match;
  }

  private static int[] greedy(double[][] score, int columns) {
    int rows = score.length;
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        if (score[i][j] > 0) pairs.add(new int[] {i, j});
      }
    }
    pairs.sort(Comparator.<int[]>comparingDouble(p -> -score[p[0]][p[1]])
        .thenComparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
    int[] match = new int[rows];
    Arrays.fill(match, -1);
    boolean[] used = new boolean[columns];
    for (int[] p : pairs) {
      if (match[p[0]] < 0 && !used[p[1]]) {
        match[p[0]] = p[1];
        used[p[1]] = true;
      }
    }
    return match;
  }
}
