package org.cync.login;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * With HTTPS on, the session cookie is marked {@code Secure}, so a browser never sends it over
 * plain HTTP (which only redirects then). It must be set before the application starts, hence a
 * listener and not {@link SecurityHeaders}; web.xml cannot make it depend on the configuration.
 */
@WebListener
public class SecureSessionCookie implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (SecurityHeaders.configuredHttpsPort().isPresent()) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
  }
}
