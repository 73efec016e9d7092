package vn.coforms.framework.model;

/** Where the official template of a form is found in the seed documents. */
public record SourceInfo(String seed, String lines, String template) {}
