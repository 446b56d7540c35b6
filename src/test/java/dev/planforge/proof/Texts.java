package dev.planforge.proof;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random text a planner might write: plain strings for plain fields and Markdown for (md) fields,
 * from one or two characters to several kilobytes, Latin, Chinese and both mixed, with the
 * characters that break naive output (HTML, quotes, FreeMarker and Markdown syntax).
 *
 * <p>Only characters the PDF fonts (Noto Sans SC, then Roboto) can draw are used: a character
 * outside them is refused on purpose with its own error (see {@code GlyphCheck}), which is not
 * what this harness looks for.
 * The word {@code null} never appears, so the rendered documents can be searched for it.
 */
final class Texts {

  private static final String[] LATIN = {
      "customer", "retention", "loyalty", "segment", "account", "review", "pilot", "growth", "service", "churn",
      "quarter", "renewal", "partner", "margin", "data", "survey", "target", "plan", "region", "store",
      "Café", "Müller", "Straße", "naïve", "façade", "São", "Ångström", "über", "résumé", "piñata",
      "Łódź", "Dvořák", "Győr", "Москва", "Ελλάδα"};
  private static final String[] CJK = {
      "客户", "会员", "复购率", "满意度", "门店", "战略", "分级", "预算", "风险", "监控", "甜品", "芋圆", "仙草",
      "大客户", "生命周期", "考察期", "形成期", "稳定期", "衰退期", "渠道", "痛点", "保障措施", "附录",
      "数字化", "私域流量", "企业微信", "小程序", "积分", "储值卡", "回访"};
  /** Drawable by Noto Sans SC or its fallback Roboto (checked against the fonts' cmaps). */
  private static final String[] SYMBOLS = {
      "€", "£", "¥", "—", "–", "…", "±", "×", "÷", "°", "≥", "≤", "→", "•", "·", "“", "”", "‘", "’", "«", "»",
      "§", "©", "®", "™", "½", "µ", "²", "％", "（", "）", "，", "。", "：", "；", "、", "《", "》", "【", "】",
      "「", "」", "～", "①", "Ⅱ", "α", "β", "π", "√", "∞", "≈", "≠", "★", "あ", "カ", "₹", "₪", "₱", "₽"};
  /** Text that must come out literally: markup, template syntax, quotes, YAML indicators. */
  private static final String[] NASTY = {
      "<b>bold?</b>", "<script>alert(1)</script>", "a < b && c > d", "&amp;", "&nbsp;", "&#x41;", "\"quoted\"",
      "'single'", "${title}", "#{x}", "<#if x></#if>", "[#list]", "${", "}", "@@", "*not emphasis*",
      "_under_", "`tick`", "# hash", "- dash", "1. one", "| pipe |", "\\backslash\\", "key: value", "- [ ] box",
      "{{mustache}}", "%s %d", "<!-- c -->", "]]>", "<![CDATA[x]]>", "\u00A0nbsp\u00A0", "tab\there", "?", "!", ":"};
  /** Plain scalars YAML would read as something else if written unquoted. */
  private static final String[] LOOKALIKES = {
      "1.0", "2", "-0", "yes", "no", "on", "off", "true", "False", "~", "2026-02-29", "1e3", "0x1F", "012",
      ".5", "+1", "N/A", "-", "#", "*", "&", "!", "%", "@x", "`x`", "? q", ": c", "[]", "{}"};

  private final Random random;
  private final boolean big;

