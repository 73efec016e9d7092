package vn.coforms.framework.model.layout;

import java.util.Optional;

/**
 * One sheet of paper: the page printed on its front and, for a two-sided sheet, the page printed on
 * its back. A sheet whose front is the continuation page is printed once for every continuation the
 * items need, each time with its back.
 */
public record SheetDef(String front, Optional<String> back) {}
