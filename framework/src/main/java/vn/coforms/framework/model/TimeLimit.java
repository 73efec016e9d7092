package vn.coforms.framework.model;

/** A processing time limit in working hours for one submission channel. */
public record TimeLimit(String channel, int hours, Bilingual text) {}
