/**
 * The composition root: {@link vn.coforms.server.Main} builds the object graph and runs the CLI.
 */
@NullMarked
package vn.coforms.server;

import org.jspecify.annotations.NullMarked;
