package vn.coforms.server.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Double-submit CSRF tokens: a random token in the {@code csrf} cookie (SameSite=Strict, HttpOnly)
 * and the same token in each form's hidden {@code _csrf} field. A post is accepted only when both
 * are present and equal, compared in constant time. Another site can make a browser send the cookie
 * (not with SameSite=Strict, but older browsers) yet can never read it to copy it into the form.
 */
final class Csrf {
  static final String COOKIE = "csrf";
  static final String FIELD = "_csrf";
  private static final int BYTES = 32;
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final SecureRandom random;

  Csrf(SecureRandom random) {
    this.random = random;
  }

  /** The token in the cookie if it has the right shape, else a fresh one. */
  String tokenFor(Optional<String> cookie) {
    if (cookie.isPresent() && SHAPE.matcher(cookie.get()).matches()) {
      return cookie.get();
    }
    byte[] bytes = new byte[BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The {@code Set-Cookie} value that stores {@code token}. */
  static String cookie(String token) {
    return COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict";
  }

  /** Whether the posted field matches the cookie: both present, well formed and equal. */
  static boolean accepts(Optional<String> cookie, Optional<String> field) {
    if (cookie.isEmpty() || field.isEmpty() || !SHAPE.matcher(cookie.get()).matches()) {
      return false;
    }
    return MessageDigest.isEqual(
        cookie.get().getBytes(StandardCharsets.US_ASCII),
        field.get().getBytes(StandardCharsets.US_ASCII));
  }
}
