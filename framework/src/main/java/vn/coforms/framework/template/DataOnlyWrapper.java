package vn.coforms.framework.template;

import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import org.jspecify.annotations.Nullable;

/**
 * Wraps only the values a template may see: our own models, strings, numbers and booleans.
 *
 * <p>Any other object is refused, so no template can reach the Java methods of an arbitrary object
 * (FreeMarker's default wrappers expose them). Stateless and thread-safe.
 */
final class DataOnlyWrapper implements ObjectWrapper {
  static final DataOnlyWrapper INSTANCE = new DataOnlyWrapper();

  private DataOnlyWrapper() {}

  @Override
  public @Nullable TemplateModel wrap(@Nullable Object value) throws TemplateModelException {
    if (value == null || value instanceof TemplateModel) {
      return (TemplateModel) value;
    }
    if (value instanceof String s) {
      return new SimpleScalar(s);
    }
    if (value instanceof Number n) {
      return new SimpleNumber(n);
    }
    if (value instanceof Boolean b) {
      return b ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
    }
    throw new TemplateModelException(
        "a template sees only certificate data (text, numbers, yes/no, rows), not other objects");
  }
}
