package vn.coforms.server.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
    return checkFile(target, "out.pdf");
  }

  /**
   * Why a file cannot be written at {@code target}, or empty when it looks writable; a folder given
   * as the file is answered with {@code exampleName} inside it as an example.
   */
  static Optional<String> checkFile(Path target, String exampleName) {
    Path absolute = target.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      return Optional.of(
          cannot(target, "it is a folder; give a file name, e.g. " + target.resolve(exampleName)));
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

  /**
   * Writes {@code bytes} to a temporary file beside {@code target}, then moves it over {@code
   * target} in one step: a reader sees the old file or the whole new one, never half of it, and a
   * failed write leaves no temporary file behind. Returns why it could not, or empty when written.
   *
   * <p>The temporary file is named after the process and thread ({@code .NAME.PID-THREAD.part}),
   * not made by {@code createTempFile}: that one is private to its owner, and the moved file would
   * keep those permissions instead of the ones a new file gets.
   */
  static Optional<String> replace(Path target, byte[] bytes) {
    Optional<String> unwritable = checkFile(target, "out" + extension(target));
    if (unwritable.isPresent()) {
      return unwritable;
    }
    Path absolute = target.toAbsolutePath();
    Path temporary =
        absolute.resolveSibling(
            "."
                + absolute.getFileName()
                + "."
                + ProcessHandle.current().pid()
                + "-"
                + Thread.currentThread().getId()
                + ".part");
    try {
      Files.write(temporary, bytes);
      try {
        Files.move(
            temporary,
            absolute,
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      return Optional.empty();
    } catch (IOException e) {
      deleteQuietly(temporary);
      return Optional.of(
          cannot(
              target,
              e instanceof NoSuchFileException
                  ? "a folder on the way does not exist"
                  : IoReason.of(e)));
    }
  }

  /** {@code .json} for {@code a/b.json}; empty when the name has no extension. */
  private static String extension(Path target) {
    Path name = target.getFileName();
    String s = name == null ? "" : name.toString();
    int dot = s.lastIndexOf('.');
    return dot > 0 ? s.substring(dot) : "";
  }

  /** Removes the temporary file a failed write left; its own failure is not the user's concern. */
  private static void deleteQuietly(Path temporary) {
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      // the failed write is what the user is told about
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
}
