package org.cync.connection.signin;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Microsoft's own sign-in hosts. For them MSAL's instance discovery stays on; for any other
 * authority (a sovereign proxy, a simulator) it is switched off, or MSAL would ask Microsoft's host
 * whether the authority is valid.
 */
public final class Clouds {
  private static final Set<String> MICROSOFT_AUTHORITIES =
      Set.of(
          "login.microsoftonline.com",
          "login.microsoftonline.us",
          "login.chinacloudapi.cn",
          "login.partner.microsoftonline.cn");

  private Clouds() {}

  public static boolean isMicrosoftAuthority(String authorityHost) {
    String host = URI.create(authorityHost).getHost();
    return host != null && MICROSOFT_AUTHORITIES.contains(host.toLowerCase(Locale.ROOT));
  }

  /** The token endpoint for a tenant, which is also the {@code aud} of a client assertion. */
  public static String tokenUrl(String authorityHost, String tenantId) {
    String base =
        authorityHost.endsWith("/")
            ? authorityHost.substring(0, authorityHost.length() - 1)
            : authorityHost;
    return base + "/" + tenantId + "/oauth2/v2.0/token";
  }
}
