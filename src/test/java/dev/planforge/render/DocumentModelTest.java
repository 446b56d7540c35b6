package dev.planforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.planforge.model.Part;
import dev.planforge.render.doc.Block;
import dev.planforge.render.doc.DocumentModel;
import dev.planforge.render.doc.Section;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The document model: never a null anywhere, sections in the registry's order. */
class DocumentModelTest {

  private final Composer composer = new Composer(null);

  static Stream<Path> plans() throws Exception {
    List<Path> all = new ArrayList<>(Plans.examples());
    all.addAll(RenderFixturesTest.fixtures());
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("plans")
  void givenAPlan_whenItsModelIsWalked_thenNoValueAnywhereIsNull(Path plan) throws Exception {
    DocumentModel model = composer.model(Plans.document(plan));
    walk(model, "model", new IdentityHashMap<>());
  }

  @ParameterizedTest
  @MethodSource("plans")
  void givenAPlan_thenItsSectionsFollowThePartsInOrderAndAreNumberedFromOne(Path plan) throws Exception {
    DocumentModel model = composer.model(Plans.document(plan));
    List<String> order = Stream.of(Part.values()).map(Part::key).toList();
    int last = -1;
    List<Section> parts = model.sections().stream().filter(s -> !s.id().equals("summary")).toList();
    if (parts.size() < model.sections().size()) {
      assertEquals("summary", model.sections().get(0).id(), "the summary, when there is one, comes first");
      assertEquals("", model.sections().get(0).number(), "unnumbered");
    }
    for (int i = 0; i < parts.size(); i++) {
      Section s = parts.get(i);
      int at = order.indexOf(s.id());
      assertTrue(at > last, s.id() + " is a part and comes after the one before it");
      last = at;
      assertFalse(s.blocks().isEmpty(), s.id() + " holds something");
      String n = String.valueOf(i + 1);
      assertTrue(s.number().startsWith(n + ".") || s.number().endsWith("、"), s.id() + " numbered " + s.number());
    }
  }

  @ParameterizedTest
  @MethodSource("plans")
  void givenAPlan_thenEveryListedHeadingIdIsUnique(Path plan) throws Exception {
    DocumentModel model = composer.model(Plans.document(plan));
    List<String> ids = new ArrayList<>();
    for (Section s : model.sections()) {
      ids.add(s.id());
      s.subs().forEach(h -> ids.add(h.id()));
    }
    assertEquals(ids.size(), ids.stream().distinct().count(), "anchors " + ids);
  }

  /** Fails on the first null found, naming where it is (model.sections[2].blocks[0].rows[1]...). */
  private static void walk(Object value, String where, Map<Object, Boolean> seen) throws Exception {
    if (value == null) {
      fail("null at " + where);
    }
    if (seen.put(value, true) != null) {
      return;
    }
    if (value instanceof Collection<?> c) {
      int i = 0;
      for (Object o : c) {
        walk(o, where + "[" + i++ + "]", seen);
      }
    } else if (value instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        walk(e.getValue(), where + "[" + e.getKey() + "]", seen);
      }
    } else if (value.getClass().isRecord()) {
      for (RecordComponent rc : value.getClass().getRecordComponents()) {
        walk(rc.getAccessor().invoke(value), where + "." + rc.getName(), seen);
      }
    } else if (value instanceof Block) {
      fail(where + " is a block that is not a record");
    }
  }
}
