package vn.coforms.framework.template;

import java.io.Writer;

/** Collects a template's output and stops it past a number of characters. Not thread-safe. */
final class CappedWriter extends Writer {
  private final StringBuilder out = new StringBuilder();
  private final int maxChars;

  CappedWriter(int maxChars) {
    this.maxChars = maxChars;
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    if (length > maxChars - out.length()) {
      throw new OverBudgetException("it printed more than " + maxChars + " characters");
    }
    out.append(chars, offset, length);
  }

  @Override
  public void write(String s, int offset, int length) {
    if (length > maxChars - out.length()) {
      throw new OverBudgetException("it printed more than " + maxChars + " characters");
    }
    out.append(s, offset, offset + length);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return out.toString();
  }
}
