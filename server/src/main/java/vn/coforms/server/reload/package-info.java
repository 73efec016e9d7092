/**
 * Forms that reload live: with {@code serve --forms DIR}, a watcher reloads the folder when a file
 * is saved and puts the new catalogue in force form by form, keeping the last good version of a
 * form whose edit broke it; the problems of every form are served at {@code /forms/{id}/problems}
 * and {@code /api/forms/{id}/problems}. {@link vn.coforms.server.reload.LiveForms} is the entry
 * point.
 */
@NullMarked
package vn.coforms.server.reload;

import org.jspecify.annotations.NullMarked;
