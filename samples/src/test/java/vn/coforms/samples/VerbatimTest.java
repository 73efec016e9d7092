package vn.coforms.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.diag.SourceRef;
import vn.coforms.framework.load.FormLoader;
import vn.coforms.framework.model.CriterionKind;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.Note;
import vn.coforms.framework.model.layout.Column;
import vn.coforms.framework.model.layout.Element;
import vn.coforms.framework.model.layout.PageDef;
import vn.coforms.framework.testkit.DefinitionTestHelper;

/**
 * Printed text is the official text: every box label, tick text, column header, criterion row and
 * overleaf note of the four forms is found in the seed documents (spacing and quote styles aside),
 * or the YAML marks the difference with a {@code # repaired:} or {@code # ours:} comment within
 * three lines — repairs of OCR damage and text the seed does not have (continuation sheets).
 */
class VerbatimTest {
  @Test
  void everyPrintedTextIsFromTheSeedsOrMarkedAsARepair() throws IOException {
    Path repo = DefinitionTestHelper.repositoryRoot();
    String seeds = seeds(repo.resolve("docs/seeds"));
    List<String> unmarked = new ArrayList<>();
    for (FormDefinition form :
        FormLoader.standard().load(repo.resolve("forms")).orThrow().forms()) {
      List<String> yaml = Files.readAllLines(repo.resolve("forms/" + form.id() + ".yaml"));
      for (Printed p : printed(form)) {
        if (!seeds.contains(normalise(p.text())) && !marked(yaml, p.at().line())) {
          unmarked.add(form.id() + ".yaml:" + p.at().line() + ": \"" + p.text() + "\"");
        }
      }
    }
    assertThat(unmarked)
        .as("printed text neither in the seeds nor marked '# repaired:' / '# ours:'")
        .isEmpty();
  }

  record Printed(String text, SourceRef at) {}

  static List<Printed> printed(FormDefinition form) {
    List<Printed> out = new ArrayList<>();
    for (PageDef page : form.layout().pages()) {
      for (Element e : page.elements()) {
        if (e instanceof Element.Box box) {
          out.add(new Printed(box.label(), e.at()));
        } else if (e instanceof Element.Text text) {
          out.add(new Printed(text.text(), e.at()));
        } else if (e instanceof Element.Tick tick) {
          out.add(new Printed(tick.label(), e.at()));
        } else if (e instanceof Element.Table table) {
          for (Column c : table.columns()) {
            out.add(new Printed(c.label(), c.at()));
          }
        }
      }
    }
    form.overleaf()
        .ifPresent(
            o -> {
              for (Note n : o.notes()) {
                for (String line : n.text().split("\n", -1)) {
                  out.add(new Printed(line, n.at()));
                }
              }
            });
    form.criteria()
        .ifPresent(
            c -> {
              for (CriterionKind k : c.kinds()) {
                out.add(new Printed(k.circumstance(), k.at()));
              }
            });
    out.removeIf(p -> p.text().isBlank());
    return out;
  }

  private static boolean marked(List<String> yaml, int line) {
    for (int i = Math.max(0, line - 4); i < Math.min(yaml.size(), line + 3); i++) {
      String l = yaml.get(i);
      if (l.contains("# repaired:") || l.contains("# ours:")) {
        return true;
      }
    }
    return false;
  }

  private static String seeds(Path dir) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        sb.append(normalise(Files.readString(p, StandardCharsets.UTF_8))).append(' ');
      }
    }
    return sb.toString();
  }

  /** NFC, one space for any run of white space, straight quotes and apostrophes. */
  static String normalise(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC)
        .replace('\u2019', '\'')
        .replace('\u2018', '\'')
        .replace('\u201c', '"')
        .replace('\u201d', '"')
        .replace('\u00a0', ' ')
        .replaceAll("\\s+", " ")
        .trim();
  }
}
