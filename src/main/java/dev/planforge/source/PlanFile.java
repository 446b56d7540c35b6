package dev.planforge.source;

import dev.planforge.diagnostic.Location;
import dev.planforge.diagnostic.PlanPath;

import com.fasterxml.jackson.databind.JsonNode;
import dev.planforge.model.PlanLocale;
import dev.planforge.diagnostic.Messages;
import dev.planforge.diagnostic.Reporter;
import dev.planforge.diagnostic.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A plan file read from disk: size-checked, decoded as strict UTF-8, parsed into a tree with
 * positions. {@code tree} is null when the file could not be read as a plan; the reasons are in
 * the reporter.
 */
public record PlanFile(SourceFile source, JsonNode tree, SourceMap map, Reporter report) {

  public static final long MAX_BYTES = 10L * 1024 * 1024;

  /**
   * {@code locale: zh-CN}, also as written with a full-width colon or space (a slip reported in
   * Chinese), or as a near miss such as {@code zh_CN}, {@code zh-cn} or {@code zh}: whoever writes
   * that reads Chinese, so the error about it is in Chinese too.
   */
  private static final Pattern CHINESE = Pattern.compile(
      "(?m)^locale[:\uFF1A][\\s\u3000]*[\"']?zh(?:[-_](?:CN|cn|Hans|hans|SG|sg))?(?![A-Za-z0-9_-])");

  /**
   * Reads and parses {@code path}; diagnostics name it {@code displayName}.
   *
   * @throws IOException when the file cannot be read at all (missing, a folder, no permission)
   */
  public static PlanFile read(Path path, String displayName) throws IOException {
    return parse(readAtMost(path, MAX_BYTES + 1), path, displayName);
  }

  /**
   * Parses a plan read elsewhere (standard input): {@code bytes} holds at most {@link #MAX_BYTES}
   * + 1 of them; {@code path} is where the plan stands for the names relative to it, and is not read.
   */
  public static PlanFile parse(byte[] bytes, Path path, String displayName) {
    SourceMap map = new SourceMap();
    if (bytes.length > MAX_BYTES) {
      // A pipe or a device has no size to ask for up front, so the bound is kept while reading.
      Reporter report = new Reporter(Messages.of(PlanLocale.EN), map);
      report.addAt(Severity.ERROR, "file.size", new Location(displayName, 1, 1), PlanPath.ROOT.toString(), null,
          report.messages().text("file.size", MAX_BYTES));
      return new PlanFile(new SourceFile(path, displayName, java.util.List.of()), null, map, report);
    }
    // The language of the messages is needed before the YAML is parsed, for syntax errors too.
    String lenient = new String(bytes, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
    Reporter report = new Reporter(
        Messages.of(CHINESE.matcher(lenient).find() ? PlanLocale.ZH_CN : PlanLocale.EN), map);
    SourceFile source = new SourceFile(path, displayName, SourceFile.splitLines(lenient));
    report.addFile(source);

    String text;
    try {
      text = strictUtf8(bytes);
    } catch (CharacterCodingException e) {
      report.addAt(Severity.ERROR, "file.encoding", badByte(bytes, displayName), PlanPath.ROOT.toString(), null,
          report.messages().text("file.encoding"));
      return new PlanFile(source, null, map, report);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    JsonNode tree = YamlLoader.parse(text, displayName, map, report);
    return new PlanFile(source, tree, map, report);
  }

  /** The first {@code limit} bytes of the file, or all of it when it is shorter. */
  static byte[] readAtMost(Path path, long limit) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(Math.toIntExact(limit));
    }
  }

  static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
    return chars.toString();
  }

  /** The line and column of the first byte that is not UTF-8. */
  static Location badByte(byte[] bytes, String displayName) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true); // stops at the first malformed byte
    out.flip();
    String good = out.toString();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < good.length(); i++) {
      char c = good.charAt(i);
      boolean crlf = c == '\r' && i + 1 < good.length() && good.charAt(i + 1) == '\n';
      if (!crlf && (c == '\n' || c == '\r')) {
        line++;
        lineStart = i + 1;
      }
    }
    return new Location(displayName, line, good.codePointCount(lineStart, good.length()) + 1);
  }
}
