package vn.coforms.framework.verbatim;

/**
 * A legal text a form was transcribed from, e.g. a circular's annex, and the name it is shown by.
 */
public record LegalText(String name, String text) {}
