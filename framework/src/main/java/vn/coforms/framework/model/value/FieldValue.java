package vn.coforms.framework.model.value;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One certificate value, bound to its field's declared type. Raw data is bound once (by the
 * validator); every reader after that sees these records, never JSON's strings, numbers and maps.
 */
public sealed interface FieldValue
    permits FieldValue.Text,
        FieldValue.Date,
        FieldValue.Tick,
        FieldValue.Amount,
        FieldValue.Percent,
        FieldValue.CountryCode,
        FieldValue.Criterion,
        FieldValue.Rows,
        FieldValue.Unreadable {

  /** Where the value came from. */
  FieldPath path();

  /**
   * The value as the trader wrote it: a date as {@code 2026-03-01}, an amount as {@code 12.5 USD}.
   */
  String text();

  /** Whether the field holds something: not blank text, a ticked box, at least one row. */
  boolean filled();

  /** The number of an amount, quantity or percentage. */
  default Optional<BigDecimal> number() {
    return Optional.empty();
  }

  /** Text, an enum value or an HS code, as written. */
  record Text(FieldPath path, String text) implements FieldValue {
    public Text {
      requireNonNull(path, "path");
      requireNonNull(text, "text");
    }

    @Override
    public boolean filled() {
      return !text.isBlank();
    }
  }

  /** A calendar date. */
  record Date(FieldPath path, LocalDate date) implements FieldValue {
    public Date {
      requireNonNull(path, "path");
      requireNonNull(date, "date");
    }

    @Override
    public String text() {
      return date.toString();
    }

    @Override
    public boolean filled() {
      return true;
    }
  }

  /** A tick box. */
  record Tick(FieldPath path, boolean ticked) implements FieldValue {
    public Tick {
      requireNonNull(path, "path");
    }

    @Override
    public String text() {
      return String.valueOf(ticked);
    }

    @Override
    public boolean filled() {
      return ticked;
    }
  }

  /** A money amount with its currency, or a quantity with its unit. */
  record Amount(FieldPath path, BigDecimal amount, String unit, boolean money)
      implements FieldValue {
    public Amount {
      requireNonNull(path, "path");
      requireNonNull(amount, "amount");
      requireNonNull(unit, "unit");
    }

    @Override
    public String text() {
      return amount.stripTrailingZeros().toPlainString() + " " + unit;
    }

    @Override
    public boolean filled() {
      return true;
    }

    @Override
    public Optional<BigDecimal> number() {
      return Optional.of(amount);
    }
  }

  /** A percentage. */
  record Percent(FieldPath path, BigDecimal percent) implements FieldValue {
    public Percent {
      requireNonNull(path, "path");
      requireNonNull(percent, "percent");
    }

    @Override
    public String text() {
      return percent.stripTrailingZeros().toPlainString();
    }

    @Override
    public boolean filled() {
      return true;
    }

    @Override
    public Optional<BigDecimal> number() {
      return Optional.of(percent);
    }
  }

  /** An ISO country code, as written (it may name no country: a finding says so). */
  record CountryCode(FieldPath path, String code) implements FieldValue {
    public CountryCode {
      requireNonNull(path, "path");
      requireNonNull(code, "code");
    }

    @Override
    public String text() {
      return code;
    }

    @Override
    public boolean filled() {
      return !code.isBlank();
    }
  }

  /** An origin criterion, as written. */
  record Criterion(FieldPath path, String text) implements FieldValue {
    public Criterion {
      requireNonNull(path, "path");
      requireNonNull(text, "text");
    }

    @Override
    public boolean filled() {
      return !text.isBlank();
    }
  }

  /** The item rows of a group. */
  record Rows(FieldPath path, List<Row> rows) implements FieldValue {
    public Rows {
      requireNonNull(path, "path");
      rows = List.copyOf(rows);
    }

    @Override
    public String text() {
      return rows.size() + " item(s)";
    }

    @Override
    public boolean filled() {
      return !rows.isEmpty();
    }
  }

  /**
   * A value present in the data but not of the field's type (a number where text belongs, a date
   * that is no date). A finding says so; rules see the field as filled, expressions see the type's
   * zero, and nothing prints it as if it were valid.
   */
  record Unreadable(FieldPath path, String text) implements FieldValue {
    public Unreadable {
      requireNonNull(path, "path");
      requireNonNull(text, "text");
    }

    @Override
    public boolean filled() {
      return true;
    }
  }
}
