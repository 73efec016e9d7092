package vn.coforms.framework.model.layout;

import vn.coforms.framework.model.rule.Condition;

/** A mark printed when its condition holds: ISSUED RETROACTIVELY, CERTIFIED TRUE COPY, … */
public record Stamp(
    String id, Condition when, String whenSource, Template text, String page, Rect rect) {}
