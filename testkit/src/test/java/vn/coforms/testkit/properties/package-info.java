/**
 * Property tests over every form of the repository's {@code forms/} folder: generated certificates
 * validate clean, render inside their boxes as PDF/A, deterministically, survive the JSON round
 * trip, and a deliberately broken rule is the only finding.
 */
@NullMarked
package vn.coforms.testkit.properties;

import org.jspecify.annotations.NullMarked;
