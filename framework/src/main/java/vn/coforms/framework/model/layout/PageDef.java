package vn.coforms.framework.model.layout;

import java.util.List;

/** One page of a form's layout. */
public record PageDef(String id, PageRole role, List<Element> elements) {
  public PageDef {
    elements = List.copyOf(elements);
  }
}