  /**
   * @param big whether this plan may hold kilobyte texts and long lists; most plans do not, so a
   *     run stays fast while a share of its plans still carries them
   */
  Texts(Random random, boolean big) {
    this.random = random;
    this.big = big;
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  <T> T pick(T[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  /** A short name: a word or two, sometimes one character, sometimes odd. */
  String name() {
    int kind = random.nextInt(20);
    return switch (kind) {
      case 0 -> tiny();
      case 1 -> pick(NASTY);
      case 2 -> pick(LOOKALIKES);
      case 3, 4, 5 -> pick(CJK) + pick(CJK);
      case 6 -> pick(LATIN) + " " + pick(CJK);
      case 7 -> capitalized(pick(LATIN)) + " " + pick(SYMBOLS) + " " + pick(CJK);
      default -> capitalized(pick(LATIN)) + (chance(0.5) ? " " + pick(LATIN) : "");
    };
  }

  /** A plain-text field: mostly a sentence, sometimes tiny, sometimes kilobytes long. */
  String plain() {
    int kind = random.nextInt(40);
    if (kind == 0) {
      return tiny();
    }
    if (kind == 1) {
      return pick(NASTY) + " " + sentence();
    }
    if (kind == 2) {
      return pick(LOOKALIKES);
    }
    if (kind == 3 && big) {
      return longText(between(2_000, 5_000), false);
    }
    if (kind == 4) {
      return unbroken(between(60, 400));
    }
    return sentence();
  }

  /** One or two characters. */
  String tiny() {
    String[] tiny = {"A", "中", "x", "Ab", "文字", "é", "1a", "—", ".", "a.", "Q3", "中A", "%", "<", "&"};
    return pick(tiny);
  }

  /** A sentence of Latin words, Chinese words or both. */
  String sentence() {
    int words = between(2, 14);
    int script = random.nextInt(3); // 0 Latin, 1 Chinese, 2 mixed
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < words; i++) {
      boolean cjk = script == 1 || script == 2 && chance(0.5);
      if (cjk) {
        s.append(pick(CJK));
      } else {
        if (s.length() > 0) {
          s.append(' ');
        }
        s.append(i == 0 ? capitalized(pick(LATIN)) : pick(LATIN));
      }
      if (chance(0.08)) {
        s.append(chance(0.5) ? ' ' : "").append(pick(SYMBOLS));
      }
      if (chance(0.06)) {
        s.append(' ').append(between(0, 100_000));
      }
    }
    if (chance(0.3)) {
      s.append(script == 1 ? "。" : ".");
    }
    return s.toString();
  }

  /** A word with no break opportunity, as a URL or a part number is: it must not break layout. */
  String unbroken(int length) {
    StringBuilder s = new StringBuilder(length);
    String alphabet = chance(0.5) ? "abcdefghijklmnopqrstuvwxyz0123456789_-" : "客户管理策划书数据分析";
    while (s.length() < length) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  /** Several kilobytes of sentences; with paragraph breaks when {@code paragraphs}. */
  String longText(int chars, boolean paragraphs) {
    StringBuilder s = new StringBuilder(chars + 100);
    while (s.length() < chars) {
      s.append(sentence());
      s.append(paragraphs && chance(0.15) ? "\n\n" : " ");
    }
    return s.toString().strip();
  }

  /** Markdown for an (md) field: one block or many, "" and blank included. */
  String markdown() {
    int kind = random.nextInt(30);
    if (kind == 0) {
      return "";
    }
    if (kind == 1) {
      return chance(0.5) ? " " : "\n";
    }
    if (kind == 2) {
      return tiny();
    }
    if (kind == 3 && big) {
      return longText(between(2_000, 6_000), true);
    }
    if (kind < 12) {
      return sentence();
    }
    int blocks = between(1, 6);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < blocks; i++) {
      out.add(block());
    }
    return String.join("\n\n", out) + (chance(0.5) ? "\n" : "");
  }

  private String block() {
    return switch (random.nextInt(13)) {
      case 0 -> "#".repeat(between(1, 6)) + " " + sentence();
      case 1 -> bulletList();
      case 2 -> orderedList();
      case 3 -> table();
      case 4 -> codeBlock();
      case 5 -> rawHtml();
      case 6 -> "> " + sentence() + "\n> " + inline();
      case 7 -> "---";
      case 8 -> inline() + "  \n" + sentence(); // a hard line break
      case 9 -> sentence() + "\n" + capitalized(pick(LATIN)) + "\n=====";
      case 10 -> "    indented code " + pick(NASTY);
      default -> inline();
    };
  }

  /** A paragraph with emphasis, code spans, links, images and inline HTML. */
  String inline() {
    StringBuilder s = new StringBuilder(sentence());
    int spans = between(1, 4);
    for (int i = 0; i < spans; i++) {
      s.append(' ');
      s.append(switch (random.nextInt(12)) {
        case 0 -> "**" + pick(LATIN) + "**";
        case 1 -> "*" + pick(CJK) + "*";
        case 2 -> "`" + pick(NASTY).replace("`", "") + "`";
        case 3 -> "[" + pick(LATIN) + "](https://example.com/" + pick(LATIN).toLowerCase() + "?a=1&b=<2>)";
        case 4 -> "<https://example.org/path_" + between(1, 99) + ">";
        case 5 -> "![" + pick(CJK) + "](https://example.com/chart.png \"title\")";
        case 6 -> "[bad](javascript:alert(1))";
        case 7 -> "<span style=\"color:red\" onclick=\"x()\">" + pick(LATIN) + "</span>";
        case 8 -> "~~" + pick(LATIN) + "~~";
        case 9 -> pick(NASTY);
        case 10 -> "[ref][" + pick(LATIN) + "]";
        default -> pick(CJK) + pick(SYMBOLS);
      });
    }
    return s.toString();
  }

  private String bulletList() {
    StringBuilder s = new StringBuilder();
    int items = between(1, 6);
    String marker = pick(new String[] {"-", "*", "+"});
    for (int i = 0; i < items; i++) {
      s.append(marker).append(' ').append(chance(0.3) ? inline() : sentence()).append('\n');
      if (chance(0.2)) {
        s.append("  ").append(marker).append(' ').append(sentence()).append('\n');
      }
    }
    return s.toString().stripTrailing();
  }

  private String orderedList() {
    StringBuilder s = new StringBuilder();
    int items = between(1, 5);
    int start = chance(0.2) ? between(0, 999) : 1;
    for (int i = 0; i < items; i++) {
      s.append(start + i).append(chance(0.8) ? ". " : ") ").append(sentence()).append('\n');
    }
    return s.toString().stripTrailing();
  }

  private String table() {
    int columns = between(1, 6);
    int rows = between(0, 8);
    StringBuilder s = new StringBuilder("|");
    for (int c = 0; c < columns; c++) {
      s.append(' ').append(cell()).append(" |");
    }
    s.append("\n|");
    for (int c = 0; c < columns; c++) {
      s.append(pick(new String[] {"---", ":---", "---:", ":---:"})).append('|');
    }
    for (int r = 0; r < rows; r++) {
      s.append("\n|");
      for (int c = 0; c < columns; c++) {
        s.append(' ').append(chance(0.1) ? "" : cell()).append(" |");
      }
    }
    return s.toString();
  }

  private String cell() {
    return switch (random.nextInt(6)) {
      case 0 -> String.valueOf(between(0, 1_000_000));
      case 1 -> between(0, 100) + "%";
      case 2 -> "**" + pick(CJK) + "**";
      case 3 -> "a \\| b";
      case 4 -> unbroken(between(30, 80));
      default -> sentence();
    };
  }

  private String codeBlock() {
    String fence = chance(0.7) ? "```" : "~~~";
    String lang = pick(new String[] {"", "yaml", "java", "html", "sql"});
    StringBuilder s = new StringBuilder(fence).append(lang).append('\n');
    int lines = between(1, 8);
    for (int i = 0; i < lines; i++) {
      s.append(switch (random.nextInt(5)) {
        case 0 -> "<div class=\"x\">" + pick(NASTY) + "</div>";
        case 1 -> "if (a < b && c > d) { return \"${x}\"; }";
        case 2 -> "  " + unbroken(between(80, 200));
        case 3 -> "SELECT * FROM customers WHERE tier = 'A'; -- " + pick(CJK);
        default -> sentence();
      }).append('\n');
    }
    return s.append(fence).toString();
  }

  private String rawHtml() {
    return switch (random.nextInt(6)) {
      case 0 -> "<div style=\"position:fixed\">\n" + sentence() + "\n</div>";
      case 1 -> "<script>document.write('" + pick(LATIN) + "')</script>";
      case 2 -> "<iframe src=\"https://example.com\"></iframe>";
      case 3 -> "<img src=\"x\" onerror=\"alert(1)\">";
      case 4 -> "<table><tr><td>" + pick(CJK) + "</td></tr></table>";
      default -> "<p>unclosed <b>" + sentence();
    };
  }

  /** A list of plain strings: empty, one item, a few, sometimes many. */
  List<String> strings() {
    int size = sizeOfList();
    List<String> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(chance(0.03) ? "" : plain());
    }
    return out;
  }

  /** How long a list is: 0 and 1 often, a few usually, many rarely. */
  int sizeOfList() {
    int kind = random.nextInt(20);
    if (kind < 4) {
      return 0;
    }
    if (kind < 9) {
      return 1;
    }
    if (kind == 19 && big) {
      return between(15, 40);
    }
    return between(2, 6);
  }

  private static String capitalized(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
