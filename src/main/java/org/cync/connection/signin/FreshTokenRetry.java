package org.cync.connection.signin;

import java.io.IOException;
import java.util.function.UnaryOperator;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * When Graph answers 401 or 403, the token may predate a permission change or a certificate switch:
 * get a fresh one and try once more before the caller sees the error. The supplier answers null
 * when a fresh token was fetched moments ago (no point retrying with it).
 */
final class FreshTokenRetry implements Interceptor {
  private final UnaryOperator<String> freshBearerToken;

  /** {@code freshBearerToken}: from the refused token to the one to retry with, or null. */
  FreshTokenRetry(UnaryOperator<String> freshBearerToken) {
    this.freshBearerToken = freshBearerToken;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    if ((response.code() != 401 && response.code() != 403)
        || request.header("Authorization") == null) {
      return response;
    }
    String token;
    try {
      token = freshBearerToken.apply(refusedToken(request.header("Authorization")));
    } catch (RuntimeException signInFails) {
      return response; // the original answer explains more than a failed renewal
    }
    if (token == null) {
      return response; // renewed moments ago: the same token would get the same answer
    }
    response.close();
    // (the refused token is never retried: freshBearerToken returns null rather than it)
    return chain.proceed(request.newBuilder().header("Authorization", "Bearer " + token).build());
  }

  private static String refusedToken(String authorization) {
    return authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        ? authorization.substring(7).trim()
        : authorization;
  }
}
