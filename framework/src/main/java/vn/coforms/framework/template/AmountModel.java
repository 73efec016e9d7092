package vn.coforms.framework.template;

import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A money or quantity value: prints as {@code USD 12,500.00} / {@code 1,200 KGS}, and exposes its
 * parts ({@code amount}/{@code currency} or {@code value}/{@code unit}). Blank when absent.
 */
final class AmountModel implements TemplateHashModel, TemplateScalarModel {
  private final boolean money;
  private final @Nullable BigDecimal number;
  private final String unit;

  AmountModel(boolean money, @Nullable BigDecimal number, String unit) {
    this.money = money;
    this.number = number;
    this.unit = unit;
  }

  static AmountModel blank(boolean money) {
    return new AmountModel(money, null, "");
  }

  @Override
  public String getAsString() {
    if (number == null) {
      return "";
    }
    DecimalFormat f =
        new DecimalFormat(
            money ? "#,##0.00" : "#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
    String n = f.format(number);
    return money ? (unit + " " + n).trim() : (n + " " + unit).trim();
  }

  @Override
  public TemplateModel get(String key) throws TemplateModelException {
    String numberKey = money ? "amount" : "value";
    String unitKey = money ? "currency" : "unit";
    if (key.equals(numberKey)) {
      return number == null ? new SimpleScalar("") : new SimpleNumber(number);
    }
    if (key.equals(unitKey)) {
      return new SimpleScalar(unit);
    }
    throw new TemplateModelException(
        "'"
            + key
            + "' is not a part of a "
            + (money ? "money" : "quantity")
            + " value; use '"
            + numberKey
            + "' or '"
            + unitKey
            + "'");
  }

  @Override
  public boolean isEmpty() {
    return number == null;
  }
}
