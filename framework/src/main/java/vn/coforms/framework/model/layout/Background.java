package vn.coforms.framework.model.layout;

/**
 * A printed background drawn as vector art under everything else, e.g. the green guilloche of the
 * EUR.1 movement certificate. {@code color} is {@code #rrggbb}.
 */
public record Background(String kind, String color) {}
