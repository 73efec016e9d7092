package vn.coforms.framework.model;

/** A country from {@code forms/common/countries.yaml}: ISO alpha-2 code and names. */
public record Country(String code, Bilingual name) {}
