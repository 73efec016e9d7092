package vn.coforms.framework.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a field of one type declares beyond its id, box and label: each type has its own record, so
 * an option of another type (digits on a text field, values on a date) cannot be built.
 */
public sealed interface FieldSpec
    permits FieldSpec.Text,
        FieldSpec.Date,
        FieldSpec.Country,
        FieldSpec.HsCode,
        FieldSpec.Quantity,
        FieldSpec.Money,
        FieldSpec.Percent,
        FieldSpec.Criterion,
        FieldSpec.Choice,
        FieldSpec.Tick,
        FieldSpec.Group {

  /** The type named in YAML. */
  FieldType type();

  /** Free text, at most {@code maxLength} characters on at most {@code maxLines} lines. */
  record Text(OptionalInt maxLength, OptionalInt maxLines) implements FieldSpec {
    @Override
    public FieldType type() {
      return FieldType.TEXT;
    }

    /** Whether a line break may be typed: the field allows more than one line (two by default). */
    public boolean multiLine() {
      return maxLines.orElse(2) > 1;
    }
  }

  /** A calendar date, written {@code YYYY-MM-DD}. */
  record Date() implements FieldSpec {
    @Override
    public FieldType type() {
      return FieldType.DATE;
    }
  }

  /** An ISO country code; {@code withinParties} restricts it to the agreement's parties. */
  record Country(boolean withinParties) implements FieldSpec {
    @Override
    public FieldType type() {
      return FieldType.COUNTRY;
    }
  }

  /** An HS code of one of the allowed digit counts (ascending, distinct, at least one). */
  record HsCode(List<Integer> digits) implements FieldSpec {
    public HsCode {
      digits = digits.stream().distinct().sorted().toList();
      if (digits.isEmpty()) {
        throw new IllegalArgumentException("an HS code field allows at least one digit count");
      }
    }

    @Override
    public FieldType type() {
      return FieldType.HS_CODE;
    }

    /** The counts as a reader expects them: {@code 6}, {@code 6/8} or {@code 6 to 10}. */
    public String describe() {
      int first = digits.get(0);
      int last = digits.get(digits.size() - 1);
      if (digits.size() > 2 && last - first + 1 == digits.size()) {
        return first + " to " + last;
      }
      return String.join("/", digits.stream().map(String::valueOf).toList());
    }
  }

  /** A quantity: a number and its unit. */
  record Quantity() implements FieldSpec {
    @Override
    public FieldType type() {
      return FieldType.QUANTITY;
    }
  }

  /** A money amount: a number and its currency. */
  record Money() implements FieldSpec {
    @Override
    public FieldType type() {
      return FieldType.MONEY;
    }
  }

  /** A percentage from 0 to 100. */
  record Percent() implements FieldSpec {
    @Override
    public FieldType type() {
      return FieldType.PERCENT;
    }
  }

  /** An origin criterion, written in the grammar of the form's {@code criteria}. */
  record Criterion() implements FieldSpec {
    @Override
    public FieldType type() {
      return FieldType.CRITERION;
    }
  }

  /** One of a closed list of values ({@code type: enum} in YAML). */
  record Choice(List<String> values) implements FieldSpec {
    public Choice {
      values = List.copyOf(values);
      if (values.isEmpty()) {
        throw new IllegalArgumentException("an enum field has at least one value");
      }
    }

    @Override
    public FieldType type() {
      return FieldType.ENUM;
    }
  }

  /** A tick box: true or false. */
  record Tick() implements FieldSpec {
    @Override
    public FieldType type() {
      return FieldType.TICK;
    }
  }

  /** Item rows, each holding the item {@code fields}, from {@code minItems} to {@code maxItems}. */
  record Group(List<FieldDef> fields, int minItems, int maxItems) implements FieldSpec {
    public Group {
      fields = List.copyOf(fields);
      if (minItems < 0 || maxItems < 1) {
        throw new IllegalArgumentException(
            "item bounds must be minItems >= 0 and maxItems >= 1, not "
                + minItems
                + ".."
                + maxItems);
      }
    }

    @Override
    public FieldType type() {
      return FieldType.GROUP;
    }

    public Optional<FieldDef> field(String childId) {
      requireNonNull(childId, "childId");
      return fields.stream().filter(f -> f.id().equals(childId)).findFirst();
    }
  }
}
