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

  /** Graph hosts of the national clouds; tokens for them must name their own resource. */
  private static final Set<String> NATIONAL_GRAPH_HOSTS =
      Set.of("graph.microsoft.us", "dod-graph.microsoft.us", "microsoftgraph.chinacloudapi.cn");

  private Clouds() {}

  /**
   * The scope to ask for: the Graph resource of the cloud the base URL belongs to; any other host
   * (a proxy, a simulator) stands in for the global Graph.
   */
  public static String graphScope(String graphBaseUrl) {
    String host = URI.create(graphBaseUrl).getHost();
    String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
    return NATIONAL_GRAPH_HOSTS.contains(h)
        ? "https://" + h + "/.default"
        : AppCredentials.GRAPH_SCOPE;
  }

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
