package vn.coforms.framework.model;

/** A bilingual sentence with its legal source, e.g. a refusal ground. */
public record Statement(Bilingual text, String source) {}
