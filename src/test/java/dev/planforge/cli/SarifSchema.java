package dev.planforge.cli;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The official SARIF 2.1.0 JSON Schema (draft-04), checked with the validator planforge already
 * uses. The file {@code src/test/resources/sarif/sarif-schema-2.1.0.json} is
 * {@code sarif-2.1/schema/sarif-schema-2.1.0.json} of github.com/oasis-tcs/sarif-spec (the OASIS
 * SARIF TC's repository, commit e0583813964ec43cea53b6b531b402866095ed1f; the file last changed in
 * a560296ca8c921f3bdb8d4a8db57ab83dae968a7), unchanged: SHA-256
 * c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e. Its id is the errata01 OASIS
 * Standard's schema URI, which {@link SarifLog#SCHEMA} names.
 */
final class SarifSchema {

  static final Path FILE = Path.of("src/test/resources/sarif/sarif-schema-2.1.0.json");

  private static final class Loaded {
    static final Schema SCHEMA = compile();
  }

  private SarifSchema() {}

  /** What the schema finds wrong with {@code log}; empty when it is a valid SARIF 2.1.0 log. */
  static List<String> validate(String log) {
    return Loaded.SCHEMA.validate(log, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  private static Schema compile() {
    String text;
    try {
      text = Files.readString(FILE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Formats asserted too: uri and uri-reference are where a careless writer goes wrong.
    SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
        b -> b.schemaRegistryConfig(config));
    return registry.getSchema(text, InputFormat.JSON);
  }
}
