package vn.coforms.framework.model;

import java.time.LocalDate;
import java.util.Optional;

/** A legal instrument the form rests on, e.g. {@code Thông tư 10/2022/TT-BCT}. */
public record LegalBasis(String id, Optional<LocalDate> date, String about) {}
