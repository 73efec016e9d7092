/**
 * The entry screens: the catalogue page, one screen per form generated from its definition, the
 * languages, CSRF protection and the static assets. {@link vn.coforms.server.web.Screens} is the
 * only public entry point.
 */
@NullMarked
package vn.coforms.server.web;

import org.jspecify.annotations.NullMarked;
