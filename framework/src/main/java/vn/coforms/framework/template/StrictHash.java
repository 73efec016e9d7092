package vn.coforms.framework.template;

import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.coforms.framework.diag.DidYouMean;

/**
 * A hash whose keys are exactly the declared names: asking for any other name is an error naming
 * the closest declared one, so a template typo fails at load instead of printing nothing.
 */
final class StrictHash implements TemplateHashModelEx {
  private final String what;
  private final Map<String, TemplateModel> values;
  private final ObjectWrapper wrapper;

  StrictHash(String what, Map<String, TemplateModel> values, ObjectWrapper wrapper) {
    this.what = what;
    this.values = new LinkedHashMap<>(values);
    this.wrapper = wrapper;
  }

  @Override
  public TemplateModel get(String key) throws TemplateModelException {
    TemplateModel v = values.get(key);
    if (v == null) {
      throw new TemplateModelException(
          "'" + key + "' is not declared in " + what + DidYouMean.hint(key, values.keySet()));
    }
    return v;
  }

  @Override
  public boolean isEmpty() {
    return values.isEmpty();
  }

  @Override
  public int size() {
    return values.size();
  }

  @Override
  public TemplateCollectionModel keys() {
    return new SimpleCollection(values.keySet(), wrapper);
  }

  @Override
  public TemplateCollectionModel values() {
    return new SimpleCollection(values.values(), wrapper);
  }
}
