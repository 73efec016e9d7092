package vn.coforms.framework.model.layout;

import java.util.Optional;

/** Which page takes the item rows that do not fit the front page, and the marker left behind. */
public record Continuation(String page, Optional<String> marker) {}
