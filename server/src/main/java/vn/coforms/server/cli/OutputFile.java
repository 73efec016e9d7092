package vn.coforms.server.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a command writes: checks the path before the work is done, and turns a failed write into
 * one line that names the path and the reason (never a Java class name). Commands that cannot write
 * exit with {@link #EXIT_CODE}.
 */
final class OutputFile {
  /** The exit code of a command that could not write its output: it could not run as asked. */
  static final int EXIT_CODE = 2;

  private OutputFile() {}

  /** Why a file cannot be written at {@code target}, or empty when it looks writable. */
  static Optional<String> checkFile(Path target) {
    Path absolute = target.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      return Optional.of(
          cannot(target, "it is a folder; give a file name, e.g. " + example(target)));
    }
    Path parent = absolute.getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      return Optional.of(
          cannot(
              target,
              Files.exists(parent)
                  ? parent + " is a file, not a folder"
                  : "folder " + parent + " does not exist; create it first"));
    }
    if (parent != null && !Files.isWritable(parent)) {
      return Optional.of(cannot(target, "folder " + parent + " is not writable"));
    }
    if (Files.exists(absolute) && !Files.isWritable(absolute)) {
      return Optional.of(cannot(target, "the file exists and is not writable"));
    }
    return Optional.empty();
  }

  /** Why a folder cannot be used at {@code target}, or empty when it exists or can be created. */
  static Optional<String> checkFolder(Path target) {
    Path absolute = target.toAbsolutePath();
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      return Optional.of(cannot(target, "it is a file, not a folder"));
    }
    for (Path p = absolute; p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        return Files.isDirectory(p) && Files.isWritable(p)
            ? Optional.empty()
            : Optional.of(
                cannot(
                    target,
                    Files.isDirectory(p)
                        ? "folder " + p + " is not writable"
                        : p + " is a file, not a folder"));
      }
    }
    return Optional.empty();
  }

  /** Writes {@code bytes}; returns why it could not, or empty when written. */
  static Optional<String> write(Path target, byte[] bytes) {
    try {
      Files.write(target, bytes);
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(failed(target, e));
    }
  }

  /** One line for a failed write: the path and the operating system's reason. */
  static String failed(Path target, IOException e) {
    Path where =
        e instanceof FileSystemException f && f.getFile() != null ? Path.of(f.getFile()) : target;
    return cannot(
        where,
        e instanceof NoSuchFileException ? "a folder on the way does not exist" : IoReason.of(e));
  }

  private static String cannot(Path target, String why) {
    return "error: cannot write " + target.toAbsolutePath() + ": " + why;
  }

  private static String example(Path target) {
    return target.resolve("out.pdf").toString();
  }
}
