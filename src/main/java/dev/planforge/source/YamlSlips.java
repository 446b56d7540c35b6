package dev.planforge.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The slips of a Chinese keyboard that break YAML, found on the raw text before it is parsed: a
 * full-width colon after a key ({@code as_of：2026-06-30}, {@code {id：b}}), a full-width comma
 * between flow entries ({@code [t1，t3]}), full-width spaces as indentation or after {@code :} and
 * {@code -}, full-width digits in a number or a date ({@code ５}), and thousands separators inside
 * {@code {…}}, where a comma ends the entry ({@code {amount: 1,200,000}}).
 *
 * <p>Quoted scalars, block scalars, comments and the continuation lines of plain scalars are
 * text and never looked at. A full-width colon in a block is a slip only where a key stands: among
 * sibling keys, in an item whose other lines are keys, or when the word before it is a key of the
 * plan format; so {@code - 阶段一：调研} in a list of texts stays text.
 *
 * <p>The text is repaired to what the planner meant, so the parser and the schema see the
 * intended plan and report nothing the slip caused; {@link #toOriginal} maps a position in the
 * repaired text back to the planner's text, where the error is shown.
 */
final class YamlSlips {

  /** The kinds of slip: the rule that reports each, and its message. */
  enum Kind {
    COLON("yaml.fullWidthColon", "yaml.slip.colon"),
    SPACE("yaml.fullWidthSpace", "yaml.slip.space"),
    INDENT("yaml.fullWidthSpace", "yaml.slip.indent"),
    COMMA("yaml.fullWidthComma", "yaml.slip.comma"),
    DIGITS("yaml.fullWidthDigits", "yaml.slip.digits"),
    THOUSANDS("yaml.thousandsSeparator", "yaml.slip.thousands");

    final String rule;
    final String message;

    Kind(String rule, String message) {
      this.rule = rule;
      this.message = message;
    }
  }

  /**
   * One slip: where it is in the planner's text, a place in the repaired text inside the node it
   * belongs to (to name its path), and the argument of its message (the rewrite, or the
   * indicator before a full-width space).
   */
  record Slip(Kind kind, int at, int anchor, String argument) {}

  /** At most this many slips are repaired and reported; a file full of them gets the first ones. */
  static final int MAX_SLIPS = 100;

  /** Findings (slips and candidates) after which the scan stops, so a file full of them stays cheap. */
  private static final int MAX_FINDINGS = 4 * MAX_SLIPS;

  /** How far the search for a full-width colon's sibling keys goes, so the scan stays linear. */
  private static final int SIBLING_LINES = 200;

  private static final int FW_COLON = 0xFF1A;
  private static final int FW_COMMA = 0xFF0C;
  private static final int FW_SPACE = 0x3000;

  // What a line of a block is, once scanned.
  private static final byte BLANK = 0;
  private static final byte COMMENT = 1;
  private static final byte INNER = 2; // inside a quoted, flow or block scalar begun above, or a continuation
  private static final byte KEY = 3;
  private static final byte SCALAR = 4;
  private static final byte EMPTY_ITEM = 5;
  private static final byte CANDIDATE = 6; // a key but for a full-width colon or space after its colon
  private static final byte FLOW_MAPPING = 7; // a node that is "{…}"

  // What a flow scanner knows of the scalar it is in, when it is not in a plain one
  private static final int NO_TOKEN = -1;
  private static final int FOLDED = -2; // a plain scalar that went on past a line break
  private static final int QUOTED = -3;

  private final int[] cp;
  private final int n;
  private final int[] lineStart;
  private final byte[] kind;
  private final int[] first; // column of the first character (a dash or the node); repairs keep columns
  private final int[] dash; // column of the last "- " before the node, or -1
  private final int[] col; // column of the node after the dashes

  private final List<Edit> edits = new ArrayList<>();
  private final List<Candidate> candidates = new ArrayList<>();
  private final List<int[]> digitCandidates = new ArrayList<>(); // {line, start, end}

  /** A full-width colon (or a full-width space after a half-width one) where a key might stand. */
  private record Candidate(int line, int at, int end, boolean halfWidthColon, String key, int keyEnd) {}

  /** {@code cp[start, end)} of the planner's text is {@code replacement} in the repaired one. */
  private record Edit(int start, int end, String replacement, Slip slip) {}

  // the state of the scan over lines
  private int blockScalarParent = -1; // lines indented more than this are a block scalar's text
  private int plainParent = -1; // lines indented more than this continue a plain scalar

  private YamlSlips(int[] cp) {
    this.cp = cp;
    this.n = cp.length;
    this.lineStart = lineStarts(cp);
    int lines = lineStart.length;
    this.kind = new byte[lines];
    this.first = new int[lines];
    this.dash = new int[lines];
    this.col = new int[lines];
  }

  /** The outcome: the slips in the order of the text, and the text as meant. */
  static final class Result {
    private final List<Slip> slips;
    private final String repaired;
    private final int[] repStart; // where each edit starts in the repaired text
    private final int[] repLength;
    private final int[] origStart;
    private final int[] origLength;

    private Result(List<Slip> slips, String repaired, int[] repStart, int[] repLength, int[] origStart,
        int[] origLength) {
      this.slips = slips;
      this.repaired = repaired;
      this.repStart = repStart;
      this.repLength = repLength;
      this.origStart = origStart;
      this.origLength = origLength;
    }

    List<Slip> slips() {
      return slips;
    }

    /** The text to parse: the planner's, with every slip written as meant. */
    String repaired() {
      return repaired;
    }

    /** The code-point index in the planner's text of the code point at {@code index} of the repaired text. */
    int toOriginal(int index) {
      int k = lastAtOrBefore(repStart, index);
      if (k < 0) {
        return index;
      }
      if (index < repStart[k] + repLength[k]) { // inside a rewrite: its first characters, then its last
        return origStart[k] + Math.min(index - repStart[k], Math.max(origLength[k] - 1, 0));
      }
      return index - (repStart[k] + repLength[k]) + origStart[k] + origLength[k];
    }
  }

  /** The slips in {@code text} and the text as meant; the text itself when it has none. */
  static Result find(String text) {
    if (!mayHoldSlips(text)) {
      return new Result(List.of(), text, new int[0], new int[0], new int[0], new int[0]);
    }
    YamlSlips scan = new YamlSlips(text.codePoints().toArray());
    scan.scanLines();
    scan.decideCandidates();
    scan.decideDigits();
    return scan.result(text);
  }

  private static final java.util.regex.Pattern GROUPED = java.util.regex.Pattern.compile("[0-9],[0-9]{3}");

  /** Cheap test that spares a plan without any full-width character or "{" the whole scan. */
  private static boolean mayHoldSlips(String text) {
    boolean braces = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == FW_COLON || c == FW_COMMA || c == FW_SPACE || fullWidthNumberChar(c)) {
        return true;
      }
      braces |= c == '{';
    }
    return braces && GROUPED.matcher(text).find();
  }

  // --- the scan over lines --------------------------------------------------------------------

  private void scanLines() {
    int li = 0;
    while (li < lineStart.length && findings() < MAX_FINDINGS) {
      li = kind[li] == INNER ? li + 1 : blockLine(li);
    }
  }

  /** Scans line {@code li} of a block; returns the next line still to scan. */
  private int blockLine(int li) {
    int start = lineStart[li];
    int end = lineEnd(li);
    int spaces = 0;
    while (start + spaces < end && cp[start + spaces] == ' ') {
      spaces++;
    }
    boolean blank = isBlank(start, end);
    if (blockScalarParent >= 0) {
      if (blank || spaces > blockScalarParent) {
        kind[li] = INNER;
        return li + 1;
      }
      blockScalarParent = -1;
    }
    if (blank) {
      kind[li] = BLANK;
      return li + 1;
    }
    if (plainParent >= 0) {
      if (spaces > plainParent && cp[start + spaces] != '#') {
        kind[li] = INNER; // folded into the plain scalar above; a full-width space here is its text
        return li + 1;
      }
      plainParent = -1;
    }
    int pos = indentation(li, start, end);
    first[li] = column(li, pos);
    dash[li] = -1;
    if (pos == end) {
      kind[li] = BLANK;
      return li + 1;
    }
    if (cp[pos] == '#') {
      kind[li] = COMMENT;
      return li + 1;
    }
    if (pos == start && isDocumentMarker(pos, end)) {
      kind[li] = COMMENT;
      return li + 1;
    }
    // "- " items, perhaps nested; a full-width space after the dash is a slip
    while (isDash(pos, end)) {
      dash[li] = column(li, pos);
      pos++;
      pos = spaceAfterDash(pos, end);
      if (pos == end || cp[pos] == '#') {
        kind[li] = EMPTY_ITEM;
        col[li] = column(li, Math.min(pos, end));
        return li + 1;
      }
    }
    col[li] = column(li, pos);
    int parent = dash[li] >= 0 ? dash[li] : col[li] - 1;
    return node(li, pos, end, parent);
  }

  /**
   * The node that starts at {@code pos} on line {@code li}: a key and its value, or a scalar or
   * collection. {@code parent} is the indentation the node's continuation lines must exceed.
   */
  private int node(int li, int pos, int end, int parent) {
    pos = skipProperties(pos, end);
    if (pos == end) {
      kind[li] = SCALAR;
      return li + 1;
    }
    int c = cp[pos];
    if (c == '"' || c == '\'') {
      int close = quoted(pos);
      kind[li] = SCALAR;
      int closeLine = markInner(li, close);
      if (closeLine == li) {
        int after = skipSpaces(close, end);
        if (after < end && cp[after] == ':' && (after + 1 == end || isSpace(cp[after + 1]))) {
          kind[li] = KEY;
          return value(li, after + 1, end, col[li]);
        }
      }
      return closeLine + 1;
    }
    if (c == '[' || c == '{') {
      int close = flow(pos);
      kind[li] = c == '{' ? FLOW_MAPPING : SCALAR;
      return markInner(li, close) + 1;
    }
    if ((c == '|' || c == '>') && isBlockScalarHeader(pos + 1, end)) {
      kind[li] = SCALAR;
      blockScalarParent = parent;
      return li + 1;
    }
    if (c == '*') {
      kind[li] = SCALAR;
      return li + 1;
    }
    // a plain scalar, perhaps a key
    boolean sawSpace = false;
    for (int i = pos; i < end; i++) {
      int x = cp[i];
      if (x == '#' && i > pos && isSpace(cp[i - 1])) {
        break;
      }
      if (x == ':' && (i + 1 == end || isSpace(cp[i + 1]))) {
        kind[li] = KEY;
        return value(li, i + 1, end, col[li]);
      }
      if (!sawSpace && i > pos) {
        boolean fullColon = x == FW_COLON;
        boolean fullSpace = x == ':' && i + 1 < end && cp[i + 1] == FW_SPACE;
        if (fullColon || fullSpace) {
          int keyEnd = trimEnd(pos, i);
          int spaceEnd = i + 1;
          while (spaceEnd < end && cp[spaceEnd] == FW_SPACE) {
            spaceEnd++;
          }
          candidates.add(new Candidate(li, fullColon ? i : i + 1, spaceEnd, !fullColon,
              new String(cp, pos, keyEnd - pos), keyEnd - 1));
          kind[li] = CANDIDATE;
          return value(li, spaceEnd, end, col[li]);
        }
      }
      sawSpace |= isSpace(x) || x == FW_SPACE;
    }
    kind[li] = SCALAR;
    plainParent = parent;
    digitCandidate(li, pos, plainEnd(pos, end));
    return li + 1;
  }

  /** The value after a key's colon at {@code pos}; {@code keyColumn} is its parent indentation. */
  private int value(int li, int pos, int end, int keyColumn) {
    pos = skipSpaces(pos, end);
    if (pos == end || cp[pos] == '#') {
      return li + 1; // the value is on the lines below
    }
    pos = skipProperties(pos, end);
    if (pos == end) {
      return li + 1;
    }
    int c = cp[pos];
    if (c == '"' || c == '\'') {
      return markInner(li, quoted(pos)) + 1;
    }
    if (c == '[' || c == '{') {
      return markInner(li, flow(pos)) + 1;
    }
    if ((c == '|' || c == '>') && isBlockScalarHeader(pos + 1, end)) {
      blockScalarParent = keyColumn;
      return li + 1;
    }
    if (c == '*') {
      return li + 1;
    }
    plainParent = keyColumn;
    digitCandidate(li, pos, plainEnd(pos, end));
    return li + 1;
  }

  /**
   * After the dash of an item at {@code pos - 1}: full-width spaces there are a slip, for a dash at
   * the start of a line followed by a space is always an item. Returns the position after them.
   */
  private int spaceAfterDash(int pos, int end) {
    if (pos < end && cp[pos] == FW_SPACE) {
      int stop = pos;
      while (stop < end && cp[stop] == FW_SPACE) {
        stop++;
      }
      slip(Kind.SPACE, pos, pos, stop, " ".repeat(stop - pos), stop, "-");
      return stop;
    }
    return skipSpaces(pos, end);
  }

  /**
   * Skips the indentation of line {@code li}; full-width spaces in it are a slip. Each stands for
   * one space, as typed: the space bar in a Chinese input method's full-width mode gives U+3000.
   */
  private int indentation(int li, int start, int end) {
    int pos = start;
    int firstFull = -1;
    while (pos < end && (cp[pos] == ' ' || cp[pos] == FW_SPACE)) {
      if (cp[pos] == FW_SPACE && firstFull < 0) {
        firstFull = pos;
      }
      pos++;
    }
    if (firstFull >= 0) {
      int node = pos; // the node on the line names the path, not the list its dash opens
      while (isDash(node, end)) {
        node++;
        while (node < end && (isSpace(cp[node]) || cp[node] == FW_SPACE)) {
          node++;
        }
      }
      slip(Kind.INDENT, firstFull, start, pos, " ".repeat(pos - start), node, null);
    }
    return pos;
  }

  /** A "-" at {@code pos} that starts a list item (a space, even a full-width one, or the line end after it). */
  private boolean isDash(int pos, int end) {
    return pos < end && cp[pos] == '-' && (pos + 1 == end || isSpace(cp[pos + 1]) || cp[pos + 1] == FW_SPACE);
  }

  /** A digit candidate: the plain scalar {@code cp[start, end)} on line {@code li}. */
  private void digitCandidate(int li, int start, int end) {
    if (halfWidthNumber(start, end) != null) {
      digitCandidates.add(new int[] {li, start, end});
    }
  }

  // --- flow collections -----------------------------------------------------------------------

  /**
   * Scans the flow collection that opens at {@code open}; returns the index after its close (the
   * end of the text when it never closes).
   */
  private int flow(int open) {
    OpenCollections stack = new OpenCollections();
    int pos = open;
    int tokenStart = NO_TOKEN; // where the plain scalar being read starts
    boolean valueSide = false; // in a mapping entry, after its colon
    int prevSignificant = -1; // the last character that was not a space
    boolean atLineStart = false;
    while (pos < n && findings() < MAX_FINDINGS) {
      int c = cp[pos];
      if (atLineStart) {
        atLineStart = false;
        int li = lineOf(pos);
        kind[li] = INNER;
        int after = indentation(li, pos, lineEnd(li));
        if (after != pos) {
          pos = after;
          continue;
        }
      }
      if (isBreak(c)) {
        if (tokenStart >= 0) {
          tokenStart = FOLDED;
        }
        pos += c == '\r' && pos + 1 < n && cp[pos + 1] == '\n' ? 2 : 1;
        atLineStart = true;
        continue;
      }
      if (isSpace(c)) {
        pos++;
        continue;
      }
      if (c == '#' && (pos == 0 || isSpace(cp[pos - 1]) || isBreak(cp[pos - 1]))) {
        while (pos < n && !isBreak(cp[pos])) {
          pos++;
        }
        continue;
      }
      if (tokenStart == NO_TOKEN && (c == '"' || c == '\'')) {
        pos = quoted(pos);
        prevSignificant = pos - 1;
        tokenStart = QUOTED;
        continue;
      }
      if (c == '[' || c == '{') {
        stack.push(c == '{');
        valueSide = false;
        tokenStart = NO_TOKEN;
        prevSignificant = pos;
        pos++;
        continue;
      }
      if (c == ']' || c == '}' || c == ',') {
        endToken(tokenStart, pos, stack, valueSide);
        tokenStart = NO_TOKEN;
        prevSignificant = pos;
        pos++;
        if (c == ',') {
          valueSide = false;
          continue;
        }
        stack.pop();
        if (stack.isEmpty()) {
          return pos;
        }
        valueSide = true; // a closed collection ends its own entry; what follows is "," or a close
        continue;
      }
      boolean keySide = stack.isMap() && !valueSide;
      if (c == ':' && (pos + 1 == n || isSpace(cp[pos + 1]) || isBreak(cp[pos + 1]) || isFlowIndicator(cp[pos + 1])
          || keySide && cp[pos + 1] == FW_SPACE)) {
        int keyEnd = tokenStart >= 0 ? trimEnd(tokenStart, pos) : pos;
        endToken(tokenStart, pos, stack, valueSide);
        tokenStart = NO_TOKEN;
        prevSignificant = pos;
        valueSide = true;
        pos++;
        if (keySide && pos < n && cp[pos] == FW_SPACE) {
          int stop = pos;
          while (stop < n && cp[stop] == FW_SPACE) {
            stop++;
          }
          slip(Kind.SPACE, pos, pos, stop, " ".repeat(stop - pos), keyEnd - 1, ":");
          pos = stop;
        }
        pos = valueStart(pos, stack);
        continue;
      }
      if (c == FW_COLON && keySide && tokenStart >= 0) {
        int keyEnd = trimEnd(tokenStart, pos);
        int stop = pos + 1;
        while (stop < n && cp[stop] == FW_SPACE) {
          stop++;
        }
        boolean spaced = stop == n || isSpace(cp[stop]) || isBreak(cp[stop]);
        slip(Kind.COLON, pos, pos, stop, spaced ? ":" : ": ", keyEnd - 1, null);
        tokenStart = NO_TOKEN;
        valueSide = true;
        prevSignificant = pos;
        pos = valueStart(stop, stack);
        continue;
      }
      if (c == FW_COMMA && isEntrySeparator(pos, prevSignificant, tokenStart, stack.isMap())) {
        endToken(tokenStart, pos, stack, valueSide);
        slip(Kind.COMMA, pos, pos, pos + 1, ",", pos, null);
        tokenStart = NO_TOKEN;
        valueSide = false;
        prevSignificant = pos;
        pos++;
        continue;
      }
      if (tokenStart == NO_TOKEN) {
        tokenStart = pos;
      }
      prevSignificant = pos;
      pos++;
    }
    return n;
  }

  /** At the start of a mapping value in a flow: thousands separators, which split the entry. */
  private int valueStart(int pos, OpenCollections stack) {
    while (pos < n && isSpace(cp[pos])) {
      pos++;
    }
    if (!stack.isMap()) {
      return pos;
    }
    int i = pos;
    if (i < n && (cp[i] == '-' || cp[i] == '+')) {
      i++;
    }
    int digits = 0;
    while (i < n && isAsciiDigit(cp[i])) {
      i++;
      digits++;
    }
    if (digits < 1 || digits > 3) {
      return pos;
    }
    int groups = 0;
    while (i + 3 < n && cp[i] == ',' && isAsciiDigit(cp[i + 1]) && isAsciiDigit(cp[i + 2]) && isAsciiDigit(cp[i + 3])
        && (i + 4 == n || !isAsciiDigit(cp[i + 4]))) {
      i += 4;
      groups++;
    }
    if (groups == 0) {
      return pos;
    }
    if (i < n && cp[i] == '.') {
      int j = i + 1;
      while (j < n && isAsciiDigit(cp[j])) {
        j++;
      }
      i = j > i + 1 ? j : i;
    }
    int after = i;
    while (after < n && isSpace(cp[after])) {
      after++;
    }
    if (after < n && !(cp[after] == ',' || cp[after] == '}' || cp[after] == '#' || isBreak(cp[after]))) {
      return pos; // more text follows: not a number
    }
    StringBuilder meant = new StringBuilder();
    for (int k = pos; k < i; k++) {
      if (cp[k] != ',') {
        meant.appendCodePoint(cp[k]);
      }
    }
    slip(Kind.THOUSANDS, pos, pos, i, meant.toString(), pos, meant.toString());
    return i;
  }

  /** A plain scalar of a flow has ended at {@code end}: full-width digits in it are a slip. */
  private void endToken(int tokenStart, int end, OpenCollections stack, boolean valueSide) {
    if (tokenStart >= 0 && (valueSide || !stack.isMap())) {
      int stop = trimEnd(tokenStart, end);
      String meant = halfWidthNumber(tokenStart, stop);
      if (meant != null) {
        slip(Kind.DIGITS, tokenStart, tokenStart, stop, meant, tokenStart, meant);
      }
    }
  }

  /**
   * Whether the full-width comma at {@code pos} separates two entries of a flow collection, as
   * meant: after a closed collection or quote, before one, before the next entry's key, or in a
   * list between two ids or numbers ({@code [t1，t3]}, {@code [15，25]}). A comma inside a sentence
   * or between two plain words stays text.
   */
  private boolean isEntrySeparator(int pos, int prevSignificant, int tokenStart, boolean inMapping) {
    boolean afterCollection = tokenStart == NO_TOKEN && prevSignificant >= 0
        && (cp[prevSignificant] == ']' || cp[prevSignificant] == '}');
    if (afterCollection || tokenStart == QUOTED) {
      return true;
    }
    int next = pos + 1;
    while (next < n && isSpace(cp[next])) {
      next++;
    }
    if (next < n && (cp[next] == '[' || cp[next] == '{' || cp[next] == '"' || cp[next] == '\'')) {
      return true;
    }
    int wordEnd = next;
    while (wordEnd < n && !isSpace(cp[wordEnd]) && !isBreak(cp[wordEnd]) && !isFlowIndicator(cp[wordEnd])
        && cp[wordEnd] != FW_COMMA && cp[wordEnd] != FW_COLON && cp[wordEnd] != ':') {
      wordEnd++;
    }
    if (inMapping && wordEnd > next && wordEnd < n) {
      int after = wordEnd;
      while (after < n && isSpace(cp[after])) {
        after++;
      }
      boolean colon = after < n && (cp[after] == FW_COLON
          || cp[after] == ':' && (after + 1 == n || isSpace(cp[after + 1]) || cp[after + 1] == FW_SPACE));
      if (colon) {
        return true; // the next entry's key follows
      }
    }
    // in a mapping a word after the comma that is no key is the value's text: {name: Li，Wang}
    return !inMapping && tokenStart >= 0 && isIdOrNumber(tokenStart, trimEnd(tokenStart, pos))
        && isIdOrNumber(next, wordEnd);
  }

  /**
   * An id or a number as plans write them ({@code t1}, {@code obj_repeat}, {@code crm-rollout},
   * {@code 15}): ASCII letters, digits, "_", "-", "." and "+", with a digit, "_" or "-" among them.
   * Plain words ({@code [growth，data]}) may be one text with a comma, so they are left alone.
   */
  private boolean isIdOrNumber(int start, int end) {
    boolean marked = false;
    for (int i = start; i < end; i++) {
      int c = cp[i];
      boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isAsciiDigit(c) || c == '_' || c == '-'
          || c == '.' || c == '+';
      if (!ok) {
        return false;
      }
      marked |= isAsciiDigit(c) || c == '_' || c == '-';
    }
    return marked;
  }

  /** The flow collections open at a point of the scan, innermost on top: true for a mapping. */
  private static final class OpenCollections {
    private final java.util.ArrayDeque<Boolean> open = new java.util.ArrayDeque<>();

    void push(boolean map) {
      open.push(map);
    }

    void pop() {
      if (!open.isEmpty()) {
        open.pop();
      }
    }

    boolean isEmpty() {
      return open.isEmpty();
    }

    boolean isMap() {
      return !open.isEmpty() && open.peek();
    }
  }

  // --- decisions ------------------------------------------------------------------------------

  /** A candidate colon is a slip where a key stands, by its neighbours or, failing them, by its word. */
  private void decideCandidates() {
    for (Candidate c : candidates) {
      Boolean mapping = dash[c.line] >= 0 ? itemIsMapping(c.line) : inMapping(c.line);
      if (mapping == null) {
        mapping = Keys.NAMES.contains(c.key);
      }
      if (!mapping) {
        continue;
      }
      boolean spaced = c.end < n && (isSpace(cp[c.end]) || isBreak(cp[c.end]));
      if (c.halfWidthColon) {
        slip(Kind.SPACE, c.at, c.at, c.end, " ".repeat(c.end - c.at), c.keyEnd, ":");
      } else {
        slip(Kind.COLON, c.at, c.at, c.end, spaced || c.end == n ? ":" : ": ", c.keyEnd, null);
      }
    }
  }

  /**
   * Whether line {@code li} (a candidate without a dash) stands among keys: true when a nearby line
   * at its column is a key, false when one is a list item, null when no neighbour says.
   */
  private Boolean inMapping(int li) {
    int c = col[li];
    for (int j = li - 1, seen = 0; j >= 0 && seen < SIBLING_LINES; j--, seen++) {
      if (kind[j] <= INNER) {
        continue;
      }
      if (first[j] > c || first[j] == c && dash[j] == c) {
        continue; // deeper, or a list that is a sibling key's value
      }
      if (col[j] == c && kind[j] == KEY) {
        return true;
      }
      if (first[j] < c || kind[j] != CANDIDATE) {
        break;
      }
    }
    for (int j = li + 1, seen = 0; j < kind.length && seen < SIBLING_LINES; j++, seen++) {
      if (kind[j] <= INNER) {
        continue;
      }
      if (first[j] > c || first[j] == c && dash[j] == c) {
        continue;
      }
      if (first[j] == c && kind[j] == KEY) {
        return true;
      }
      if (first[j] < c || kind[j] != CANDIDATE) {
        break;
      }
    }
    return null;
  }

  /**
   * Whether the list item on line {@code li} (a candidate after a dash) is a mapping: its own next
   * lines are keys, or its sibling items are mappings (true) or texts (false). An item of several
   * lines that all look like keys is left to its words (null); a lone one-line item is a text.
   */
  private Boolean itemIsMapping(int li) {
    int c = col[li];
    int d = dash[li];
    boolean moreLines = false;
    for (int j = li + 1, seen = 0; j < kind.length && seen < SIBLING_LINES; j++, seen++) {
      if (kind[j] <= INNER || first[j] > c || first[j] == c && dash[j] == c) {
        continue; // deeper, or a list that is the value of the item's key
      }
      if (first[j] == c && kind[j] == KEY) {
        return true;
      }
      if (first[j] != c || kind[j] != CANDIDATE) {
        break;
      }
      moreLines = true;
    }
    if (first[li] == d) { // "- - key：" is too rare to judge by its neighbours
      for (int step : new int[] {-1, 1}) {
        for (int j = li + step, seen = 0; j >= 0 && j < kind.length && seen < SIBLING_LINES; j += step, seen++) {
          if (kind[j] <= INNER || first[j] > d) {
            continue;
          }
          if (first[j] < d || dash[j] < 0) {
            break;
          }
          if (dash[j] != d) {
            continue; // "- - x": a list inside the item
          }
          if (kind[j] == KEY || kind[j] == FLOW_MAPPING) {
            return true;
          }
          if (kind[j] == SCALAR) {
            return false;
          }
        }
      }
    }
    return moreLines ? null : false;
  }

  /** A plain scalar of full-width digits is a slip unless the lines below continue it as text. */
  private void decideDigits() {
    for (int[] d : digitCandidates) {
      int next = d[0] + 1;
      while (next < kind.length && kind[next] == BLANK) {
        next++;
      }
      if (next < kind.length && kind[next] == INNER) {
        continue; // text folded over several lines
      }
      String meant = halfWidthNumber(d[1], d[2]);
      slip(Kind.DIGITS, d[1], d[1], d[2], meant, d[1], meant);
    }
  }

  // --- the repaired text ----------------------------------------------------------------------

  private int findings() {
    return edits.size() + candidates.size() + digitCandidates.size();
  }

  private void slip(Kind k, int at, int start, int end, String replacement, int anchor, String argument) {
    if (edits.size() >= MAX_FINDINGS) {
      return;
    }
    Slip s = new Slip(k, at, anchor, argument);
    edits.add(new Edit(start, end, replacement, s));
  }

  private Result result(String text) {
    if (edits.isEmpty()) {
      return new Result(List.of(), text, new int[0], new int[0], new int[0], new int[0]);
    }
    edits.sort(Comparator.comparingInt(Edit::start));
    List<Edit> kept = new ArrayList<>();
    int last = -1;
    for (Edit e : edits) {
      if (e.start >= last && kept.size() < MAX_SLIPS) { // two findings of one character: the first stands
        kept.add(e);
        last = Math.max(e.end, e.start + 1);
      }
    }
    int size = kept.size();
    int[] repStart = new int[size];
    int[] repLength = new int[size];
    int[] origStart = new int[size];
    int[] origLength = new int[size];
    StringBuilder out = new StringBuilder(text.length() + 16);
    int pos = 0;
    int rep = 0;
    for (int k = 0; k < size; k++) {
      Edit e = kept.get(k);
      for (; pos < e.start; pos++, rep++) {
        out.appendCodePoint(cp[pos]);
      }
      int length = e.replacement.codePointCount(0, e.replacement.length());
      repStart[k] = rep;
      repLength[k] = length;
      origStart[k] = e.start;
      origLength[k] = e.end - e.start;
      out.append(e.replacement);
      rep += length;
      pos = e.end;
    }
    for (; pos < n; pos++) {
      out.appendCodePoint(cp[pos]);
    }
    List<Slip> found = new ArrayList<>();
    for (Edit e : kept) {
      Slip s = e.slip;
      found.add(new Slip(s.kind, s.at, toRepaired(s.anchor, kept, repStart), s.argument));
    }
    found.sort(Comparator.comparingInt(Slip::at));
    return new Result(Collections.unmodifiableList(found), out.toString(), repStart, repLength, origStart,
        origLength);
  }

  /** The repaired index of original index {@code p}: inside an edit, where its rewrite starts. */
  private static int toRepaired(int p, List<Edit> kept, int[] repStart) {
    int shift = 0;
    for (int k = 0; k < kept.size(); k++) {
      Edit e = kept.get(k);
      if (p < e.start) {
        break;
      }
      if (p < e.end) {
        return repStart[k];
      }
      shift = repStart[k] + e.replacement.codePointCount(0, e.replacement.length()) - e.end;
    }
    return p + shift;
  }

  // --- small helpers --------------------------------------------------------------------------

  /**
   * The half-width form of {@code cp[start, end)} when it is a number or a YYYY-M-D date written
   * with at least one full-width digit; a date gets its month and day in two digits.
   */
  private String halfWidthNumber(int start, int end) {
    if (end <= start || end - start > 40) {
      return null;
    }
    StringBuilder half = new StringBuilder();
    boolean full = false;
    for (int i = start; i < end; i++) {
      int c = cp[i];
      if (fullWidthNumberChar(c)) {
        full |= c >= 0xFF10 && c <= 0xFF19;
        c -= 0xFEE0; // the full-width forms mirror ASCII 0x21-0x7E
      }
      if (!(isAsciiDigit(c) || c == '.' || c == '-' || c == '+')) {
        return null;
      }
      half.appendCodePoint(c);
    }
    if (!full) {
      return null;
    }
    String h = half.toString();
    if (Numbers.looksLikeNumber(h)) {
      return h;
    }
    java.util.regex.Matcher date = DATE.matcher(h);
    if (date.matches()) {
      return date.group(1) + "-" + pad(date.group(2)) + "-" + pad(date.group(3));
    }
    return null;
  }

  private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile(
      "([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})");

  private static String pad(String s) {
    return s.length() == 1 ? "0" + s : s;
  }

  /** Full-width digits, "．", "－" and "＋". */
  private static boolean fullWidthNumberChar(int c) {
    return c >= 0xFF10 && c <= 0xFF19 || c == 0xFF0E || c == 0xFF0D || c == 0xFF0B;
  }

  private static boolean isAsciiDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSpace(int c) {
    return c == ' ' || c == '\t';
  }

  private static boolean isBreak(int c) {
    return c == '\n' || c == '\r';
  }

  private static boolean isFlowIndicator(int c) {
    return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
  }

  private boolean isBlank(int start, int end) {
    for (int i = start; i < end; i++) {
      if (!isSpace(cp[i])) {
        return false;
      }
    }
    return true;
  }

  /** "---", "..." or a directive, at the start of a line. */
  private boolean isDocumentMarker(int pos, int end) {
    if (cp[pos] == '%') {
      return true;
    }
    boolean marker = pos + 3 <= end && cp[pos] == cp[pos + 1] && cp[pos] == cp[pos + 2]
        && (cp[pos] == '-' || cp[pos] == '.');
    return marker && (pos + 3 == end || isSpace(cp[pos + 3]));
  }

  /** "|", ">" and their indicators ("|-", ">+2"), then nothing but a comment. */
  private boolean isBlockScalarHeader(int pos, int end) {
    while (pos < end && (cp[pos] == '-' || cp[pos] == '+' || isAsciiDigit(cp[pos]))) {
      pos++;
    }
    pos = skipSpaces(pos, end);
    return pos == end || cp[pos] == '#' && isSpace(cp[pos - 1]);
  }

  /** Skips an anchor ({@code &name}) or a tag before a node. */
  private int skipProperties(int pos, int end) {
    while (pos < end && (cp[pos] == '&' || cp[pos] == '!')) {
      while (pos < end && !isSpace(cp[pos])) {
        pos++;
      }
      pos = skipSpaces(pos, end);
    }
    return pos;
  }

  private int skipSpaces(int pos, int end) {
    while (pos < end && isSpace(cp[pos])) {
      pos++;
    }
    return pos;
  }

  /** The end of {@code cp[start, end)} without its trailing spaces. */
  private int trimEnd(int start, int end) {
    while (end > start && (isSpace(cp[end - 1]) || cp[end - 1] == FW_SPACE)) {
      end--;
    }
    return end;
  }

  /** Where a plain scalar that starts at {@code start} ends on its line: at a comment or the line end. */
  private int plainEnd(int start, int end) {
    for (int i = start + 1; i < end; i++) {
      if (cp[i] == '#' && isSpace(cp[i - 1])) {
        return trimEnd(start, i);
      }
    }
    return trimEnd(start, end);
  }

  /** The index after the closing quote of the quoted scalar that opens at {@code open}. */
  private int quoted(int open) {
    int q = cp[open];
    int pos = open + 1;
    while (pos < n) {
      int c = cp[pos];
      if (q == '"' && c == '\\') {
        pos += 2;
        continue;
      }
      if (c == q) {
        if (q == '\'' && pos + 1 < n && cp[pos + 1] == '\'') {
          pos += 2;
          continue;
        }
        return pos + 1;
      }
      pos++;
    }
    return n;
  }

  /** Marks the lines after {@code li} up to the one holding {@code end - 1} as inner; returns that line. */
  private int markInner(int li, int end) {
    int last = end >= n ? lineStart.length - 1 : lineOf(Math.max(end - 1, 0));
    for (int j = li + 1; j <= last; j++) {
      kind[j] = INNER;
    }
    return Math.max(last, li);
  }

  /** The column of {@code pos} on line {@code li}, counted from 0; repairs of slips keep it. */
  private int column(int li, int pos) {
    return pos - lineStart[li];
  }

  private int lineEnd(int li) {
    int end = li + 1 < lineStart.length ? lineStart[li + 1] : n;
    while (end > lineStart[li] && isBreak(cp[end - 1])) {
      end--;
    }
    return end;
  }

  private int lineOf(int pos) {
    int line = java.util.Arrays.binarySearch(lineStart, pos);
    return line >= 0 ? line : -line - 2;
  }

  private static int lastAtOrBefore(int[] sorted, int value) {
    int at = java.util.Arrays.binarySearch(sorted, value);
    if (at >= 0) {
      while (at + 1 < sorted.length && sorted[at + 1] == value) {
        at++; // an empty rewrite shares its start with the next
      }
      return at;
    }
    return -at - 2;
  }

  /** The code-point index at which each line starts; lines end at \n, \r\n or \r. */
  private static int[] lineStarts(int[] cp) {
    int lines = 1;
    for (int i = 0; i < cp.length; i++) {
      lines += endsLine(cp, i) ? 1 : 0;
    }
    int[] starts = new int[lines];
    for (int i = 0, line = 1; i < cp.length; i++) {
      if (endsLine(cp, i)) {
        starts[line++] = i + 1;
      }
    }
    return starts;
  }

  private static boolean endsLine(int[] cp, int i) {
    return cp[i] == '\n' || cp[i] == '\r' && (i + 1 == cp.length || cp[i + 1] != '\n');
  }

  /** The key names the plan format defines, from the schema editors and the validator use. */
  private static final class Keys {
    static final Set<String> NAMES = load();

    private static Set<String> load() {
      Set<String> names = new HashSet<>();
      try (InputStream in = YamlSlips.class.getResourceAsStream("/dev/planforge/plan.schema.json")) {
        if (in != null) {
          collect(new ObjectMapper().readTree(in), names);
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("the plan schema in the jar cannot be read", e);
      }
      return Collections.unmodifiableSet(names);
    }

    private static void collect(JsonNode node, Set<String> names) {
      if (node.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          if (e.getKey().equals("properties") && e.getValue().isObject()) {
            e.getValue().fieldNames().forEachRemaining(names::add);
          }
          collect(e.getValue(), names);
        }
      } else if (node.isArray()) {
        node.forEach(child -> collect(child, names));
      }
    }
  }
}
