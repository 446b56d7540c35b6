package dev.planforge.cli;

import dev.planforge.validate.SchemaCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code planforge init [DIR]}: a plans repository to start from — a small plan that passes
 * {@code validate --strict}, its customers CSV, the schema for editors, the editor and git set-up
 * and the CI files. The starter files are resources under {@code init/} in the jar (the CI files
 * are {@code examples/ci/}, packaged there by Maven), so what init writes is what the repository shows.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = {"Starts a plans repository in DIR (default: the working folder): a small, complete plan "
        + "that passes validate --strict, with a customers CSV, the schema for editors (and the VS Code "
        + "setting that applies it), a .gitignore for the outputs and ready CI files for GitHub Actions and "
        + "GitLab. Overwrites nothing: if any of the files exists, it names them and writes none.",
        "Then: planforge validate --strict plans && planforge render plans"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every file was written", "1:a file cannot be written",
        "2:wrong command line, DIR is a file, or one of the files exists (nothing was written)",
        Main.INTERNAL_HELP})
final class InitCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = ".",
      description = "The folder to start in; made if missing (default: the working folder).")
  Path dir;

  @Option(names = "--locale", paramLabel = "LOCALE", defaultValue = "en", converter = LocaleConverter.class,
      description = "Language of the starter plan: zh-CN (Chinese, amounts in CNY) or en (English, USD). "
          + "Default: ${DEFAULT-VALUE}.")
  String locale;

  @Option(names = "--name", paramLabel = "NAME",
      description = "The plan's title; its file is named after it (\"Acme 2027\" gives plans/acme-2027.yaml). "
          + "Default: a title with this year, in plans/customer-plan.yaml.")
  String name;

  /** What a file is made from: a resource under {@code init/}, filled in when it is the plan. */
  private record Starter(String target, String resource) {}

  @Override
  public Integer call() throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new BadInput(dir + ": is a file, not a folder");
    }
    int year = LocalDate.now().getYear();
    String title = name == null || name.isBlank() ? defaultTitle(locale, year) : name.strip();
    String base = name == null || name.isBlank() ? "customer-plan" : fileName(name);
    String csv = base + "-customers.csv";

    Map<Path, byte[]> files = new LinkedHashMap<>();
    files.put(dir.resolve("plans").resolve(base + ".yaml"), plan(locale, title, year, csv));
    files.put(dir.resolve("plans").resolve(csv), resource(locale + "/customers.csv"));
    files.put(dir.resolve("schema/plan.schema.json"), SchemaCheck.schemaText().getBytes(StandardCharsets.UTF_8));
    for (Starter s : List.of(
        new Starter(".vscode/settings.json", "common/vscode/settings.json"),
        new Starter(".gitignore", "common/gitignore"),
        new Starter(".github/workflows/plans.yml", "ci/.github/workflows/plans.yml"),
        new Starter(".gitlab-ci.yml", "ci/.gitlab-ci.yml"))) {
      files.put(dir.resolve(s.target()), resource(s.resource()));
    }

    // All or nothing: an existing file (a .gitignore of the user's, a plan of the same name) is named and kept.
    List<Path> existing = new ArrayList<>();
    for (Path p : files.keySet()) {
      if (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        existing.add(p);
      }
    }
    if (!existing.isEmpty()) {
      throw new BadInput((existing.size() == 1 ? existing.get(0) + ": already exists"
          : "these files already exist: " + String.join(", ", existing.stream().map(Path::toString).toList()))
          + "; nothing was written (remove them, or init another folder)");
    }

    PrintWriter err = spec.commandLine().getErr();
    for (Map.Entry<Path, byte[]> f : files.entrySet()) {
      Path target = f.getKey();
      if (target.getParent() != null) {
        Files.createDirectories(target.getParent());
      }
      // CREATE_NEW: a file made by someone else since the check above is still never overwritten.
      Files.write(target, f.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      err.println("planforge: wrote " + target);
    }
    Path plans = dir.resolve("plans");
    err.println("planforge: next: planforge validate --strict " + plans + " && planforge render --out "
        + dir.resolve("build") + " " + plans);
    err.flush();
    return Main.OK;
  }

  /** The starter plan of the locale with its title, year and customers file filled in. */
  private static byte[] plan(String locale, String title, int year, String customersFile) {
    String text = new String(resource(locale + "/plan.yaml"), StandardCharsets.UTF_8)
        .replace("@TITLE@", yamlString(title))
        .replace("@CUSTOMERS_FILE@", yamlString(customersFile))
        .replace("@YEAR@", Integer.toString(year));
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static String defaultTitle(String locale, int year) {
    return locale.equals("zh-CN") ? year + " 年度客户管理策划书" : "Customer Management Plan " + year;
  }

  /**
   * A file name from a title: spaces and characters file systems refuse become {@code -}, Latin
   * letters lower case; Chinese stays as written. "Acme Corp 2027" gives {@code acme-corp-2027}.
   */
  static String fileName(String title) {
    String s = title.strip().toLowerCase(Locale.ROOT)
        .replaceAll("\\.(ya?ml)$", "")
        .replaceAll("[\\s/\\\\:*?\"<>|\\p{Cntrl}\u3000]+", "-")
        .replaceAll("-{2,}", "-")
        .replaceAll("^[-.]+|[-.]+$", "");
    return s.isEmpty() ? "customer-plan" : s;
  }

  /** A YAML double-quoted scalar: whatever the title holds (a colon, a #, quotes) it stays one string. */
  static String yamlString(String s) {
    StringBuilder b = new StringBuilder("\"");
    s.codePoints().forEach(c -> {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        default -> {
          if (Character.isISOControl(c)) {
            b.append(String.format(Locale.ROOT, "\\x%02X", c));
          } else {
            b.appendCodePoint(c);
          }
        }
      }
    });
    return b.append('"').toString();
  }

  private static byte[] resource(String path) {
    try (InputStream in = InitCommand.class.getResourceAsStream("/init/" + path)) {
      if (in == null) {
        throw new IllegalStateException("the starter file init/" + path + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("the starter file init/" + path + " cannot be read from the jar", e);
    }
  }

  static final class LocaleConverter implements CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
      return switch (value.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
        case "zh-cn", "zh" -> "zh-CN";
        case "en" -> "en";
        default -> throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a locale of the starter plan (expected zh-CN or en)");
      };
    }
  }
}
