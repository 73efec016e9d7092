package vn.coforms.framework.model.layout;

import vn.coforms.framework.model.rule.Condition;

/**
 * An endorsement printed when its condition holds: ISSUED RETROACTIVELY, CERTIFIED TRUE COPY, THIS
 * C/O REPLACES …, placed in the box the form's notes name. {@code typed} endorsements are typed in
 * black like the rest of the data (the replacement wording is "typed", seed 001); the others are
 * drawn as a stamp (a red frame and red capitals).
 */
public record Stamp(
    String id,
    Condition when,
    String whenSource,
    Template text,
    String page,
    Rect rect,
    boolean typed) {}
