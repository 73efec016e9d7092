/** JMH benchmarks of loading, validating and rendering; see the README benchmark section. */
@NullMarked
package vn.coforms.benchmarks;

import org.jspecify.annotations.NullMarked;
