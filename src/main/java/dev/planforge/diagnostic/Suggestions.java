package dev.planforge.diagnostic;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean …?": the known word nearest to a misspelt one, when it is near enough. */
public final class Suggestions {

  private Suggestions() {}

  /** The closest candidate within a small edit distance, or null. */
  public static String closest(String given, Collection<String> candidates) {
    if (given == null || candidates.isEmpty()) {
      return null;
    }
    String g = given.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(g, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    int allowed = Math.max(1, Math.min(3, given.length() / 3));
    if (bestDistance <= allowed && !given.equals(best)) {
      return best;
    }
    // "retention" for "retention_rate": a word that begins the other is a near miss too.
    for (String c : candidates) {
      String lower = c.toLowerCase(Locale.ROOT);
      if (g.length() >= 3 && lower.length() >= 3 && (lower.startsWith(g) || g.startsWith(lower))) {
        return c;
      }
    }
    return null;
  }

  /**
   * The candidate that is {@code given} written another way — other letter case, {@code _},
   * {@code -} or spaces between words ({@code In progress} for {@code in_progress}) — or null when
   * none or several are.
   */
  public static String sameWord(String given, Collection<String> candidates) {
    if (given == null) {
      return null;
    }
    String g = folded(given);
    String found = null;
    for (String c : candidates) {
      if (folded(c).equals(g)) {
        if (found != null && !found.equals(c)) {
          return null;
        }
        found = c;
      }
    }
    return found;
  }

  /** Lower case, with any run of spaces, {@code _} and {@code -} read as one {@code -}. */
  static String folded(String word) {
    return word.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "-");
  }

  /** Damerau–Levenshtein (optimal string alignment) distance: a swap of two letters costs 1. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
