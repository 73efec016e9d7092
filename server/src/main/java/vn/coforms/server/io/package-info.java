/** How the server's handlers, API and screens alike, treat the connection under a request. */
@NullMarked
package vn.coforms.server.io;

import org.jspecify.annotations.NullMarked;
