package vn.coforms.server.hostile;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import vn.coforms.framework.testkit.DefinitionTestHelper;

/**
 * The folders one hostile case runs in: a fresh copy of the bundled forms with the case's {@code
 * forms/} overlaid ({@code @FORMS@}), a copy of the case folder ({@code @CASE@}) and an empty
 * scratch folder ({@code @TMP@}). The tokens are replaced in the case's arguments and expectations
 * and inside every copied text file.
 */
record Workspace(Path forms, Path caseCopy, Path tmp) {
  static Workspace prepare(HostileCase hostile, Path work) throws IOException {
    Workspace space =
        new Workspace(work.resolve("forms"), work.resolve("case"), work.resolve("tmp"));
    Files.createDirectories(space.tmp);
    DefinitionTestHelper.copyRepositoryForms(space.forms);
    space.copyTree(hostile.dir(), space.caseCopy);
    Path overlay = hostile.dir().resolve("forms");
    if (Files.isDirectory(overlay)) {
      space.copyTree(overlay, space.forms);
    }
    return space;
  }

  String substitute(String s) {
    return s.replace("@FORMS@", forms.toString())
        .replace("@CASE@", caseCopy.toString())
        .replace("@TMP@", tmp.toString());
  }

  List<String> substitute(List<String> values) {
    return values.stream().map(this::substitute).toList();
  }

  private void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        String rel = from.relativize(p).toString();
        Path target = to.resolve(rel);
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (rel.endsWith(".delete")) {
          Files.deleteIfExists(to.resolve(rel.substring(0, rel.length() - ".delete".length())));
        } else {
          writeSubstituted(p, target);
        }
      }
    }
  }

  private void writeSubstituted(Path from, Path to) throws IOException {
    byte[] bytes = Files.readAllBytes(from);
    try {
      String text =
          StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      Files.writeString(to, substitute(text), StandardCharsets.UTF_8);
    } catch (CharacterCodingException binary) {
      Files.write(to, bytes);
    }
  }
}
